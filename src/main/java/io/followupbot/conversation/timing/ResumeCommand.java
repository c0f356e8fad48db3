package io.followupbot.conversation.timing;

import io.followupbot.chat.Reply;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;
import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.followup.Pauses;
import io.followupbot.interview.Member;

/** {@code resume}: ends a pause now; what waited comes in one message, not a nudge per step. */
public record ResumeCommand(CommandTools tools) implements Command.ForMember {

    public static final CommandSpec SPEC = CommandSpec.of("resume", "resume", "end a pause now",
            "End a pause of your reminders now");

    @Override
    public Transition run(final Member member, final ConversationState state, final String rest) {
        final Pauses.Resumed resumed = tools.members().pauses().resume(member);
        if (!resumed.wasPaused()) {
            return Command.stay(state, Reply.text("Your reminders aren't paused, so there's nothing to resume."));
        }
        return Command.stay(state, Reply.text("Your reminders are on again. " + switch (resumed.waiting()) {
            case 0 -> "Nothing came due while they were paused.";
            case 1 -> "One follow-up waited; it comes in a moment.";
            default -> resumed.waiting() + " follow-ups waited; they come together in one message in a moment.";
        }));
    }
}
