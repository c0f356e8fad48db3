package io.followupbot.policy;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Business days of one country: Monday to Friday, less that country's nationwide public holidays
 * (rules, section 1: "business days skip weekends and the public holidays of the candidate's country").
 *
 * <p>Holidays come from jollyday and count on the day they are observed (US Independence Day 2026 falls
 * on a Saturday and is observed on Friday 3 July; GB Boxing Day 2026 on Monday 28 December). Regional
 * holidays (a US state's, a German Land's) are not counted: the member's country is all we know.
 *
 * <p>Calendars are cached per country and their holiday sets per year, so a property test planning
 * thousands of interviews reads each year's holidays once.
 */
public final class BusinessCalendar {

    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
    private static final Map<String, BusinessCalendar> CALENDARS = new ConcurrentHashMap<>();

    private final String country;
    private final HolidayManager holidays;
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    private BusinessCalendar(final String country, final HolidayManager holidays) {
        this.country = country;
        this.holidays = holidays;
    }

    /**
     * The calendar of an ISO 3166 alpha-2 country code ("US", "gb", "DE"...).
     *
     * @throws IllegalArgumentException naming the code when jollyday has no holidays for it
     */
    public static BusinessCalendar of(final String country) {
        final String code = normalise(country);
        if (!isSupportedCountry(code)) {
            throw new IllegalArgumentException("Unknown country code '" + country
                    + "': use an ISO 3166 two-letter code with known public holidays, e.g. US, GB or DE");
        }
        return CALENDARS.computeIfAbsent(code,
                known -> new BusinessCalendar(known, HolidayManager.getInstance(ManagerParameters.create(known))));
    }

    /** Whether {@link #of(String)} accepts this code; for configuration validation. */
    public static boolean isSupportedCountry(final String country) {
        final String code = normalise(country);
        return COUNTRY_CODE.matcher(code).matches() && HolidayManager.getSupportedCalendarCodes().contains(code);
    }

    private static String normalise(final String country) {
        return country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
    }

    public String country() {
        return country;
    }

    public boolean isWeekend(final LocalDate date) {
        final DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    public boolean isHoliday(final LocalDate date) {
        return holidaysOf(date.getYear()).contains(date);
    }

    public boolean isBusinessDay(final LocalDate date) {
        return !isWeekend(date) && !isHoliday(date);
    }

    /** The first business day strictly after {@code date}: "by Friday" gives Monday (or Tuesday after a holiday). */
    public LocalDate nextBusinessDayAfter(final LocalDate date) {
        return businessDayOnOrAfter(date.plusDays(1));
    }

    /** {@code date} itself when it is a business day, else the next one. */
    public LocalDate businessDayOnOrAfter(final LocalDate date) {
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The business day {@code count} business days after {@code date}; {@code count} 0 gives {@code date}. */
    public LocalDate addBusinessDays(final LocalDate date, final int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        LocalDate day = date;
        for (int added = 0; added < count; added++) {
            day = nextBusinessDayAfter(day);
        }
        return day;
    }

    private Set<LocalDate> holidaysOf(final int year) {
        return holidaysByYear.computeIfAbsent(year, this::loadHolidays);
    }

    /**
     * The days of {@code year} on which a holiday is observed. The neighbouring years are read too: a
     * holiday can be observed in the year before its own (New Year's Day 2028, a Saturday, is observed
     * in the US on Friday 31 December 2027).
     */
    private Set<LocalDate> loadHolidays(final int year) {
        final Set<LocalDate> dates = new HashSet<>();
        for (int holidayYear = year - 1; holidayYear <= year + 1; holidayYear++) {
            for (final Holiday holiday : holidays.getHolidays(Year.of(holidayYear))) {
                if (holiday.getDate().getYear() == year) {
                    dates.add(holiday.getDate());
                }
            }
        }
        return Set.copyOf(dates);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + country + "]";
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof BusinessCalendar calendar && calendar.country.equals(country);
    }

    @Override
    public int hashCode() {
        return Objects.hash(country);
    }
}
