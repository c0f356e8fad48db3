package io.followupbot.policy.calendar;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

final class PlaceAndDateRuleTest {

    @DisplayName("A place is a country or a country and region, in any case")
    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(textBlock = """
            us, US
            ' gb-sct ', GB-SCT
            DE-BY, DE-BY
            at-9, AT-9
            fr-75C, FR-75C
            """)
    void placesAreParsed(final String written, final String code) {
        assertThat(Place.parse(written)).map(Place::code).contains(code);
    }

    @DisplayName("Anything else is not a place")
    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "U", "USA", "GB-", "-SCT", "GB-SCOT", "GB SCT", "12", "GB-S-T"})
    void nonPlacesAreRefused(final String written) {
        assertThat(Place.parse(written)).isEmpty();
    }

    @Test
    @DisplayName("A date rule is one date, the same day every year, or a span of dates")
    void dateRules() {
        assertThat(DateRule.parse("2026-12-24").orElseThrow().daysIn(2026)).containsExactly(LocalDate.of(2026, 12, 24));
        assertThat(DateRule.parse("2026-12-24").orElseThrow().daysIn(2027)).isEmpty();
        assertThat(DateRule.parse("12-24").orElseThrow().daysIn(2030)).containsExactly(LocalDate.of(2030, 12, 24));
        assertThat(DateRule.parse("02-29").orElseThrow().daysIn(2027)).isEmpty();
        assertThat(DateRule.parse("2026-12-30..2027-01-02").orElseThrow().daysIn(2027))
                .containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2));
    }

    @DisplayName("A date rule that names no real day, or a span backwards or over a year, is refused")
    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "*", "tomorrow", "2026-02-30", "13-01", "2026-12-31..2026-12-01", "2026-01-01..2027-06-01"})
    void badDateRules(final String written) {
        assertThat(DateRule.parse(written)).isEmpty();
    }
}
