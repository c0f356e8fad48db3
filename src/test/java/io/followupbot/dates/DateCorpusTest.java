package io.followupbot.dates;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus: phrases job seekers type for "when was the interview" and "when will they decide", in several
 * countries and zones and across the spring clock changes, each with the reading a person means.
 */
final class DateCorpusTest {

    private static final LooseDateParser PARSER = new LooseDateParser();

    @DisplayName("Every phrase of the corpus is read as a person means it, or asked about when it has two readings")
    @ParameterizedTest(name = "[{1}, {3}, {4}] \"{0}\" -> {6}")
    @CsvFileSource(resources = "/dates/corpus.csv", numLinesToSkip = 1)
    void corpus(final String phrase, final String as, final String zone, final String country, final String now,
                final String after, final String expected) {
        // GIVEN a member in a zone and country, typing at a moment (a decision is read from the interview's start)
        final CorpusRow row = CorpusRow.of(phrase, as, zone, country, now, after, expected);

        // WHEN the bot reads the phrase
        final DateAnswer<?> answer = row.read(PARSER);

        // THEN the reading is the one a person means (or a question offering only acceptable readings)
        assertThat(row.accepts(answer)).as("\"%s\" read as %s, expected %s", phrase, answer, expected).isTrue();
    }
}
