package io.followupbot.dates;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

final class LooseDateParserTest {

    private static final LooseDateParser PARSER = new LooseDateParser();

    @DisplayName("Typed date phrases: decision dates look forward, interview times look back, nonsense says how to write it")
    @ParameterizedTest(name = "[{1}] \"{0}\" from {3} {2} -> {4}")
    @CsvFileSource(resources = "/dates/date-phrases.csv", numLinesToSkip = 1, nullValues = {})
    void corpus(final String phrase, final String mode, final String zone, final String now, final String expected) {
        // GIVEN the member's zone and the moment the phrase is read from
        final ZoneId memberZone = ZoneId.of(zone);
        final Instant from = LocalDateTime.parse(now).atZone(memberZone).toInstant();

        // WHEN parsing in the given mode
        final DateAnswer<?> answer = switch (mode) {
            case "decision" -> PARSER.parseDecisionDate(phrase, from, memberZone);
            case "forward" -> PARSER.parseForward(phrase, from, memberZone);
            case "interview" -> PARSER.parseInterviewTime(phrase, from, memberZone);
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        };

        // THEN the answer is the expected day, time, "none", or a message that says how to write it
        if ("none".equals(expected)) {
            assertThat(answer).isInstanceOf(DateAnswer.NoDate.class);
        } else if (expected.startsWith("invalid:")) {
            assertThat(answer).isInstanceOfSatisfying(DateAnswer.Invalid.class,
                    invalid -> assertThat(invalid.message()).contains(expected.substring("invalid:".length())));
        } else if ("interview".equals(mode)) {
            assertThat(answer).isInstanceOfSatisfying(DateAnswer.Parsed.class, parsed -> {
                final ZonedDateTime at = (ZonedDateTime) parsed.value();
                assertThat(at.toLocalDateTime()).isEqualTo(LocalDateTime.parse(expected));
                assertThat(at.getZone()).isEqualTo(memberZone);
            });
        } else {
            assertThat(answer).isInstanceOfSatisfying(DateAnswer.Parsed.class,
                    parsed -> assertThat(parsed.value()).isEqualTo(LocalDate.parse(expected)));
        }
    }

    @Test
    @DisplayName("A parsed date is echoed in words so the member can confirm it")
    void echoedInWords() {
        // GIVEN an interview on Tuesday 10 March 2026
        final ZoneId zone = ZoneId.of("America/New_York");
        final Instant interview = LocalDateTime.parse("2026-03-10T14:00").atZone(zone).toInstant();

        // WHEN parsing "next Monday" as a decision date and "yesterday at 10" as an interview time
        final DateAnswer<LocalDate> decision = PARSER.parseDecisionDate("next Monday", interview, zone);
        final DateAnswer<ZonedDateTime> time = PARSER.parseInterviewTime("yesterday at 10", interview, zone);
        final DateAnswer<ZonedDateTime> noTime = PARSER.parseInterviewTime("Monday", interview, zone);

        // THEN the words name the weekday, day, month and year (and time)
        assertThat(decision).isEqualTo(new DateAnswer.Parsed<>(LocalDate.of(2026, 3, 16), "Monday 16 March 2026"));
        assertThat(time).isInstanceOfSatisfying(DateAnswer.Parsed.class,
                parsed -> assertThat(parsed.inWords()).isEqualTo("Monday 9 March 2026 at 10:00"));
        assertThat(noTime).isInstanceOfSatisfying(DateAnswer.Parsed.class,
                parsed -> assertThat(parsed.inWords()).isEqualTo("Monday 9 March 2026 at 12:00 (no time given: noon)"));
    }

    @Test
    @DisplayName("Day-first members read 3/4 as 3 April, and the help shows their order")
    void dayFirst() {
        // GIVEN a parser for day-first members
        final LooseDateParser dayFirst = new LooseDateParser(LooseDateParser.NumericOrder.DAY_FIRST);
        final ZoneId zone = ZoneId.of("Europe/London");
        final Instant interview = LocalDateTime.parse("2026-03-02T10:00").atZone(zone).toInstant();

        // WHEN parsing "3/4" and nonsense
        // THEN 3 April, and examples in their order
        assertThat(dayFirst.parseDecisionDate("3/4", interview, zone))
                .isEqualTo(new DateAnswer.Parsed<>(LocalDate.of(2026, 4, 3), "Friday 3 April 2026"));
        assertThat(dayFirst.parseDecisionDate("nah mate", interview, zone)).isInstanceOfSatisfying(DateAnswer.Invalid.class,
                invalid -> assertThat(invalid.message()).contains("\"14/3\""));
    }
}
