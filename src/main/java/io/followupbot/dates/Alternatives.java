package io.followupbot.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Two days given as alternatives, "Tuesday or Wednesday", "end of next week or early the week after": each
 * side is read on its own; when both read and differ, the member is asked which (a deadline is never taken
 * as the earlier or the later one silently); when they name the same day, that day is the reading. Counts
 * such as "in a week or two" and "2 or 3 days" are spans, read elsewhere, not alternatives.
 */
final class Alternatives {

    private static final Pattern OR = Pattern.compile(" or (?!so\\b|thereabouts\\b|later\\b|earlier\\b|before\\b|two\\b|2\\b|three\\b|3\\b"
            + "|more\\b|less\\b|\\d+ (?:days?|weeks?|months?|business|working|hours?)\\b)");
    private static final Pattern SPAN = Pattern.compile(".*\\b\\d{1,3} or \\d{1,3} .*|.*\\b(a|one|two) or (two|three) .*");

    private Alternatives() {
    }

    /** The two sides of {@code phrase}, when it gives alternatives. */
    static Optional<List<String>> split(final String phrase) {
        if (SPAN.matcher(phrase).matches()) {
            return Optional.empty();
        }
        final String[] sides = OR.split(phrase, 3);
        if (sides.length != 2 || sides[0].isBlank() || sides[1].isBlank()) {
            return Optional.empty();
        }
        final String first = sides[0].strip();
        final String second = sides[1].strip();
        if (second.matches("(the )?next( one)?") && first.matches(".*\\bthis\\b.*")) {
            // "end of this week or next": the second side borrows the first's words
            return Optional.of(List.of(first, first.replaceFirst("\\bthis\\b", "next")));
        }
        return Optional.of(List.of(first, second));
    }

    /**
     * The combined answer: the one reading when both sides agree, a question offering both when they differ,
     * and empty when either side cannot be read (the whole phrase then gets the usual help).
     */
    static <T> Optional<DateAnswer<T>> combine(final List<String> sides, final Function<String, DateAnswer<T>> read,
            final Function<List<T>, DateAnswer<T>> ask) {
        final List<T> readings = new ArrayList<>();
        for (final String side : sides) {
            final DateAnswer<T> answer = read.apply(side);
            if (answer instanceof DateAnswer.Parsed<T> parsed) {
                if (!readings.contains(parsed.value())) {
                    readings.add(parsed.value());
                }
            } else if (answer instanceof DateAnswer.Ask<T> asked && !asked.readings().isEmpty()) {
                asked.readings().stream().filter(reading -> !readings.contains(reading)).forEach(readings::add);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(readings.size() == 1 ? read.apply(sides.get(0)) : ask.apply(readings));
    }
}
