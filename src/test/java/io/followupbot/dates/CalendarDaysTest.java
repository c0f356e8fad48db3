package io.followupbot.dates;

import io.followupbot.dates.DatePhrases.Direction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Days named by their number: the year a day without one falls in, and the refusal of days that cannot be. A
 * day that cannot be is refused with a hint, never moved silently to one that can ("2/29" in 2026 is not 28
 * February).
 */
final class CalendarDaysTest {

    private static final LooseDateParser PARSER = new LooseDateParser();
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static Instant ny(final String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
    }

    @Test
    @DisplayName("\"2/29\" typed in 2026 is refused with a hint to add the year, not read as 28 February")
    void leapDayOutsideALeapYear() {
        final DateAnswer<LocalDate> answer = PARSER.parseDecisionDate("2/29", ny("2026-02-10T10:00"), NEW_YORK, "US");
        assertThat(answer).isInstanceOfSatisfying(DateAnswer.Invalid.class, invalid -> assertThat(invalid.message())
                .isEqualTo("There is no 29 February in 2026. Write the date with its year, e.g. \"2028-02-29\"."));
        assertThatThrownBy(() -> CalendarDays.atYear(MonthDay.of(2, 29), 2027)).isInstanceOf(UnreadableDate.class)
                .hasMessageStartingWith("There is no 29 February in 2027.");
    }

    @Test
    @DisplayName("29 February in a leap year is that day, with or without its year")
    void leapDayInALeapYear() {
        assertThat(PARSER.parseForward("2/29", ny("2028-02-10T10:00"), NEW_YORK, "US"))
                .isEqualTo(new DateAnswer.Parsed<>(LocalDate.of(2028, 2, 29), "Tuesday 29 February 2028"));
        assertThat(PARSER.parseForward("29 February 2028", ny("2027-06-01T10:00"), NEW_YORK, "GB"))
                .isEqualTo(new DateAnswer.Parsed<>(LocalDate.of(2028, 2, 29), "Tuesday 29 February 2028"));
        assertThat(CalendarDays.atYear(MonthDay.of(2, 29), 2028)).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @DisplayName("A day that no month has is refused, naming it")
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            29 February 2027|There is no 29 February. Write the date as "14 March" or as "2026-03-14".
            2/30|There is no 30 February.
            31 April|There is no 31 April.
            13/13/2026|There is no 13 month 13.
            2026-02-30|There is no 30 February.
            the 32|There is no 32nd of a month.
            the 0|There is no 0th of a month.
            """)
    void impossibleDays(final String typed, final String message) {
        assertThat(PARSER.parseForward(typed, ny("2026-01-05T10:00"), NEW_YORK, "US"))
                .isInstanceOfSatisfying(DateAnswer.Invalid.class, invalid -> assertThat(invalid.message()).startsWith(message));
    }

    @DisplayName("Looking forward, a day up to 60 days past stays in this year (and is refused as past); older ones are next year's")
    @ParameterizedTest(name = "\"{0}\" typed on 10 March 2026 -> {1}")
    @CsvSource(textBlock = """
            1/9, 2026-01-09
            1/8, 2027-01-08
            3/9, 2026-03-09
            3/10, 2026-03-10
            12/31, 2026-12-31
            """)
    void recentlyPast(final String typed, final LocalDate expected) {
        final MonthDay day = MonthDay.of(Integer.parseInt(typed.split("/")[0]), Integer.parseInt(typed.split("/")[1]));
        assertThat(CalendarDays.inNearestYear(day, LocalDate.of(2026, 3, 10), Direction.FORWARD)).isEqualTo(expected);
    }

    @Test
    @DisplayName("A recent day typed as a snooze is refused as past rather than read as next year's")
    void recentDayRefusedAsPast() {
        assertThat(PARSER.parseForward("1/9", ny("2026-03-10T10:00"), NEW_YORK, "US"))
                .isInstanceOfSatisfying(DateAnswer.Invalid.class, invalid -> assertThat(invalid.message())
                        .startsWith("\"1/9\" would be Friday 9 January 2026, which is in the past."));
        assertThat(PARSER.parseForward("1/8", ny("2026-03-10T10:00"), NEW_YORK, "US"))
                .isEqualTo(new DateAnswer.Parsed<>(LocalDate.of(2027, 1, 8), "Friday 8 January 2027"));
    }

    @DisplayName("Looking back, a day without a year is the nearest one, across New Year either way")
    @ParameterizedTest(name = "\"{0}\" seen from {1} -> {2}")
    @CsvSource(textBlock = """
            12/30, 2026-01-05, 2025-12-30
            1/3, 2025-12-30, 2026-01-03
            6/15, 2026-06-20, 2026-06-15
            7/1, 2026-01-01, 2026-07-01
            7/3, 2026-01-01, 2025-07-03
            """)
    void nearestLookingBack(final String typed, final LocalDate base, final LocalDate expected) {
        final MonthDay day = MonthDay.of(Integer.parseInt(typed.split("/")[0]), Integer.parseInt(typed.split("/")[1]));
        assertThat(CalendarDays.inNearestYear(day, base, Direction.BACKWARD)).isEqualTo(expected);
    }

    @Test
    @DisplayName("An interview on a day without a year, just before New Year, is last year's")
    void interviewAcrossNewYear() {
        assertThat(PARSER.parseInterviewTime("12/30 at 2pm", ny("2026-01-05T10:00"), NEW_YORK, "US"))
                .isInstanceOfSatisfying(DateAnswer.Parsed.class, parsed -> assertThat(parsed.value())
                        .isEqualTo(ZonedDateTime.of(2025, 12, 30, 14, 0, 0, 0, NEW_YORK)));
    }

    @DisplayName("\"the Nth\" is the next such day looking forward (this month or later), the last one looking back")
    @ParameterizedTest(name = "the {0} from {1} {2} -> {3}")
    @CsvSource(textBlock = """
            31, 2026-04-10, FORWARD, 2026-05-31
            10, 2026-04-10, FORWARD, 2026-04-10
            9, 2026-04-10, FORWARD, 2026-05-09
            31, 2026-04-10, BACKWARD, 2026-03-31
            10, 2026-04-10, BACKWARD, 2026-04-10
            11, 2026-04-10, BACKWARD, 2026-03-11
            1, 2026-04-10, FORWARD, 2026-05-01
            29, 2026-01-30, FORWARD, 2026-03-29
            """)
    void dayOfMonth(final int day, final LocalDate base, final Direction direction, final LocalDate expected) {
        assertThat(CalendarDays.dayOfMonth(day, base, direction)).isEqualTo(expected);
    }

    @DisplayName("Ordinals as people write them: 1st, 2nd, 3rd, 4th, 11th to 13th, 21st, 111th")
    @ParameterizedTest(name = "{0}{1}")
    @CsvSource(textBlock = """
            1, st
            2, nd
            3, rd
            4, th
            10, th
            11, th
            12, th
            13, th
            21, st
            22, nd
            23, rd
            31, st
            100, th
            101, st
            111, th
            112, th
            113, th
            0, th
            """)
    void ordinals(final int day, final String suffix) {
        assertThat(CalendarDays.ordinal(day)).isEqualTo(suffix);
    }

    @Test
    @DisplayName("A weekday that does not match its date is asked about: the date, or that weekday in its week")
    void weekdayMismatch() {
        assertThat(PARSER.parseForward("Friday 14 March 2026", ny("2026-03-10T10:00"), NEW_YORK, "GB"))
                .isInstanceOfSatisfying(DateAnswer.Ask.class, ask -> {
                    assertThat(ask.question()).isEqualTo("Saturday 14 March 2026 is a Saturday, not a Friday. Which do you "
                            + "mean: Saturday 14 March 2026 or Friday 13 March 2026?");
                    assertThat(ask.readings()).containsExactly(LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 13));
                });
        assertThat(PARSER.parseForward("Saturday 14 March 2026", ny("2026-03-10T10:00"), NEW_YORK, "GB"))
                .isEqualTo(new DateAnswer.Parsed<>(LocalDate.of(2026, 3, 14), "Saturday 14 March 2026"));
    }

    @Test
    @DisplayName("A two-digit year is this century's")
    void twoDigitYear() {
        assertThat(CalendarDays.dayMonth(14, 3, "26", LocalDate.of(2026, 3, 1), Direction.FORWARD))
                .isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(CalendarDays.dayMonth(14, 3, "2027", LocalDate.of(2026, 3, 1), Direction.FORWARD))
                .isEqualTo(LocalDate.of(2027, 3, 14));
    }

    @Test
    @DisplayName("A day up to a year away is read; one further is refused as more than a year away")
    void aYearAway() {
        assertThat(PARSER.parseForward("in 366 days", ny("2026-03-10T10:00"), NEW_YORK, "US"))
                .isEqualTo(new DateAnswer.Parsed<>(LocalDate.of(2027, 3, 11), "Thursday 11 March 2027"));
        assertThat(PARSER.parseForward("in 367 days", ny("2026-03-10T10:00"), NEW_YORK, "US"))
                .isInstanceOfSatisfying(DateAnswer.Invalid.class, invalid -> assertThat(invalid.message())
                        .startsWith("Friday 12 March 2027 is more than a year away."));
    }
}
