package io.followupbot.dates;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hours and minutes from now: "in 3 hours", "in 36 hours", "within 48-72 hours" (the later end), "in an hour",
 * "in a couple of hours", "24 hours from now", "in 1h", "today in one hour". A moment for an interview ahead,
 * the day it falls on for a decision or a snooze.
 */
final class HoursAhead {

    private static final Pattern HOURS = Pattern.compile("(?:today )?(?:(?:in|within|after) )?(?:the next )?(?:(\\d{1,3}) ?(?:-|to|or) ?)?"
            + "(\\d{1,3}|an?|one|a couple(?: of)?|couple of|a few|few|half an?) ?(hours?|h|hrs?|minutes?|mins?)"
            + "(?: from now| time| or so)?|(\\d{1,3}|an?) (hours?|minutes?) from now");

    private HoursAhead() {
    }

    /** The moment {@code phrase} names from {@code current}, when it is a number of hours or minutes ahead. */
    static Optional<LocalDateTime> of(final String phrase, final java.time.ZonedDateTime current) {
        final Matcher match = HOURS.matcher(phrase);
        if (!match.matches()) {
            return Optional.empty();
        }
        final String amount = match.group(2) != null ? match.group(2) : match.group(4);
        final String unit = match.group(3) != null ? match.group(3) : match.group(5);
        final long minutes = amount.startsWith("half") ? 30 : count(amount) * (unit.startsWith("h") ? 60L : 1L);
        return Optional.of(current.plusMinutes(minutes).toLocalDateTime());
    }

    private static long count(final String amount) {
        return switch (amount) {
            case "a", "an", "one" -> 1;
            case "a couple", "a couple of", "couple of" -> 2;
            case "a few", "few" -> 3;
            default -> Long.parseLong(amount);
        };
    }
}
