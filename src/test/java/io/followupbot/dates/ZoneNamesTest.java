package io.followupbot.dates;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

final class ZoneNamesTest {

    @DisplayName("Zones by the names people use: IANA in any case, cities, abbreviations (to a region), offsets")
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            Europe/Berlin;      Europe/Berlin
            europe/berlin;      Europe/Berlin
            EUROPE/BERLIN;      Europe/Berlin
            america/new york;   America/New_York
            London;             Europe/London
            berlin;             Europe/Berlin
            New York;           America/New_York
            NYC;                America/New_York
            San Francisco;      America/Los_Angeles
            Munich;             Europe/Berlin
            tokyo;              Asia/Tokyo
            Sao Paulo;          America/Sao_Paulo
            PST;                America/Los_Angeles
            pdt;                America/Los_Angeles
            EST;                America/New_York
            Eastern time;       America/New_York
            CET;                Europe/Berlin
            CEST;               Europe/Berlin
            IST;                Asia/Kolkata
            AEST;               Australia/Sydney
            GMT;                UTC
            utc;                UTC
            UTC+2;              +02:00
            gmt-5;              -05:00
            """)
    void found(final String typed, final String zone) {
        assertThat(ZoneNames.find(typed)).hasValueSatisfying(found -> assertThat(found.id().getId()).isEqualTo(zone));
    }

    @DisplayName("A name that is no zone is not guessed")
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "Mars/Olympus", "purple", "UTC+99", "Europe"})
    void notFound(final String typed) {
        assertThat(ZoneNames.find(typed)).isEmpty();
    }
}
