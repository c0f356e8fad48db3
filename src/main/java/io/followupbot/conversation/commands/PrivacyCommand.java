package io.followupbot.conversation.commands;

import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.chat.Reply;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;
import io.followupbot.interview.Member;

/** {@code privacy}: what the bot keeps, who sees it, how long, and how to export or delete it. */
record PrivacyCommand(CommandTools tools) implements Command.ForMember {

    static final CommandSpec SPEC = CommandSpec.of("privacy", "privacy", "what I keep about you and for how long",
            "What I keep about you and for how long");

    @Override
    public Transition run(final Member member, final ConversationState state, final String rest) {
        return Command.stay(state, Reply.text(tools.parts().privacy().text()));
    }
}
