package io.followupbot.conversation.commands;

import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandArgument;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.conversation.ConversationState.AwaitingDeadline;
import io.followupbot.conversation.ConversationState.Idle;
import io.followupbot.dates.DateAnswer;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.Member;
import java.time.LocalDate;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;
import io.followupbot.conversation.views.DateButtons;

/** {@code competing N [deadline]}: the member has another offer; asks its deadline, then drafts a note about timing. */
public record CompetingCommand(CommandTools tools) implements Command.ForInterview {

    static final CommandSpec SPEC = CommandSpec.of("competing", "competing 3 next Friday", "you have another offer "
            + "with that deadline", "You have another offer: its deadline, and a polite note about timing",
            CommandArgument.interview(), CommandArgument.text("deadline", "The other offer's deadline, for example "
                    + "next Friday", false));

    @Override
    public Transition run(final Member member, final ConversationState state, final Tracked tracked, final String more) {
        return run(member, tracked, more);
    }

    /** The answer to "when is the other offer's deadline?". */
    public Transition deadline(final Member member, final int number, final String text) {
        return tools.parts().followUps().find(member, number).map(tracked -> run(member, tracked, text))
                .orElseGet(() -> Transition.to(new Idle(tools.clock().millis()), Reply.text("You have no interview #" + number
                        + ".")));
    }

    Transition run(final Member member, final Tracked tracked, final String deadline) {
        if (deadline.isBlank()) {
            return Transition.to(new AwaitingDeadline(tools.clock().millis(), tracked.number()),
                    Reply.text("When is the other offer's deadline? For example \"next Friday\" or \"the 20th\"."));
        }
        final DateAnswer<LocalDate> parsed = tools.parts().dates().parseForward(deadline, tools.clock().instant(),
                member.settings().zone(), member.settings().country());
        if (parsed instanceof DateAnswer.Parsed<LocalDate> date) {
            return tools.reports().report(member, tracked, new InterviewEvent.CompetingOffer(tools.clock().instant(),
                    date.value()), "Deadline noted: " + date.inWords() + ". Only send this if it's true; it asks, "
                    + "politely, whether they can update you on timing.");
        }
        if (parsed instanceof DateAnswer.Ask<LocalDate> ask) {
            return Transition.to(new AwaitingDeadline(tools.clock().millis(), tracked.number()),
                    Reply.of(Outbound.text(ask.question()).withButtons(DateButtons.of(ask, "competing "
                            + tracked.number()))));
        }
        return Transition.to(new AwaitingDeadline(tools.clock().millis(), tracked.number()),
                Reply.text(parsed instanceof DateAnswer.Invalid<LocalDate> bad
                        ? bad.message() : "I need the other offer's deadline, for example \"next Friday\"."));
    }
}
