package io.followupbot.dates;

import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clock time followed by the zone it is in ("10am PT", "3pm CET", "Thursday 8:00 GMT", "9:30pm IST"): the
 * zone is taken out of the phrase, so the rest reads as usual, and the moment is then moved to the member's
 * zone. Only words right after a time count as a zone, so a city in a sentence is never taken for one.
 */
final class ClockZone {

    /** The phrase without its zone, and the zone the time was given in (empty: the member's own). */
    record Split(String phrase, Optional<ZoneId> zone) {
    }

    private static final Pattern AFTER_TIME = Pattern.compile(
            "(?<=(?:^|\\s)(?:\\d{1,2}(?::\\d{2})?(?: ?(?:am|pm))?|am|pm|midnight))"
                    + " ((?:[a-z]+(?:[/_][a-z_]+)?|(?:utc|gmt) ?[+-] ?\\d{1,2}(?::\\d{2})?)(?: [a-z]+){0,2})(?= |$)");

    private ClockZone() {
    }

    /** Finds a zone right after a clock time in {@code phrase}; the longest run of words that names one wins. */
    static Split of(final String phrase) {
        final Matcher match = AFTER_TIME.matcher(phrase);
        while (match.find()) {
            final String[] words = match.group(1).split(" ");
            for (int count = words.length; count >= 1; count--) {
                final String candidate = String.join(" ", java.util.Arrays.copyOf(words, count));
                final Optional<ZoneId> zone = zone(candidate);
                if (zone.isPresent()) {
                    final int end = match.start(1) + candidate.length();
                    final String rest = (phrase.substring(0, match.start()) + " " + phrase.substring(end)).strip();
                    return new Split(rest.replaceAll("\\s+", " "), zone);
                }
            }
        }
        return new Split(phrase, Optional.empty());
    }

    private static Optional<ZoneId> zone(final String words) {
        final String first = words.split(" ")[0];
        if (first.matches("today|tomorrow|tonight|yesterday|on|at|in|the|this|next|last|and|or|to|by|ish|sharp"
                + "|morning|afternoon|evening|night|[a-z]{1,2}|mon|tue|wed|thu|fri|sat|sun")
                && !first.matches("pt|et|ct|mt|uk|z")) {
            return Optional.empty();
        }
        return ZoneNames.find(words.replace(" time", "")).map(ZoneNames.Zone::id);
    }
}
