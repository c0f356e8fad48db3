package io.followupbot.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days placed inside a month, a quarter or a financial year: "the first Monday of October", "last Friday in
 * October", "the last day of October", "the 20th of next month", "third week of May" (its Friday, as "next
 * week" is), "first week of next month", "end of Q3", "the end of the financial year" (in the member's
 * country: 30 June in Australia, 31 March in the UK, India, Japan, Canada and New Zealand; asked where it
 * varies, as in the US). Quarters, halves and calendar weeks are in {@link PeriodDays}.
 */
final class MonthDays {

    private static final String MONTH = "(january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug"
            + "|september|sept|sep|october|oct|november|nov|december|dec)";
    private static final String WHICH = "(\\d|first|second|third|fourth|fifth|last)";
    private static final String IN_MONTH = "(?:of|in) (?:" + MONTH + "(?: (\\d{4}))?|(this|next|last) month|the month)";
    private static final Pattern NTH_WEEKDAY = Pattern.compile("(?:the )?" + WHICH + " " + DatePhrases.WEEKDAY + " " + IN_MONTH);
    private static final Pattern NTH_WEEK = Pattern.compile("(?:the )?" + WHICH + " week " + IN_MONTH);
    private static final Pattern LAST_DAY = Pattern.compile("(?:the )?last day " + IN_MONTH);
    private static final Pattern DAY_OF = Pattern.compile("(?:the )?(\\d{1,2}) of (this|next|last|the) month");
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(?:end of )?(?:the )?(?:this )?(?:financial|fiscal) year(?: end)?"
            + "|(?:fy|fiscal year|financial year)[ -]?end|end of (?:the )?fy");
    private static final Map<String, Month> YEAR_ENDS = Map.of("AU", Month.JUNE, "GB", Month.MARCH, "IN", Month.MARCH,
            "JP", Month.MARCH, "CA", Month.MARCH, "NZ", Month.MARCH, "HK", Month.MARCH,
            "SG", Month.MARCH, "ZA", Month.FEBRUARY);

    private MonthDays() {
    }

    /** The day {@code phrase} names from {@code base}, or empty when it is not a day inside a month or quarter. */
    static Optional<LocalDate> resolve(final String phrase, final LocalDate base, final DatePhrases.Direction direction,
            final MemberPlace place) {
        final Matcher nthWeekday = NTH_WEEKDAY.matcher(phrase);
        if (nthWeekday.matches()) {
            final DayOfWeek day = DatePhrases.weekday(nthWeekday.group(2));
            return Optional.of(inMonth(nthWeekday, 3, base, direction, first -> nth(first, day, nthWeekday.group(1))));
        }
        final Matcher week = NTH_WEEK.matcher(phrase);
        if (week.matches()) {
            final LocalDate first = inMonth(week, 2, base, direction, day -> day);
            return Optional.of(PeriodDays.weekOfMonth(first, week.group(1)));
        }
        Matcher match = LAST_DAY.matcher(phrase);
        if (match.matches()) {
            return Optional.of(inMonth(match, 1, base, direction, first -> first.with(TemporalAdjusters.lastDayOfMonth())));
        }
        match = DAY_OF.matcher(phrase);
        if (match.matches() && match.group(2).equals("the")) {
            return Optional.of(CalendarDays.dayOfMonth(Integer.parseInt(match.group(1)), base, direction));
        }
        if (match.matches()) {
            final LocalDate first = relativeMonth(match.group(2), base);
            final int day = Integer.parseInt(match.group(1));
            return Optional.of(CalendarDays.date(first.getYear(), first.getMonthValue(), day));
        }
        if (FINANCIAL_YEAR.matcher(phrase).matches()) {
            return Optional.of(financialYearEnd(base, place));
        }
        return PeriodDays.resolve(phrase, base);
    }

    private static LocalDate financialYearEnd(final LocalDate base, final MemberPlace place) {
        final String country = place.country() == null ? "" : place.country().strip().toUpperCase(Locale.ROOT);
        final Month last = YEAR_ENDS.get(country.length() >= 2 ? country.substring(0, 2) : "");
        if (last == null) {
            throw new DoubtfulDate(new Readings.Doubt("Financial years end on different days here. When does theirs end?",
                    java.util.List.of()));
        }
        final LocalDate end = LocalDate.of(base.getYear(), last, 1).with(TemporalAdjusters.lastDayOfMonth());
        return end.isBefore(base) ? end.plusYears(1).with(TemporalAdjusters.lastDayOfMonth()) : end;
    }

    private static LocalDate inMonth(final Matcher match, final int group, final LocalDate base,
            final DatePhrases.Direction direction, final java.util.function.UnaryOperator<LocalDate> within) {
        if (match.group(group + 2) != null || match.group(group) == null) {
            return within.apply(relativeMonth(match.group(group + 2) == null ? "this" : match.group(group + 2), base));
        }
        final Month month = month(match.group(group));
        if (match.group(group + 1) != null) {
            return within.apply(LocalDate.of(Integer.parseInt(match.group(group + 1)), month, 1));
        }
        final LocalDate thisYear = within.apply(LocalDate.of(base.getYear(), month, 1));
        if (direction == DatePhrases.Direction.FORWARD && thisYear.isBefore(base)) {
            return within.apply(LocalDate.of(base.getYear() + 1, month, 1));
        }
        if (direction == DatePhrases.Direction.BACKWARD && thisYear.isAfter(base)) {
            return within.apply(LocalDate.of(base.getYear() - 1, month, 1));
        }
        return thisYear;
    }

    private static LocalDate relativeMonth(final String which, final LocalDate base) {
        final LocalDate first = base.withDayOfMonth(1);
        return switch (which) {
            case "next" -> first.plusMonths(1);
            case "last" -> first.minusMonths(1);
            default -> first;
        };
    }

    private static LocalDate nth(final LocalDate first, final DayOfWeek day, final String which) {
        if (which.equals("last")) {
            return first.with(TemporalAdjusters.lastInMonth(day));
        }
        final int count = which.length() == 1 ? Integer.parseInt(which) : DayForms.ordinal(which);
        final LocalDate found = first.with(TemporalAdjusters.dayOfWeekInMonth(count, day));
        if (found.getMonth() != first.getMonth()) {
            throw new UnreadableDate("That month has no " + which + " " + Words.weekday(day)
                    + ". Write the day, e.g. \"the last " + Words.weekday(day) + " of the month\".");
        }
        return found;
    }

    private static Month month(final String text) {
        for (final Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(text.substring(0, 3))) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + text);
    }
}
