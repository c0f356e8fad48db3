package io.followupbot.policy;


import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class BusinessCalendarTest {

    /** Each test reads the holidays it depends on afresh, so a change in how they are read shows in it. */
    private final BusinessCalendars calendars = BusinessCalendars.withoutClosures();


    @DisplayName("Business days skip weekends and the public holidays of the candidate's country")
    @ParameterizedTest(name = "{0} {1}: business day = {2} ({3})")
    @CsvSource(textBlock = """
            US, 2026-11-26, false, Thanksgiving
            US, 2026-11-27, true,  the Friday after Thanksgiving is a working day
            US, 2026-12-25, false, Christmas
            US, 2026-07-03, false, Independence Day observed on the Friday
            US, 2026-01-19, false, Martin Luther King Jr. Day
            US, 2026-04-03, true,  Good Friday is no US public holiday
            US, 2026-05-14, true,  Ascension Day is no US holiday
            DE, 2025-10-03, false, German Unity Day on a Friday
            DE, 2026-10-03, false, German Unity Day 2026 is a Saturday anyway
            GB, 2026-04-06, false, Easter Monday in England and Wales (GB on its own)
            GB-SCT, 2026-04-06, true,  Easter Monday is no bank holiday in Scotland
            GB-SCT, 2026-01-02, false, 2 January in Scotland
            GB, 2026-01-02, true,  2 January is a working day in England
            DE-BY, 2026-01-06, false, Epiphany in Bavaria
            DE, 2026-01-06, true,  Epiphany is no holiday in Germany as a whole
            CA-ON, 2026-02-16, false, Family Day in Ontario
            CA-ON, 2026-04-06, true,  Easter Monday is no public holiday in Ontario (a bank-only day in the library)
            MX, 2026-02-24, true,  Flag Day is an observance in Mexico, not a day off
            JP, 2026-12-23, true,  the Emperor's Birthday left 23 December in 2020
            JP, 2026-02-23, false, the Emperor's Birthday
            GB, 2026-04-03, false, Good Friday
            GB, 2026-12-28, false, Boxing Day observed on Monday
            GB, 2026-05-04, false, Early May bank holiday
            GB, 2026-11-26, true,  Thanksgiving is no GB holiday
            DE, 2026-10-05, true,  the Monday after German Unity Day
            DE, 2026-10-02, true,  the Friday before German Unity Day
            DE, 2026-12-25, false, 1st Christmas day
            DE, 2026-04-06, false, Easter Monday
            DE, 2026-05-14, false, Ascension Day
            US, 2026-03-14, false, a Saturday
            US, 2026-03-15, false, a Sunday
            US, 2026-03-16, true,  a plain Monday
            """)
    void businessDays(final String country, final LocalDate day, final boolean businessDay, final String why) {
        // GIVEN the calendar of the country
        final BusinessCalendar calendar = calendars.of(country);

        // WHEN asking about the day
        final boolean answer = calendar.isBusinessDay(day);

        // THEN weekends and holidays are not business days
        assertThat(answer).as(why).isEqualTo(businessDay);
    }

    @DisplayName("The next business day after a date skips weekends and holidays")
    @ParameterizedTest(name = "{0}: after {1} comes {2}")
    @CsvSource(textBlock = """
            US, 2026-11-25, 2026-11-27
            US, 2026-03-13, 2026-03-16
            US, 2026-12-24, 2026-12-28
            GB, 2026-04-02, 2026-04-07
            GB-SCT, 2026-04-02, 2026-04-06
            GB, 2026-12-24, 2026-12-29
            DE, 2026-04-02, 2026-04-07
            DE, 2026-10-02, 2026-10-05
            DE, 2026-12-24, 2026-12-28
            US, 2027-12-30, 2028-01-03
            """)
    void nextBusinessDay(final String country, final LocalDate day, final LocalDate expected) {
        // GIVEN the calendar of the country
        final BusinessCalendar calendar = calendars.of(country);

        // WHEN asking for the next business day
        final LocalDate next = calendar.nextBusinessDayAfter(day);

        // THEN it is the first working day after it
        assertThat(next).isEqualTo(expected);
    }

    @Test
    @DisplayName("A holiday observed in the year before its own counts (New Year 2028 observed on 31 December 2027)")
    void holidayObservedInThePreviousYear() {
        // GIVEN the US calendar
        final BusinessCalendar calendar = calendars.of("US");

        // WHEN asking about Friday 31 December 2027
        final boolean businessDay = calendar.isBusinessDay(LocalDate.of(2027, 12, 31));

        // THEN it is the observed New Year's Day
        assertThat(businessDay).isFalse();
    }

    @Test
    @DisplayName("Adding business days counts only business days")
    void addBusinessDays() {
        // GIVEN the GB calendar and the Thursday before Easter 2026
        final BusinessCalendar calendar = calendars.of("GB");
        final LocalDate maundyThursday = LocalDate.of(2026, 4, 2);

        // WHEN adding 0, 1 and 3 business days
        // THEN Good Friday, the weekend and Easter Monday are skipped
        assertThat(calendar.addBusinessDays(maundyThursday, 0)).isEqualTo(maundyThursday);
        assertThat(calendar.addBusinessDays(maundyThursday, 1)).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(calendar.addBusinessDays(maundyThursday, 3)).isEqualTo(LocalDate.of(2026, 4, 9));
    }

    @Test
    @DisplayName("An unknown place is refused with a message naming it and how to write one")
    void unknownCountry() {
        // GIVEN a code jollyday does not know
        // WHEN asking for its calendar
        // THEN the error names the code
        assertThatThrownBy(() -> calendars.of("XX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'XX'");
        assertThatThrownBy(() -> calendars.of("NYSE")).hasMessageContaining("'NYSE'");
        assertThatThrownBy(() -> calendars.of("GB-XYZ")).hasMessageContaining("'GB-XYZ'")
                .hasMessageContaining("GB-SCT");
    }

    @ParameterizedTest(name = "{0} supported: {1}")
    @DisplayName("Configuration can ask whether a country is supported")
    @CsvSource(textBlock = """
            US, true
            gb, true
            ' DE ', true
            XX, false
            NYSE, false
            '', false
            gb-sct, true
            DE-BY, true
            CA-ON, true
            AU-NSW, true
            ES-MD, true
            CH-ZH, true
            KR, true
            GB-XX, false
            DE-, false
            -BY, false
            KR-11, false
            """)
    void supportedCountries(final String code, final boolean supported) {
        // GIVEN a code from the configuration
        // WHEN validating it
        // THEN only ISO country and region codes with holidays pass
        assertThat(BusinessCalendar.isSupportedCountry(code)).isEqualTo(supported);
    }

    @Test
    @DisplayName("Calendars are cached per place")
    void cachedPerCountry() {
        // GIVEN / WHEN asking twice, in different case
        // THEN the same calendar comes back
        assertThat(calendars.of("de")).isSameAs(calendars.of("DE"));
    }
}
