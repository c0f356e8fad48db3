package io.followupbot.dates;

import io.followupbot.policy.calendar.DayOff;
import io.followupbot.policy.calendar.HolidayCalendars;
import io.followupbot.policy.calendar.Place;
import io.followupbot.policy.calendar.PublicHolidays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where the member lives, for the days a phrase names by the calendar: their public holidays (through the
 * calendar the plan uses, {@link HolidayCalendars}) for "5 business days" and "before Memorial Day".
 *
 * @param country the member's country or region as set ("US", "GB-SCT"); blank when not known
 */
record MemberPlace(String country, HolidayCalendars calendars) {

    /** The member's public holidays, when the place is known to the calendar. */
    Optional<PublicHolidays> holidays() {
        return Place.parse(country == null ? "" : country).flatMap(calendars::holidaysOf);
    }

    /** The public holidays observed in {@code year}; empty when the place is not known. */
    List<DayOff> holidaysIn(final int year) {
        return holidays().map(days -> days.in(year)).orElse(List.of());
    }

    /** Whether {@code day} is a working day here: not a weekend, not a public holiday. */
    boolean isWorkingDay(final LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        return holidaysIn(day.getYear()).stream().noneMatch(off -> off.date().equals(day));
    }

    /** {@code count} working days after {@code base}: from Thursday 31 December 2026, 5 skip New Year's Day. */
    LocalDate workingDaysAfter(final LocalDate base, final int count) {
        LocalDate day = base;
        for (int added = 0; added < count; added++) {
            day = day.plusDays(1);
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
        }
        return day;
    }

    /** The last working day before {@code day}: before Memorial Day 2026 (Monday 25 May) is Friday 22 May. */
    LocalDate workingDayBefore(final LocalDate day) {
        LocalDate before = day.minusDays(1);
        while (!isWorkingDay(before)) {
            before = before.minusDays(1);
        }
        return before;
    }

    /** The place in words, for a question: "US", or "your place" when it is not set. */
    String inWords() {
        return country == null || country.isBlank() ? "your place" : country.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
