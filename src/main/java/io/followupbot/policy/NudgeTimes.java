package io.followupbot.policy;

import io.followupbot.interview.MemberSettings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/** Turns days and moments into the member's allowed nudge times: their zone, nudge hour, quiet hours. */
final class NudgeTimes {

    private final ZoneId zone;
    private final LocalTime nudgeHour;
    private final QuietHours quietHours;
    private final BusinessCalendar calendar;

    NudgeTimes(final MemberSettings settings, final BusinessCalendar calendar) {
        this.zone = settings.zone();
        this.nudgeHour = settings.nudgeHour();
        this.quietHours = QuietHours.of(settings);
        this.calendar = calendar;
    }

    ZoneId zone() {
        return zone;
    }

    QuietHours quietHours() {
        return quietHours;
    }

    BusinessCalendar calendar() {
        return calendar;
    }

    LocalDate localDate(final Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    ZonedDateTime local(final Instant at) {
        return at.atZone(zone);
    }

    /** The nudge hour of {@code day} (out of quiet hours, should a member set the hour inside them). */
    ZonedDateTime atNudgeHour(final LocalDate day) {
        return quietHours.snapOut(ZonedDateTime.of(day, nudgeHour, zone));
    }

    /** The nudge hour of the first business day on or after {@code day}. */
    ZonedDateTime atNudgeHourOnBusinessDay(final LocalDate day) {
        return atNudgeHour(calendar.businessDayOnOrAfter(day));
    }

    /** The next allowed moment from {@code at}: the next whole minute, moved out of quiet hours. */
    ZonedDateTime soonAfter(final Instant at) {
        final Instant wholeMinute = at.truncatedTo(ChronoUnit.MINUTES);
        final Instant roundedUp = wholeMinute.equals(at) ? at : wholeMinute.plus(1, ChronoUnit.MINUTES);
        return quietHours.snapOut(roundedUp.atZone(zone));
    }

    /**
     * {@code computed}, or, when that was already past when the bot learned of the interview, the first allowed
     * moment after it learned: at once out of quiet hours for a step with a deadline of its own (a thank-you
     * still helps on a Saturday), else the nudge hour of the next business day unless it is a business day
     * and that moment is still to come.
     */
    ZonedDateTime notBefore(final ZonedDateTime computed, final Instant learnedAt, final boolean deadlineBound) {
        if (!computed.toInstant().isBefore(learnedAt)) {
            return computed;
        }
        final ZonedDateTime soon = soonAfter(learnedAt);
        if (deadlineBound || calendar.isBusinessDay(soon.toLocalDate())) {
            return soon;
        }
        return atNudgeHourOnBusinessDay(soon.toLocalDate());
    }

    /** {@code at} in the member's zone, moved out of quiet hours; for snoozes, where the member chose the time. */
    ZonedDateTime allowed(final Instant at) {
        return quietHours.snapOut(at.atZone(zone));
    }
}
