package io.followupbot.policy.calendar;

import io.followupbot.policy.BusinessCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The project's corrections to the holiday library: every row readable, about a real place, with its source. */
final class HolidayDataFilesTest {

    @DisplayName("Every correction names its official source and a place the calendar knows")
    @ParameterizedTest(name = "{0}.csv")
    @ValueSource(strings = {"AR", "AU", "BR", "CA", "CH", "GB", "IN", "JP", "KE", "KR", "MX", "NG", "NL", "PH", "SE",
            "SG", "US"})
    void everyRowHasASource(final String country) {
        // GIVEN the corrections of one country
        final HolidayCorrections corrections = HolidayCorrections.forCountry(country);

        // THEN there are some, each with a name and a source, about the country or one of its regions
        assertThat(corrections.rows()).isNotEmpty().allSatisfy(row -> {
            assertThat(row.name()).isNotBlank();
            assertThat(row.source()).as("source of %s", row).hasSizeGreaterThan(15);
            assertThat(row.place()).startsWith(country);
            final String place = row.place().replace("*", "");
            assertThat(BusinessCalendar.isSupportedCountry(place)).as(place).isTrue();
        });
    }

    @DisplayName("Data rows that remove a library holiday really remove it, and only it")
    @ParameterizedTest(name = "{0} {1}")
    @ValueSource(strings = {"JP 2026-12-23", "NG 2026-05-29", "NG 2026-02-18", "SE 2026-12-24", "BR 2026-02-17",
            "AR 2027-03-25", "CA-QC 2026-04-06", "AU-NSW 2026-08-03", "MX 2027-12-24", "IN 2027-03-10"})
    void removalsTakeEffect(final String placeAndDate) {
        final String[] parts = placeAndDate.split(" ");
        final BusinessCalendar calendar = BusinessCalendar.of(parts[0], new HolidayCalendars(Closures.NONE));

        assertThat(calendar.isHoliday(LocalDate.parse(parts[1]))).isFalse();
    }
}
