package io.followupbot.conversation.commands;

import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandArgument;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Member;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;
import io.followupbot.conversation.intake.IntakeFlow;

/** {@code debrief N}: after an interview told in advance, who the member met and what stood out. */
final class DebriefCommand implements Command.ForInterview {

    static final CommandSpec SPEC = CommandSpec.of("debrief", "debrief 3", "after an interview you told me about in "
            + "advance: who you met, what stood out", "After an interview you told me about in advance: who you met, "
            + "what stood out", CommandArgument.interview());

    private final IntakeFlow intake;

    DebriefCommand(final CommandTools tools) {
        this.intake = tools.intake();
    }

    @Override
    public Transition run(final Member member, final ConversationState state, final Tracked tracked, final String more) {
        return intake.debrief(member, tracked);
    }
}
