package io.followupbot.dates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.aggregator.ArgumentsAggregator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One phrase of the corpus (src/test/resources/dates/corpus.csv) and the reading a person means by it: as an
 * interview time (looking back from now), a decision date (looking forward from the interview) or a snooze or
 * deadline ("forward", looking forward from now).
 *
 * @param expected a day ("2026-03-13", for a decision), a local date-time ("2026-03-09T14:30", for an
 *                 interview), "none", "ask" (any question), "ask:A|B" (either reading, or a question offering
 *                 only those) or "invalid" (a message that says how to write it)
 */
record CorpusRow(String phrase, String as, ZoneId zone, String country, LocalDateTime now, LocalDateTime after,
                 String expected) {

    static CorpusRow of(final String phrase, final String as, final String zone, final String country, final String now,
                        final String after, final String expected) {
        return new CorpusRow(phrase == null ? "" : phrase, as, ZoneId.of(zone), country, LocalDateTime.parse(now),
                LocalDateTime.parse(after), expected);
    }

    /** A row of a corpus file, its seven columns in the order of {@link #of}, as a test's one parameter. */
    static final class Columns implements ArgumentsAggregator {
        @Override
        public CorpusRow aggregateArguments(final ArgumentsAccessor row, final ParameterContext context) {
            return of(row.getString(0), row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                    row.getString(5), row.getString(6));
        }
    }

    /** Fails the test unless {@code parser} reads the phrase as a person means it ({@link #accepts}). */
    void assertReadAsMeantBy(final LooseDateParser parser) {
        final DateAnswer<?> answer = read(parser);
        assertThat(accepts(answer)).as("\"%s\" read as %s, expected %s", phrase, answer, expected).isTrue();
    }

    DateAnswer<?> read(final LooseDateParser parser) {
        final Instant typedAt = now.atZone(zone).toInstant();
        return switch (as) {
            case "interview" -> parser.parseInterviewTime(phrase, typedAt, zone, country);
            case "forward" -> parser.parseForward(phrase, typedAt, zone, country);
            default -> parser.parseDecisionDate(phrase, after.atZone(zone).toInstant(), zone, country);
        };
    }

    /** Whether {@code answer} is a reading a person would accept. */
    boolean accepts(final DateAnswer<?> answer) {
        if ("none".equals(expected)) {
            return answer instanceof DateAnswer.NoDate<?>;
        }
        if ("invalid".equals(expected)) {
            return answer instanceof DateAnswer.Invalid<?>;
        }
        if ("ask".equals(expected)) {
            return answer instanceof DateAnswer.Ask<?>;
        }
        if (expected.startsWith("ask:")) {
            final List<String> acceptable = Arrays.asList(expected.substring(4).split("\\|"));
            if (answer instanceof DateAnswer.Ask<?> ask) {
                return !ask.readings().isEmpty() && ask.readings().stream().allMatch(reading -> acceptable.contains(text(reading)));
            }
            return answer instanceof DateAnswer.Parsed<?> parsed && acceptable.contains(text(parsed.value()));
        }
        return answer instanceof DateAnswer.Parsed<?> parsed && expected.equals(text(parsed.value()));
    }

    private String text(final Object value) {
        if (value instanceof ZonedDateTime time) {
            return time.getZone().equals(zone) ? time.toLocalDateTime().toString() : "wrong zone " + time;
        }
        return ((LocalDate) value).toString();
    }
}
