package io.followupbot.policy;

import io.followupbot.interview.MemberSettings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The member's nightly window in which no nudge arrives, by local wall-clock time. It may span
 * midnight (the default 21:00-08:00 does); {@code start == end} means no quiet hours at all.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public static QuietHours of(final MemberSettings settings) {
        return new QuietHours(settings.quietStart(), settings.quietEnd());
    }

    public boolean spansMidnight() {
        return start.isAfter(end);
    }

    public boolean contains(final LocalTime time) {
        if (start.equals(end)) {
            return false;
        }
        if (spansMidnight()) {
            return !time.isBefore(start) || time.isBefore(end);
        }
        return !time.isBefore(start) && time.isBefore(end);
    }

    public boolean contains(final ZonedDateTime at) {
        return contains(at.toLocalTime());
    }

    /** {@code at} itself when it is outside the window, else the moment the window it falls in ends. */
    public ZonedDateTime snapOut(final ZonedDateTime at) {
        return contains(at) ? endOfWindowContaining(at) : at;
    }

    /** When the quiet window that {@code at} falls in began; {@code at} must be quiet. */
    public ZonedDateTime startOfWindowContaining(final ZonedDateTime at) {
        requireQuiet(at);
        final LocalDate day = at.toLocalDate();
        final boolean startedYesterday = spansMidnight() && at.toLocalTime().isBefore(end);
        return ZonedDateTime.of(startedYesterday ? day.minusDays(1) : day, start, at.getZone());
    }

    /** When the quiet window that {@code at} falls in ends; {@code at} must be quiet. */
    public ZonedDateTime endOfWindowContaining(final ZonedDateTime at) {
        requireQuiet(at);
        final LocalDate day = at.toLocalDate();
        final boolean endsTomorrow = spansMidnight() && !at.toLocalTime().isBefore(start);
        return ZonedDateTime.of(endsTomorrow ? day.plusDays(1) : day, end, at.getZone());
    }

    private void requireQuiet(final ZonedDateTime at) {
        if (!contains(at)) {
            throw new IllegalArgumentException(at + " is not within quiet hours " + this);
        }
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
