package io.followupbot.conversation.commands;

import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.chat.Button;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.conversation.ConversationState.ConfirmingForget;
import io.followupbot.conversation.ConversationState.Idle;
import io.followupbot.interview.Member;
import java.util.List;
import java.util.Locale;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;
import io.followupbot.conversation.language.InputText;

/** {@code forget-me}: after a confirmation, everything kept about the member is deleted. */
public record ForgetCommand(CommandTools tools) implements Command.ForMember {

    static final CommandSpec SPEC = CommandSpec.of("forget-me", "forget-me", "delete everything I know about you",
            "Delete everything I know about you");

    @Override
    public Transition run(final Member member, final ConversationState state, final String rest) {
        return rest.equalsIgnoreCase("confirm") ? forget(member) : askForget();
    }

    private Transition askForget() {
        return Transition.to(new ConfirmingForget(tools.clock().millis()), Reply.of(Outbound.text("This deletes every "
                + "interview, plan, draft and setting I keep about you, for good. Are you sure?").withButtons(List.of(
                Button.of("Yes, delete everything", "forget-me confirm"), Button.primary("Keep my data", "cancel")))));
    }

    /** The answer to "Are you sure?". */
    public Transition confirmForget(final Member member, final InputText input) {
        final String answer = input.value().toLowerCase(Locale.ROOT).replaceAll("[^a-z\\- ]", " ").strip();
        final boolean sure = answer.equals("forget-me confirm")
                || answer.matches("(yes|yep|yeah|sure|confirm|delete|forget)\\b.*")
                && !answer.matches(".*\\b(not|don t|dont|keep|wait|no)\\b.*");
        if (sure) {
            return forget(member);
        }
        return Transition.to(new Idle(tools.clock().millis()), Reply.text("Okay, I kept everything."));
    }

    private Transition forget(final Member member) {
        tools.members().forget(member);
        tools.states().evict(member.id());
        return Transition.to(new Idle(tools.clock().millis()), Reply.text("Done: everything I knew about you is deleted. "
                + "If you come back, you'll start fresh."));
    }
}
