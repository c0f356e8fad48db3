package io.followupbot.delivery;

import io.followupbot.interview.MemberSettings;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The member's nightly quiet window, in their zone: from {@code quietStart} (inclusive) to {@code quietEnd}
 * (exclusive), spanning midnight when the end is earlier than the start; no window when they are equal.
 */
final class QuietHours {

    private QuietHours() {
    }

    /** When the quiet window that holds {@code now} ends, or empty when {@code now} is not quiet. */
    static Optional<Instant> endIfInside(final MemberSettings settings, final Instant now) {
        final LocalTime start = settings.quietStart();
        final LocalTime end = settings.quietEnd();
        final ZonedDateTime local = now.atZone(settings.zone());
        final LocalTime time = local.toLocalTime();
        final boolean quiet;
        if (start.equals(end)) {
            quiet = false;
        } else if (start.isBefore(end)) {
            quiet = !time.isBefore(start) && time.isBefore(end);
        } else {
            quiet = !time.isBefore(start) || time.isBefore(end);
        }
        if (!quiet) {
            return Optional.empty();
        }
        ZonedDateTime endsAt = local.toLocalDate().atTime(end).atZone(settings.zone());
        if (!endsAt.isAfter(local)) {
            endsAt = local.toLocalDate().plusDays(1).atTime(end).atZone(settings.zone());
        }
        return Optional.of(endsAt.toInstant());
    }
}
