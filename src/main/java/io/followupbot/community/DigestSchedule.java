package io.followupbot.community;

import io.followupbot.interview.MemberSettings;
import io.followupbot.policy.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a member's weekly digest is due: on the first business day of their week (Monday, or the next day that is
 * not a public holiday of their place), at their nudge hour in their time zone. A digest that could not go out
 * then (the bot was down) goes out later the same week, never in the next.
 */
public final class DigestSchedule {

    private DigestSchedule() {
    }

    /** The Monday that names the member's current week, in their zone. */
    public static LocalDate week(final Instant now, final MemberSettings settings) {
        return now.atZone(settings.zone()).toLocalDate().with(DayOfWeek.MONDAY);
    }

    /** When this week's digest is due; empty in a week without a business day. */
    public static Optional<ZonedDateTime> dueAt(final LocalDate week, final MemberSettings settings,
                                                final BusinessCalendar calendar) {
        for (int day = 0; day < 7; day++) {
            final LocalDate date = week.plusDays(day);
            if (calendar.isBusinessDay(date)) {
                return Optional.of(date.atTime(settings.nudgeHour()).atZone(settings.zone()));
            }
        }
        return Optional.empty();
    }

    /** Whether this week's digest is due at {@code now}. */
    public static boolean due(final Instant now, final MemberSettings settings, final BusinessCalendar calendar) {
        return dueAt(week(now, settings), settings, calendar).map(at -> !now.isBefore(at.toInstant())).orElse(false);
    }
}
