package io.followupbot.conversation.commands;

import io.followupbot.followup.Tracked;
import io.followupbot.interview.Member;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;
import io.followupbot.conversation.intake.IntakeFlow;

/** {@code edit N}: the intake's summary of an interview again, to change what the member told. */
final class EditCommand implements Command.ForInterview {

    static final CommandSpec SPEC = CommandSpec.of("edit", "edit 3", "change what you told me",
            "Change the company, role or decision date", CommandArgument.interview());

    private final IntakeFlow intake;

    EditCommand(final CommandTools tools) {
        this.intake = tools.intake();
    }

    @Override
    public Transition run(final Member member, final ConversationState state, final Tracked tracked, final String more) {
        return intake.edit(member, tracked.stored());
    }
}
