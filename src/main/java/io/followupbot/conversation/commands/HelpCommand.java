package io.followupbot.conversation.commands;

import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.chat.Reply;
import io.followupbot.interview.Member;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;

/** {@code help}: every command, made from the registry. */
final class HelpCommand implements Command.ForMember {

    static final CommandSpec SPEC = CommandSpec.of("help", "help", "this list", "What I can do");

    HelpCommand(final CommandTools tools) {
    }

    @Override
    public Transition run(final Member member, final ConversationState state, final String rest) {
        return Command.stay(state, Reply.text(CommandHelp.text()));
    }
}
