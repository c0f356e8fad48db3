package io.followupbot.conversation.commands;

import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.interview.Member;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;

/** {@code new}: the intake's questions about an interview, with a welcome the first time. */
public record NewCommand(CommandTools tools) implements Command.ForMember {

    static final CommandSpec SPEC = CommandSpec.of("new", "new", "tell me about an interview (a bare /followup does "
            + "this too)", "Tell me about an interview (the questions continue in our DM)").withAliases("start");

    @Override
    public Transition run(final Member member, final ConversationState state, final String rest) {
        final boolean first = !tools.members().hasInterviews(member);
        return tools.intake().start(member, first);
    }
}
