package io.followupbot.dates;

import io.followupbot.dates.DatePhrases.Direction;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Days named by their number and month ("14 March", "14/3", "the 20th"): the year they fall in, seen from a
 * base day, and the refusal of days that cannot be ("30 February", "Friday 14 March 2026" on a Saturday).
 */
final class CalendarDays {

    /** How far back a day without a year may lie and still be read as this year's, looking forward. */
    private static final long RECENT_DAYS = 60;

    private CalendarDays() {
    }

    static LocalDate dayMonth(final int day, final int month, final String year, final LocalDate base,
            final Direction direction) {
        if (year != null) {
            final int fullYear = year.length() == 2 ? 2000 + Integer.parseInt(year) : Integer.parseInt(year);
            return date(fullYear, month, day);
        }
        final MonthDay monthDay = monthDay(month, day);
        return inNearestYear(monthDay, base, direction);
    }

    /**
     * Forward: the first such day on or after {@code base}, except that a day of the last two months stays
     * in this year, so "3/2" typed on 10 March is refused as past rather than read as next March. Backward: the one
     * nearest to {@code base}, either side.
     */
    static LocalDate inNearestYear(final MonthDay monthDay, final LocalDate base, final Direction direction) {
        final LocalDate thisYear = atYear(monthDay, base.getYear());
        if (direction == Direction.FORWARD) {
            final boolean recentlyPast = thisYear.isBefore(base) && ChronoUnit.DAYS.between(thisYear, base) <= RECENT_DAYS;
            return thisYear.isBefore(base) && !recentlyPast ? atYear(monthDay, base.getYear() + 1) : thisYear;
        }
        LocalDate nearest = thisYear;
        for (final int year : new int[] {base.getYear() - 1, base.getYear() + 1}) {
            final LocalDate candidate = atYear(monthDay, year);
            if (Math.abs(ChronoUnit.DAYS.between(base, candidate)) < Math.abs(ChronoUnit.DAYS.between(base, nearest))) {
                nearest = candidate;
            }
        }
        return nearest;
    }

    static LocalDate atYear(final MonthDay monthDay, final int year) {
        if (!monthDay.isValidYear(year)) {
            throw new UnreadableDate("There is no 29 February in " + year + ". Write the date with its year, e.g. \"2028-02-29\".");
        }
        return monthDay.atYear(year);
    }

    static LocalDate dayOfMonth(final int day, final LocalDate base, final Direction direction) {
        if (day < 1 || day > 31) {
            throw new UnreadableDate("There is no " + day + ordinal(day) + " of a month.");
        }
        LocalDate month = base.withDayOfMonth(1);
        for (int step = 0; step < 13; step++) {
            if (day <= month.lengthOfMonth()) {
                final LocalDate candidate = month.withDayOfMonth(day);
                if (direction == Direction.FORWARD ? !candidate.isBefore(base) : !candidate.isAfter(base)) {
                    return candidate;
                }
            }
            month = month.plusMonths(direction == Direction.FORWARD ? 1 : -1);
        }
        throw new UnreadableDate("There is no " + day + ordinal(day) + " of a month.");
    }

    /**
     * {@code date}, when it falls on {@code weekday} (or no weekday was written). A date written without its year
     * takes the neighbouring year where the weekday fits ("Fri, Sep 20" said in February 2013 is 2013's, looking
     * back or forward); otherwise the phrase contradicts itself and the member is asked which day they mean.
     */
    static LocalDate checkedWeekday(final String weekday, final LocalDate date, final boolean yearless,
            final Direction direction) {
        if (weekday == null || DatePhrases.weekday(weekday) == date.getDayOfWeek()) {
            return date;
        }
        final java.time.DayOfWeek wanted = DatePhrases.weekday(weekday);
        if (yearless) {
            for (final LocalDate other : direction == Direction.FORWARD ? List.of(date.plusYears(1))
                    : List.of(date.plusYears(1), date.minusYears(1))) {
                if (other.getDayOfWeek() == wanted && other.getDayOfMonth() == date.getDayOfMonth()) {
                    return other;
                }
            }
        }
        throw WeekDays.contradiction(wanted, date);
    }

    static LocalDate date(final int year, final int month, final int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (final DateTimeException impossible) {
            throw impossibleDate(month, day);
        }
    }

    static MonthDay monthDay(final int month, final int day) {
        try {
            return MonthDay.of(month, day);
        } catch (final DateTimeException impossible) {
            throw impossibleDate(month, day);
        }
    }

    static UnreadableDate impossibleDate(final int month, final int day) {
        final String monthName = month >= 1 && month <= 12
                ? Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) : "month " + month;
        return new UnreadableDate("There is no " + day + " " + monthName
                + ". Write the date as \"14 March\" or as \"2026-03-14\".");
    }

    static String ordinal(final int day) {
        if (day % 100 >= 11 && day % 100 <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
