package io.followupbot.policy;

import io.followupbot.policy.calendar.Closures;
import io.followupbot.policy.calendar.DayOff;
import io.followupbot.policy.calendar.HolidayCalendars;
import io.followupbot.policy.calendar.Place;
import io.followupbot.policy.calendar.PublicHolidays;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Business days where the member lives: Monday to Friday, less the public holidays of their place (a
 * country, or a region such as GB-SCT or DE-BY) and the community's closures (rules, section 1: "business
 * days skip weekends and the public holidays of the candidate's country").
 *
 * <p>Only public holidays count, never observances or bank-only days; see {@link PublicHolidays}. The
 * community may add days off or keep a holiday a business day ({@link Closures}, bot-config.yml).
 * Each calendar keeps its days off per year, so a property test planning thousands of interviews reads
 * each year's holidays once; {@link BusinessCalendars} keeps one calendar per place.
 */
public final class BusinessCalendar {

    private final PublicHolidays publicHolidays;
    private final Closures closures;
    private final Map<Integer, Map<LocalDate, String>> daysOffByYear = new ConcurrentHashMap<>();

    public BusinessCalendar(final PublicHolidays publicHolidays, final Closures closures) {
        this.publicHolidays = publicHolidays;
        this.closures = closures;
    }

    /** The calendar of a place with the given holidays and closures (tests bring their own). */
    public static BusinessCalendar of(final String place, final HolidayCalendars calendars) {
        final PublicHolidays holidays = Place.parse(place).flatMap(calendars::holidaysOf)
                .orElseThrow(() -> new IllegalArgumentException("Unknown place '" + place + "': "
                        + Place.HOW_TO_WRITE + " (one with known public holidays)"));
        return new BusinessCalendar(holidays, calendars.closures());
    }

    /** Whether {@link BusinessCalendars#of(String)} accepts this country or region code; for validating settings. */
    public static boolean isSupportedCountry(final String place) {
        return Place.parse(place).flatMap(PublicHolidays::of).isPresent();
    }

    /** The place's code as written in settings: {@code US}, {@code GB-SCT}. */
    public String country() {
        return publicHolidays.place().code();
    }

    public boolean isWeekend(final LocalDate date) {
        final DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    public boolean isHoliday(final LocalDate date) {
        return daysOffOf(date.getYear()).containsKey(date);
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

    /** Every day off of {@code year} (public holidays and closures, weekends included), in date order. */
    public List<DayOff> holidays(final int year) {
        return daysOffOf(year).entrySet().stream().map(day -> new DayOff(day.getKey(), day.getValue())).toList();
    }

    private Map<LocalDate, String> daysOffOf(final int year) {
        return daysOffByYear.computeIfAbsent(year, this::load);
    }

    private Map<LocalDate, String> load(final int year) {
        final Map<LocalDate, String> days = new TreeMap<>();
        for (final DayOff holiday : publicHolidays.in(year)) {
            if (!closures.ignores(holiday.date())) {
                days.put(holiday.date(), holiday.name());
            }
        }
        for (final DayOff closed : closures.closedIn(year)) {
            days.merge(closed.date(), closed.name(), (holiday, closure) -> holiday);
        }
        return java.util.Collections.unmodifiableMap(days);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + country() + "]";
    }
}
