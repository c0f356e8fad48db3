package io.followupbot.policy.calendar;

import io.followupbot.policy.BusinessCalendar;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every weekday off of 2026 and 2027, per country and region, against a table written from that place's
 * official calendar ({@code src/test/resources/holidays/expected/<PLACE>.csv}, source named in its header).
 * The tables are independent of the bot's data files: a wrong correction fails here.
 */
final class OfficialHolidaysTest {

    @DisplayName("Every weekday off in 2026 and 2027 is the official one")
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"US", "GB", "GB-SCT", "GB-NIR", "CA", "CA-ON", "CA-QC", "AU", "AU-NSW", "AU-VIC", "NZ",
            "IE", "DE", "DE-BY", "DE-BE", "FR", "NL", "BE", "ES", "ES-MD", "IT", "PT", "PL", "SE", "CH", "CH-ZH", "AT",
            "BR", "MX", "AR", "IN", "SG", "JP", "KR", "PH", "NG", "ZA", "KE"})
    void weekdaysOffAreTheOfficialOnes(final String place) throws IOException {
        // GIVEN the official weekdays off of the place
        final Map<LocalDate, String> official = expected(place);

        // WHEN the bot's calendar lists its days off of both years
        final BusinessCalendar calendar = BusinessCalendar.of(place, new HolidayCalendars(Closures.NONE));
        final Map<LocalDate, String> ours = new TreeMap<>();
        Stream.of(2026, 2027).flatMap(year -> calendar.holidays(year).stream())
                .filter(day -> isWeekday(day.date()))
                .forEach(day -> ours.put(day.date(), day.name()));

        // THEN they are the same days, none missing and none extra
        final Map<LocalDate, String> missing = new TreeMap<>(official);
        missing.keySet().removeAll(ours.keySet());
        final Map<LocalDate, String> extra = new TreeMap<>(ours);
        extra.keySet().removeAll(official.keySet());
        assertThat(missing).as("official days off in %s the calendar misses", place).isEmpty();
        assertThat(extra).as("days the calendar takes off in %s that are no official day off", place).isEmpty();
    }

    private static boolean isWeekday(final LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static Map<LocalDate, String> expected(final String place) throws IOException {
        final String resource = "holidays/expected/" + place + ".csv";
        try (InputStream stream = OfficialHolidaysTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(stream).as(resource).isNotNull();
            final Map<LocalDate, String> days = new TreeMap<>();
            new String(stream.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("date,") && !line.isBlank())
                    .forEach(line -> days.put(LocalDate.parse(line.substring(0, 10)), line.substring(11)));
            assertThat(days.keySet()).as("%s lists days of both years", resource)
                    .anyMatch(day -> day.getYear() == 2026).anyMatch(day -> day.getYear() == 2027);
            return days;
        }
    }
}
