package io.followupbot.conversation.timing;

import io.followupbot.chat.Button;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;
import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandArgument;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.conversation.views.DateButtons;
import io.followupbot.conversation.views.PauseViews;
import io.followupbot.dates.DateAnswer;
import io.followupbot.interview.Member;
import io.followupbot.policy.SnoozeChoice;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code pause until DATE}: nothing goes out to the member until that day (at their nudge hour, out of quiet hours);
 * what comes due meanwhile waits, and one message lists it when the pause ends ({@code resume} ends it sooner).
 */
public record PauseCommand(CommandTools tools) implements Command.ForMember {

    public static final CommandSpec SPEC = CommandSpec.of("pause", "pause until Monday",
            "no reminders until that day; then one message with what waited", "No reminders until a day you name",
            CommandArgument.text("until", "For example until Monday, or until 3 August", false));

    @Override
    public Transition run(final Member member, final ConversationState state, final String rest) {
        return Command.stay(state, pause(member, rest.strip()));
    }

    private Reply pause(final Member member, final String rest) {
        final String day = rest.toLowerCase(Locale.ROOT).startsWith("until ") ? rest.substring(6).strip() : rest;
        if (day.isBlank() || day.equalsIgnoreCase("until")) {
            return tools.members().pauses().until(member).map(until -> Reply.of(Outbound.text("Your reminders are "
                            + PauseViews.pausedUntil(until, member.settings().zone()) + ".")
                            .withButtons(List.of(Button.primary("Resume now", "resume")))))
                    .orElseGet(() -> Reply.text("Until when? For example pause until Monday, or pause until 3 August."));
        }
        final Instant now = tools.clock().instant();
        final DateAnswer<LocalDate> parsed = tools.parts().dates().parseForward(day, now, member.settings().zone(),
                member.settings().country());
        if (parsed instanceof DateAnswer.Ask<LocalDate> ask) {
            return Reply.of(Outbound.text(ask.question()).withButtons(DateButtons.of(ask, "pause until")));
        }
        if (!(parsed instanceof DateAnswer.Parsed<LocalDate> date)) {
            return Reply.text(parsed instanceof DateAnswer.Invalid<LocalDate> bad ? bad.message()
                    : "Until when? For example pause until Monday, or pause until 3 August.");
        }
        final Instant until = SnoozeChoice.pauseEnd(date.value(), member.settings());
        if (!until.isAfter(now)) {
            return Reply.text("That moment has passed already. Pick a later day, for example pause until tomorrow.");
        }
        tools.members().pauses().pause(member, until);
        return Reply.text("Your reminders are " + PauseViews.pausedUntil(until, member.settings().zone())
                + ". Nothing goes out before then; what comes due meanwhile waits, and you'll get one message "
                + "with all of it when the pause ends. Type resume to end it sooner.");
    }
}
