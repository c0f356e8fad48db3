package io.followupbot.policy;

import io.followupbot.interview.MemberSettings;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The snoozes a nudge offers (issue 31), each a moment worked out from now, the member's nudge hour, quiet hours and
 * business calendar: in an hour; tomorrow morning; the next business day; next week (its first business day). Every
 * one but the hour comes at the nudge hour; none falls in quiet hours (it moves to their end).
 */
public enum SnoozeChoice {

    HOUR("in an hour", "Snooze 1 hour"),
    TOMORROW_MORNING("tomorrow morning", "Snooze till tomorrow"),
    NEXT_BUSINESS_DAY("next business day", "Snooze till next business day"),
    NEXT_WEEK("next week", "Snooze till next week");

    private final String words;
    private final String label;

    SnoozeChoice(final String words, final String label) {
        this.words = words;
        this.label = label;
    }

    /** The words a member types for it, and that its button sends ({@code snooze 3 thank_you next week}). */
    public String words() {
        return words;
    }

    /** Its button's label. */
    public String label() {
        return label;
    }

    /** Every choice, in the order a nudge shows them. */
    public static List<SnoozeChoice> all() {
        return Arrays.asList(values());
    }

    /** The choice these words name (case, spaces and hyphens as typed), if they name one. */
    public static Optional<SnoozeChoice> named(final String typed) {
        final String normal = typed.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ");
        return all().stream().filter(choice -> choice.words.equals(normal)
                || choice == HOUR && List.of("an hour", "1 hour", "1h", "one hour").contains(normal)).findFirst();
    }

    /** When the snoozed step comes back, snoozed at {@code now} by a member with these settings and calendar. */
    public Instant at(final Instant now, final MemberSettings settings, final BusinessCalendar calendar) {
        final ZonedDateTime local = now.atZone(settings.zone());
        final LocalDate today = local.toLocalDate();
        final ZonedDateTime at = switch (this) {
            case HOUR -> local.plus(Duration.ofHours(1));
            case TOMORROW_MORNING -> atNudgeHour(today.plusDays(1), settings);
            case NEXT_BUSINESS_DAY -> atNudgeHour(calendar.nextBusinessDayAfter(today), settings);
            case NEXT_WEEK -> atNudgeHour(calendar.businessDayOnOrAfter(
                    today.with(TemporalAdjusters.next(DayOfWeek.MONDAY))), settings);
        };
        return QuietHours.of(settings).snapOut(at).toInstant();
    }

    /**
     * When a pause until {@code day} ends: that day at the member's nudge hour, out of quiet hours, so the message of
     * what waited comes when a nudge would.
     */
    public static Instant pauseEnd(final LocalDate day, final MemberSettings settings) {
        return QuietHours.of(settings).snapOut(atNudgeHour(day, settings)).toInstant();
    }

    private static ZonedDateTime atNudgeHour(final LocalDate day, final MemberSettings settings) {
        return day.atTime(settings.nudgeHour()).atZone(settings.zone());
    }
}
