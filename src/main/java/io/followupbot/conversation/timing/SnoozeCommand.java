package io.followupbot.conversation.timing;

import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandArgument;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandArgument;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.conversation.views.DateButtons;
import io.followupbot.conversation.views.StepRefs;
import io.followupbot.conversation.views.Views;
import io.followupbot.dates.DateAnswer;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.Member;
import io.followupbot.interview.PlannedStep;
import io.followupbot.policy.Snooze;
import io.followupbot.policy.SnoozeChoice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code snooze N [step] [when]}: the member is reminded of a step later: at one of a nudge's choices ({@link
 * SnoozeChoice}: in an hour, tomorrow morning, next business day, next week) or on a day they name (see {@link
 * Snooze}).
 */
public record SnoozeCommand(CommandTools tools) implements Command.Answering {

    public static final CommandSpec SPEC = CommandSpec.of("snooze", "snooze 3 tomorrow", "remind you later",
            "Remind you later", CommandArgument.interview(),
            CommandArgument.text("when", "For example in an hour, next business day or next Monday", false));

    @Override
    public Reply answer(final Member member, final Tracked tracked, final String more) {
        final List<PlannedStep> pending = tracked.plan().steps();
        final String[] words = more.isBlank() ? new String[0] : more.split("\\s+", 2);
        Optional<PlannedStep> step = words.length > 0 ? StepRefs.find(pending, words[0]) : Optional.empty();
        String when = more;
        if (step.isPresent()) {
            when = words.length > 1 ? words[1] : "";
        } else {
            step = pending.stream().findFirst();
        }
        if (step.isEmpty()) {
            return Reply.text("Nothing is planned for " + Views.title(tracked) + ", so there's nothing to snooze.");
        }
        final Optional<SnoozeChoice> choice = SnoozeChoice.named(when);
        if (choice.isPresent()) {
            return snoozed(member, tracked, step.get(), choice.get().at(tools.clock().instant(), member.settings(),
                    tools.parts().followUps().calendarOf(member.settings())), Optional.empty());
        }
        final DateAnswer<LocalDate> parsed = tools.parts().dates().parseForward(when.isBlank() ? Snooze.DEFAULT_DAY
                : when, tools.clock().instant(), member.settings().zone(), member.settings().country());
        if (parsed instanceof DateAnswer.Ask<LocalDate> ask) {
            final String command = "snooze " + tracked.number() + (when.equals(more) ? "" : " " + words[0]);
            return Reply.of(Outbound.text(ask.question()).withButtons(DateButtons.of(ask, command)));
        }
        if (!(parsed instanceof DateAnswer.Parsed<LocalDate> date)) {
            return Reply.text(parsed instanceof DateAnswer.Invalid<LocalDate> bad ? bad.message()
                    : "Until when? For example snooze " + tracked.number() + " tomorrow, or snooze "
                    + tracked.number() + " next Monday.");
        }
        return snoozed(member, tracked, step.get(), Snooze.until(date.value(), member.settings()),
                Optional.of(date.inWords()));
    }

    private Reply snoozed(final Member member, final Tracked tracked, final PlannedStep snoozed, final Instant until,
                          final Optional<String> inWords) {
        final Tracked updated = tools.parts().followUps().report(member, tracked.number(), new InterviewEvent.Snoozed(
                tools.clock().instant(), snoozed.kind(), snoozed.to(), until)).orElseThrow();
        final String moved = updated.plan().steps().stream()
                .filter(s -> s.kind() == snoozed.kind() && s.to().equals(snoozed.to())).findFirst()
                .map(s -> Views.when(s.at(), tools.clock().instant()))
                .orElseGet(() -> inWords.orElseGet(() -> Views.when(until.atZone(member.settings().zone()),
                        tools.clock().instant())));
        return Reply.text("Okay, I'll remind you about the " + Views.describe(snoozed) + " on " + moved + ".");
    }
}
