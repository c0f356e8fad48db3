package io.followupbot.conversation.commands;

import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandArgument;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.chat.Button;
import io.followupbot.chat.MemberText;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.conversation.commands.contract.CommandArgument.Choice;
import io.followupbot.conversation.ConversationState.AwaitingNewDate;
import io.followupbot.conversation.ConversationState.AwaitingReply;
import io.followupbot.conversation.ConversationState.Idle;
import io.followupbot.dates.DateAnswer;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.Member;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;
import io.followupbot.conversation.views.DateButtons;
import io.followupbot.conversation.views.EventReplies;

/** {@code heard N [what they said]}: the employer replied; asks what kind of reply when not said. */
public final class HeardCommand implements Command.ForInterview {

    private static final List<Choice> REPLIES = List.of(new Choice("Still deciding, new date", "new-date"),
            new Choice("Still deciding, no date", "deciding"), new Choice("Rejected", "rejected"),
            new Choice("Offer!", "offer"), new Choice("I have another offer", "competing"),
            new Choice("Something else", "other"));

    static final CommandSpec SPEC = CommandSpec.of("heard", "heard 3", "they replied (still deciding, a new date, a "
            + "rejection, an offer)", "They replied: still deciding, a new date, a rejection, an offer",
            CommandArgument.interview(), CommandArgument.choice("reply", "What they said", REPLIES));

    private final CommandTools tools;
    private final Clock clock;
    private final CompetingCommand competing;

    public HeardCommand(final CommandTools tools) {
        this.tools = tools;
        this.clock = tools.clock();
        this.competing = new CompetingCommand(tools);
    }

    @Override
    public Transition run(final Member member, final ConversationState state, final Tracked tracked, final String more) {
        if (more.isBlank()) {
            final int number = tracked.number();
            return Transition.to(new AwaitingReply(clock.millis(), number), Reply.of(Outbound.text(
                    "What did " + MemberText.quote(tracked.stored().interview().company()) + " say?").withButtons(
                    REPLIES.stream().map(reply -> Button.of(reply.label(), "heard " + number + " " + reply.value()))
                            .toList())));
        }
        return replyKind(member, tracked.number(), more);
    }

    /** What kind of reply the employer sent, typed or clicked after {@code heard}. */
    public Transition replyKind(final Member member, final int number, final String answer) {
        final Optional<Tracked> found = tools.parts().followUps().find(member, number);
        if (found.isEmpty()) {
            return Transition.to(new Idle(clock.millis()), Reply.text("You have no interview #" + number + "."));
        }
        final Tracked tracked = found.get();
        final String[] words = answer.strip().split("\\s+", 2);
        final String kind = words[0].toLowerCase(Locale.ROOT);
        final String rest = words.length > 1 ? words[1] : "";
        final EventReplies reports = tools.reports();
        switch (kind) {
            case "new-date":
            case "date":
            case "new":
                return rest.isBlank()
                        ? Transition.to(new AwaitingNewDate(clock.millis(), number), Reply.text("What date did they "
                        + "give? For example \"Friday\", \"next Wednesday\" or \"the 20th\"."))
                        : newDate(member, number, rest);
            case "deciding":
            case "still":
            case "waiting":
                return reports.report(member, tracked, new InterviewEvent.StillDeciding(clock.instant(), Optional.empty()),
                        "Thanks for letting me know. I'll restart the check-in clock from today.");
            case "rejected":
            case "rejection":
            case "no":
                return reports.report(member, tracked, new InterviewEvent.Rejected(clock.instant()),
                        "I'm sorry. A short, gracious reply keeps the door open for the next role there; "
                                + "I've stopped every other nudge for this one.");
            case "offer":
                return reports.report(member, tracked, new InterviewEvent.Offer(clock.instant()),
                        EventCommands.CONGRATULATIONS);
            case "competing":
                return competing.run(member, tracked, rest);
            case "other":
                return reports.report(member, tracked, new InterviewEvent.Note(clock.instant(), rest),
                        "Noted. Your plan is unchanged.");
            default:
                return Transition.to(new AwaitingReply(clock.millis(), number), Reply.text("Was it a new date, still "
                        + "deciding with no date, a rejection, an offer, another offer, or something else?"));
        }
    }

    /** The new date the employer gave, typed after "What date did they give?". */
    public Transition newDate(final Member member, final int number, final String text) {
        final Optional<Tracked> found = tools.parts().followUps().find(member, number);
        if (found.isEmpty()) {
            return Transition.to(new Idle(clock.millis()), Reply.text("You have no interview #" + number + "."));
        }
        final DateAnswer<LocalDate> parsed = tools.parts().dates().parseForward(text, clock.instant(),
                member.settings().zone(), member.settings().country());
        if (parsed instanceof DateAnswer.Parsed<LocalDate> date) {
            return tools.reports().report(member, found.get(), new InterviewEvent.StillDeciding(clock.instant(),
                    Optional.of(date.value())), "Got it: news by " + date.inWords() + ". I've moved every later step "
                    + "to the business day after.");
        }
        if (parsed instanceof DateAnswer.Ask<LocalDate> ask) {
            return Transition.to(new AwaitingNewDate(clock.millis(), number),
                    Reply.of(Outbound.text(ask.question()).withButtons(DateButtons.of(ask))));
        }
        final String problem = parsed instanceof DateAnswer.Invalid<LocalDate> invalid ? invalid.message()
                : "I need the date they gave, for example \"Friday\" or \"the 20th\".";
        return Transition.to(new AwaitingNewDate(clock.millis(), number), Reply.text(problem));
    }
}
