package io.followupbot.dates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.AggregateWith;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpora: phrases job seekers type for "when was the interview" and "when will they decide", in several
 * countries and zones and across the spring clock changes, each with the reading a person means. corpus.csv was
 * written beside the grammar; blind-corpus.csv by someone who had not read it (issue #29); duckling-en.csv holds
 * Duckling's English examples of single days and clock times, with the rows where our rule differs on purpose
 * marked and explained in the file.
 */
final class DateCorpusTest {

    private static final LooseDateParser PARSER = new LooseDateParser();

    @DisplayName("Every phrase of the corpus is read as a person means it, or asked about when it has two readings")
    @ParameterizedTest(name = "[{1}, {3}, {4}] \"{0}\" -> {6}")
    @CsvFileSource(resources = "/dates/corpus.csv", numLinesToSkip = 1)
    void corpus(@AggregateWith(CorpusRow.Columns.class) final CorpusRow row) {
        // GIVEN a member in a zone and country, typing at a moment (a decision is read from the interview's start)
        // WHEN the bot reads the phrase
        // THEN the reading is the one a person means (or a question offering only acceptable readings)
        row.assertReadAsMeantBy(PARSER);
    }

    @DisplayName("Every phrase of the blind corpus (written without reading the grammar) is read as its writer means it")
    @ParameterizedTest(name = "[{1}, {3}, {4}] \"{0}\" -> {6}")
    @CsvFileSource(resources = "/dates/blind-corpus.csv", numLinesToSkip = 1)
    void blindCorpus(@AggregateWith(CorpusRow.Columns.class) final CorpusRow row) {
        // GIVEN a phrase the grammar's authors never saw, in its writer's zone, country and moment
        // WHEN the bot reads it
        // THEN the reading is the writer's (or, where marked in the file, ours, for the reason given there)
        row.assertReadAsMeantBy(PARSER);
    }

    @DisplayName("Duckling's English day and clock-time examples read as Duckling does, except the differences listed in the file")
    @ParameterizedTest(name = "[{1}] \"{0}\" -> {6}")
    @CsvFileSource(resources = "/dates/duckling-en.csv", numLinesToSkip = 1)
    void ducklingExamples(@AggregateWith(CorpusRow.Columns.class) final CorpusRow row) {
        // GIVEN Duckling's reference moment, Tuesday 12 February 2013 04:30 at UTC-2, and a US member
        // WHEN the bot reads Duckling's example
        // THEN it reads Duckling's day and time, or the reading of the rule named above the row
        row.assertReadAsMeantBy(PARSER);
    }

    @Test
    @DisplayName("The three corpora hold at least 700 phrases together")
    void atLeastSevenHundredPhrases() throws IOException {
        // GIVEN the three corpus files WHEN their phrase rows are counted THEN there are at least 700
        long rows = 0;
        for (final String name : new String[] {"corpus.csv", "blind-corpus.csv", "duckling-en.csv"}) {
            try (InputStream in = DateCorpusTest.class.getResourceAsStream("/dates/" + name)) {
                rows += new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#")).count() - 1;
            }
        }
        assertThat(rows).isGreaterThanOrEqualTo(700);
    }
}
