package io.followupbot.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * When to nudge for a step with a deadline of its own: at its ideal moment, and if that falls in quiet hours,
 * just before they begin (an evening nudge) when that is not too early, else when they end.
 *
 * <p>The thank-you (rules, section 1): a few hours after the interview ends, in the candidate's evening, never in
 * the first hour ("immediately" reads as rushed), never later than 24 hours after the end. The 24-hour rule wins
 * over weekends and holidays: a Saturday interview gets its thank-you on Saturday. Its ideal moment in quiet hours
 * moves earlier, to just before they start, if that is still an hour after the end; otherwise it waits for the
 * end of quiet hours the next morning, which with any sane quiet window is well within 24 hours.
 */
final class DeadlineTiming {

    static final Duration IDEAL_DELAY = Duration.ofHours(3);
    static final Duration EARLIEST = Duration.ofHours(1);
    static final Duration LATEST = Duration.ofHours(24);
    /** How long before quiet hours begin an evening nudge moved earlier arrives. */
    static final Duration BEFORE_QUIET = Duration.ofMinutes(30);

    private final QuietHours quietHours;
    private final ZoneId zone;

    DeadlineTiming(final QuietHours quietHours, final ZoneId zone) {
        this.quietHours = quietHours;
        this.zone = zone;
    }

    /** The thank-you nudge for an interview that ended at {@code interviewEnd}. */
    ZonedDateTime thankYouAfter(final Instant interviewEnd) {
        return around(roundUpToHalfHour(interviewEnd.plus(IDEAL_DELAY).atZone(zone)),
                interviewEnd.plus(EARLIEST).atZone(zone));
    }

    /**
     * {@code ideal} itself out of quiet hours; in them, half an hour before they begin if that is not before
     * {@code earliest}, else when they end.
     */
    ZonedDateTime around(final ZonedDateTime ideal, final ZonedDateTime earliest) {
        if (!quietHours.contains(ideal)) {
            return ideal;
        }
        final ZonedDateTime quietStart = quietHours.startOfWindowContaining(ideal);
        final ZonedDateTime beforeQuiet = latest(quietStart.minus(BEFORE_QUIET), earliest);
        if (beforeQuiet.isBefore(quietStart) && !quietHours.contains(beforeQuiet)) {
            return beforeQuiet;
        }
        // Quiet hours end well within 24 hours unless the member set a window of 23 hours or so;
        // then quiet hours win: a nudge at night is worse than a late one.
        return quietHours.endOfWindowContaining(ideal);
    }
    /** 17:45 becomes 18:00 and 18:10 becomes 18:30: a nudge on the half hour reads as planned. */
    private static ZonedDateTime roundUpToHalfHour(final ZonedDateTime at) {
        final ZonedDateTime minute = at.truncatedTo(ChronoUnit.MINUTES);
        final ZonedDateTime wholeMinute = minute.isBefore(at) ? minute.plusMinutes(1) : minute;
        final int pastHalfHour = wholeMinute.getMinute() % 30;
        return pastHalfHour == 0 ? wholeMinute : wholeMinute.plusMinutes(30L - pastHalfHour);
    }

    private static ZonedDateTime latest(final ZonedDateTime first, final ZonedDateTime second) {
        return first.isAfter(second) ? first : second;
    }
}
