package io.followupbot.employer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When a forwarded message was sent, from its Date or Sent line as mail programs write it: RFC 5322
 * ("Mon, 9 Mar 2026 10:12:00 -0400"), Gmail ("Mon, Mar 9, 2026 at 10:12 AM"), Outlook ("Monday, March 9, 2026
 * 10:12 AM"), Apple Mail ("9 March 2026 at 10:12:05 GMT-4"). A time without a zone is in the member's zone; where no
 * format fits, the message's times are read as any other ({@link StartTimes}).
 */
final class HeaderDates {

    private static final List<DateTimeFormatter> LOCAL = List.of(
            formatter("EEE, MMM d, uuuu 'at' h:mm a"), formatter("EEEE, MMMM d, uuuu h:mm a"),
            formatter("EEEE, MMMM d, uuuu 'at' h:mm a"), formatter("EEE, MMM d, uuuu h:mm a"),
            formatter("d MMMM uuuu 'at' HH:mm[:ss]"), formatter("MMMM d, uuuu 'at' h:mm[:ss] a"),
            formatter("EEEE, d MMMM uuuu HH:mm"), formatter("uuuu-MM-dd HH:mm[:ss]"), formatter("M/d/uuuu h:mm a"));

    private HeaderDates() {
    }

    static Optional<Instant> read(final String text, final ZoneId zone, final Instant fallbackNow) {
        final String cleaned = text.strip().replaceAll("\\s+", " ").replace('\u202f', ' ');
        try {
            return Optional.of(ZonedDateTime.parse(cleaned.replaceAll("\\s*\\(.*\\)$", ""),
                    DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (final DateTimeParseException notRfc) {
            // a mail program's own format
        }
        final String withoutZone = cleaned.replaceAll("\\s+(GMT|UTC)[+-]?[\\d:]*$", "");
        for (final DateTimeFormatter format : LOCAL) {
            try {
                final ZoneId stated = StatedZones.at(cleaned.substring(Math.min(cleaned.length(), withoutZone.length())))
                        .orElse(zone);
                return Optional.of(LocalDateTime.parse(withoutZone, format).atZone(stated).toInstant());
            } catch (final DateTimeParseException notThisOne) {
                // the next format
            }
        }
        return StartTimes.first(cleaned, zone, fallbackNow).map(ZonedDateTime::toInstant);
    }

    private static DateTimeFormatter formatter(final String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }
}
