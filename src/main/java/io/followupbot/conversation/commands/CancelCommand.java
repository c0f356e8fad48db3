package io.followupbot.conversation.commands;

import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.chat.Reply;
import io.followupbot.conversation.ConversationState.Idle;
import io.followupbot.interview.Member;
import java.time.Clock;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;

/** {@code cancel}: whatever was in progress (questions, a confirmation) ends. */
final class CancelCommand implements Command.ForMember {

    static final CommandSpec SPEC = CommandSpec.of("cancel", "cancel", "stop what we're in the middle of",
            "Stop what we're in the middle of");

    private final Clock clock;

    CancelCommand(final CommandTools tools) {
        this.clock = tools.clock();
    }

    @Override
    public Transition run(final Member member, final ConversationState state, final String rest) {
        return Transition.to(new Idle(clock.millis()), Reply.text("Okay, nothing is in progress now."));
    }
}
