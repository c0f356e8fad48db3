package io.followupbot.dates;

import io.followupbot.policy.calendar.Closures;
import io.followupbot.policy.calendar.HolidayCalendars;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Days a phrase names by the member's calendar (issue #29): business days skip the public holidays of the
 * member's place, holidays are found by name in it, and "before" and "after" a holiday are the working days
 * next to it. The calendar is the one the plan uses ({@link HolidayCalendars}), passed in.
 */
final class CalendarPhrasesTest {

    private static final LooseDateParser PARSER = new LooseDateParser(new HolidayCalendars(Closures.NONE));

    @DisplayName("A decision day counted in business days or named by a holiday, from the interview's day")
    @ParameterizedTest(name = "[{1}, interview {2}] \"{0}\" -> {3}")
    @CsvSource(delimiter = ';', textBlock = """
            5 business days;           US; 2026-12-31; 2027-01-08
            in 5 business days;        GB; 2026-12-31; 2027-01-08
            5 working days;            DE; 2026-12-31; 2027-01-08
            5 business days;           GB; 2026-12-23; 2027-01-04
            3 working days;            DE; 2026-04-01; 2026-04-08
            within 10 business days;   AU; 2026-03-30; 2026-04-15
            before Memorial Day;       US; 2026-05-12; 2026-05-22
            Memorial Day;              US; 2026-05-12; 2026-05-25
            after Labor Day;           US; 2026-08-20; 2026-09-08
            after Christmas;           GB; 2026-12-10; 2026-12-29
            before Easter;             DE; 2026-03-16; 2026-04-02
            the Monday after Easter;   US; 2026-03-20; 2026-04-06
            after the bank holiday;    GB; 2026-05-20; 2026-05-26
            Thanksgiving;              US; 2026-11-02; 2026-11-26
            Thanksgiving;              CA; 2026-09-28; 2026-10-12
            next MLK day;              US; 2026-03-10; 2027-01-18
            end of the financial year; AU; 2026-03-10; 2026-06-30
            """)
    void decisionDays(final String typed, final String country, final String interviewDay, final String expected) {
        // GIVEN an interview at 10:00 on the given day, for a member of the given country
        final ZoneId zone = ZoneId.of("UTC");
        final Instant interview = LocalDateTime.parse(interviewDay + "T10:00").atZone(zone).toInstant();

        // WHEN the decision day is typed THEN it is the day the member's calendar gives
        assertThat(PARSER.parseDecisionDate(typed, interview, zone, country)).as(typed)
                .isEqualTo(new DateAnswer.Parsed<>(LocalDate.parse(expected), Words.day(LocalDate.parse(expected))));
    }

    @DisplayName("Around a holiday the member's place does not keep, or two holidays of one name, the bot asks")
    @ParameterizedTest(name = "[{1}] \"{0}\" -> {2}")
    @CsvSource(delimiter = ';', textBlock = """
            after Thanksgiving;          GB; ''
            before Diwali;               IN; ''
            after the May bank holiday;  GB; 2026-05-05|2026-05-26
            end of fiscal year;          US; ''
            """)
    void asks(final String typed, final String country, final String readings) {
        // GIVEN an interview on Monday 20 April 2026
        final ZoneId zone = ZoneId.of("UTC");
        final Instant interview = LocalDateTime.parse("2026-04-20T10:00").atZone(zone).toInstant();

        // WHEN the decision day is typed THEN one question, offering the days it may be (or asking to type one)
        assertThat(PARSER.parseDecisionDate(typed, interview, zone, country)).as(typed)
                .isInstanceOfSatisfying(DateAnswer.Ask.class, ask -> assertThat(ask.readings().stream().map(Object::toString)
                        .toList()).containsExactlyElementsOf(readings.isEmpty() ? java.util.List.of()
                        : java.util.List.of(readings.split("\\|"))));
    }
}
