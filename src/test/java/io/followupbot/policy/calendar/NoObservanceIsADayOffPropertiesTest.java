package io.followupbot.policy.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.followupbot.policy.BusinessCalendar;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Only public holidays are days off: whatever the holiday library lists as an observance or a bank-only day
 * (Mexico's Flag Day, Belgium's All Souls, Ontario's Civic Holiday, Austria's Christmas Eve ...) is a business
 * day, unless the same date is also a public holiday or one the project's data files add.
 */
final class NoObservanceIsADayOffPropertiesTest {

    private final HolidayCalendars calendars = new HolidayCalendars(Closures.NONE);

    @Provide
    Arbitrary<String> places() {
        return Arbitraries.of("US", "GB", "GB-SCT", "GB-NIR", "CA", "CA-ON", "CA-QC", "AU", "AU-NSW", "AU-VIC", "NZ",
                "IE", "DE", "DE-BY", "DE-BE", "FR", "NL", "BE", "ES", "ES-MD", "IT", "PT", "PL", "SE", "CH", "CH-ZH",
                "AT", "BR", "MX", "AR", "IN", "SG", "JP", "PH", "NG", "ZA", "KE");
    }

    @Property(tries = 200)
    @Label("No observance or bank-only day of the library counts as a day off")
    void observancesAreBusinessDays(@ForAll("places") final String code, @ForAll @IntRange(min = 2026, max = 2030) final int year) {
        // GIVEN the library's holidays of every type for the place and year
        final Place place = Place.parse(code).orElseThrow();
        final HolidayManager library = HolidayManager.getInstance(
                ManagerParameters.create(place.country().toLowerCase(Locale.ROOT)));
        final String[] region = place.isRegion() ? new String[] {place.region().toLowerCase(Locale.ROOT)} : new String[0];
        final Set<Holiday> all = library.getHolidays(Year.of(year), region);
        final Set<LocalDate> publicDays = java.util.stream.IntStream.rangeClosed(year - 1, year + 1).boxed()
                .flatMap(near -> library.getHolidays(Year.of(near), HolidayType.PUBLIC_HOLIDAY, region).stream())
                .map(Holiday::getDate).collect(Collectors.toSet());
        final Set<LocalDate> added = HolidayCorrections.forCountry(place.country()).additions(place, year).stream()
                .map(DayOff::date).collect(Collectors.toSet());

        // WHEN the calendar of the place is asked about each observance and bank-only day
        final BusinessCalendar calendar = BusinessCalendar.of(code, calendars);

        // THEN none of them is a holiday
        all.stream().filter(day -> day.getType() != HolidayType.PUBLIC_HOLIDAY)
                .map(Holiday::getDate)
                .filter(date -> date.getYear() == year && !publicDays.contains(date) && !added.contains(date))
                .forEach(date -> org.assertj.core.api.Assertions.assertThat(calendar.isHoliday(date))
                        .as("%s %s is an observance or bank-only day", code, date).isFalse());
    }
}
