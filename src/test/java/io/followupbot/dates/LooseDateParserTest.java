package io.followupbot.dates;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

final class LooseDateParserTest {

    private static final LooseDateParser PARSER = new LooseDateParser();
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Tuesday 10 March 2026, 14:00 in New York. */
    private static final Instant TUESDAY = LocalDateTime.parse("2026-03-10T14:00").atZone(NEW_YORK).toInstant();

    @Test
    @DisplayName("A parsed date is echoed in words so the member can confirm it")
    void echoedInWords() {
        // WHEN parsing "next Monday" as a decision date and "yesterday at 10" as an interview time
        final DateAnswer<LocalDate> decision = PARSER.parseDecisionDate("next Monday", TUESDAY, NEW_YORK, "US");
        final DateAnswer<ZonedDateTime> time = PARSER.parseInterviewTime("yesterday at 10", TUESDAY, NEW_YORK, "US");
        final DateAnswer<ZonedDateTime> noTime = PARSER.parseInterviewTime("Monday", TUESDAY, NEW_YORK, "US");

        // THEN the words name the weekday, day, month and year (and time, and what was assumed)
        assertThat(decision).isEqualTo(new DateAnswer.Parsed<>(LocalDate.of(2026, 3, 16), "Monday 16 March 2026"));
        assertThat(time).isInstanceOfSatisfying(DateAnswer.Parsed.class,
                parsed -> assertThat(parsed.inWords()).isEqualTo("Monday 9 March 2026 at 10:00"));
        assertThat(noTime).isInstanceOfSatisfying(DateAnswer.Parsed.class,
                parsed -> assertThat(parsed.inWords()).isEqualTo("Monday 9 March 2026 at 12:00 (no time given: noon)"));
    }

    @Test
    @DisplayName("Day-first members read 3/4 as 3 April, month-first members as 4 March, and the help shows their order")
    void memberOrder() {
        final ZoneId london = ZoneId.of("Europe/London");
        final Instant interview = LocalDateTime.parse("2026-03-02T10:00").atZone(london).toInstant();

        assertThat(PARSER.parseDecisionDate("3/4", interview, london, "GB"))
                .isEqualTo(new DateAnswer.Parsed<>(LocalDate.of(2026, 4, 3), "Friday 3 April 2026"));
        assertThat(PARSER.parseDecisionDate("3/4", interview, london, "US"))
                .isEqualTo(new DateAnswer.Parsed<>(LocalDate.of(2026, 3, 4), "Wednesday 4 March 2026"));
        assertThat(PARSER.parseDecisionDate("nah mate", interview, london, "GB")).isInstanceOfSatisfying(
                DateAnswer.Invalid.class, invalid -> assertThat(invalid.message()).contains("\"14/3\""));
    }

    @Test
    @DisplayName("Each button of a question answers it without doubt: its text reads back as its reading")
    void choicesReadBack() {
        // GIVEN "next Wednesday" said on a Tuesday, and "last week" for the interview
        final DateAnswer<LocalDate> decision = PARSER.parseDecisionDate("next Wednesday", TUESDAY, NEW_YORK, "GB");
        final DateAnswer<ZonedDateTime> interview = PARSER.parseInterviewTime("last week 3pm", TUESDAY, NEW_YORK, "US");

        // THEN every choice's answer, typed back, is read as that choice's reading
        assertThat(decision).isInstanceOfSatisfying(DateAnswer.Ask.class, ask -> {
            assertThat(ask.readings()).containsExactly(LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 18));
            for (final Object choice : ask.choices()) {
                final DateAnswer.Choice<?> option = (DateAnswer.Choice<?>) choice;
                assertThat(PARSER.parseDecisionDate(option.answer(), TUESDAY, NEW_YORK, "GB"))
                        .isEqualTo(new DateAnswer.Parsed<>(option.reading().orElseThrow(), Words.day((LocalDate) option.reading().orElseThrow())));
            }
        });
        assertThat(interview).isInstanceOfSatisfying(DateAnswer.Ask.class, ask -> {
            assertThat(ask.choices()).hasSize(5);
            for (final Object choice : ask.choices()) {
                final DateAnswer.Choice<?> option = (DateAnswer.Choice<?>) choice;
                assertThat(PARSER.parseInterviewTime(option.answer(), TUESDAY, NEW_YORK, "US"))
                        .isInstanceOfSatisfying(DateAnswer.Parsed.class, parsed -> assertThat(parsed.value())
                                .isEqualTo(option.reading().orElseThrow()));
            }
        });
    }

    @DisplayName("The silent misreadings of the first parser are gone: 1:00-7:59 with minutes is the afternoon")
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Monday 2:30", "yesterday 4:15", "Monday 7:59", "yesterday at 1:05"})
    void afternoonWithMinutes(final String phrase) {
        assertThat(PARSER.parseInterviewTime(phrase, TUESDAY, NEW_YORK, "US")).isInstanceOfSatisfying(
                DateAnswer.Parsed.class, parsed -> assertThat(((ZonedDateTime) parsed.value()).getHour()).isBetween(13, 19));
    }

    @DisplayName("A day of the month then a time: the number after the month or \"the\" is the day, never the time's hour "
            + "(\"jan 4 10am\" was 1 January at 04:10, \"january 4th 10am\" unreadable)")
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            january 4th 10am;      2026-01-04T10:00
            jan 4 10am;            2026-01-04T10:00
            january 4 10am;        2026-01-04T10:00
            January 4th, 10 am;    2026-01-04T10:00
            jan 4 10a;             2026-01-04T10:00
            january 4th ten am;    2026-01-04T10:00
            the 4th 11am;          2026-01-04T11:00
            Sunday the 4th, 12pm;  2026-01-04T12:00
            jan 4 10 30am;         2026-01-04T10:30
            january 4th at 10am;   2026-01-04T10:00
            10am january 4th;      2026-01-04T10:00
            4 jan 10am;            2026-01-04T10:00
            dec 12 noon;           2025-12-12T12:00
            the 12th noon;         2025-12-12T12:00
            12/12, noon;           2025-12-12T12:00
            friday 12 noon;        2026-01-02T12:00
            12 noon;               2026-01-05T12:00
            10 30am;               2026-01-05T10:30
            ten thirty am;         2026-01-05T10:30
            """)
    void dayOfTheMonthThenATime(final String typed, final LocalDateTime expected) {
        // GIVEN a member in New York (US) typing on Monday 5 January 2026 at 20:00
        final Instant now = Instant.parse("2026-01-06T01:00:00Z");

        // WHEN reading the interview's time
        final DateAnswer<ZonedDateTime> answer = PARSER.parseInterviewTime(typed, now, NEW_YORK, "US");

        // THEN it is that day at that time, echoed in words
        assertThat(answer).isEqualTo(new DateAnswer.Parsed<>(expected.atZone(NEW_YORK), Words.dayAndTime(expected)));
    }

    @Test
    @DisplayName("A typo of a common word is put right, but a word far from any stays as it is")
    void typos() {
        assertThat(Typos.correct("tomorow wedensday fridya nxt wk")).isEqualTo("tomorrow wednesday friday next week");
        assertThat(Typos.correct("purple there")).isEqualTo("purple there");
    }
}
