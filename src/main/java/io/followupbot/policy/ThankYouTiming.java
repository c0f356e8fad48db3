package io.followupbot.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * When to nudge for the thank-you (rules, section 1): a few hours after the interview ends, in the
 * candidate's evening, never in the first hour ("immediately" reads as rushed), never later than
 * 24 hours after the end, never in quiet hours.
 *
 * <p>The 24-hour rule wins over weekends and holidays: a Saturday interview gets its thank-you on
 * Saturday. When the ideal slot falls in quiet hours the nudge moves earlier, to just before quiet hours
 * start, if that is still an hour after the end; otherwise it waits for the end of quiet hours the next
 * morning, which with any sane quiet window is well within 24 hours.
 */
final class ThankYouTiming {

    static final Duration IDEAL_DELAY = Duration.ofHours(3);
    static final Duration EARLIEST = Duration.ofHours(1);
    static final Duration LATEST = Duration.ofHours(24);
    /** How long before quiet hours begin an evening nudge moved earlier arrives. */
    static final Duration BEFORE_QUIET = Duration.ofMinutes(30);

    private final QuietHours quietHours;
    private final ZoneId zone;

    ThankYouTiming(final QuietHours quietHours, final ZoneId zone) {
        this.quietHours = quietHours;
        this.zone = zone;
    }

    ZonedDateTime after(final Instant interviewEnd) {
        final ZonedDateTime earliest = interviewEnd.plus(EARLIEST).atZone(zone);
        final ZonedDateTime ideal = roundUpToHalfHour(interviewEnd.plus(IDEAL_DELAY).atZone(zone));
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
