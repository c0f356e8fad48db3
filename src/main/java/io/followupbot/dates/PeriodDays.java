package io.followupbot.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last day of a period named by number: "end of Q3" (30 September), "this quarter" and "next quarter"
 * (their last day), "end of H1" (30 June), "CW 12" (the Friday of ISO week 12, as German offices count), and
 * "the third week of May" (its Friday, asked about when the month does not start on a Monday, as weeks
 * are then counted two ways).
 */
final class PeriodDays {

    private static final Pattern QUARTER = Pattern.compile("(end of |start of |beginning of |in )?(?:the )?"
            + "(?:q([1-4])|(first|second|third|fourth|1|2|3|4) quarter)(?: (\\d{4}))?");
    private static final Pattern THIS_QUARTER = Pattern.compile("(?:end of )?(?:the )?(this |next |current )?quarter(?:'s end| end)?");
    private static final Pattern HALF = Pattern.compile("(?:end of |in )?(?:the )?(?:h([12])|(first|second) half(?: of the year)?)");
    private static final Pattern CALENDAR_WEEK = Pattern.compile("(?:end of )?(?:cw|kw|calendar week) ?(\\d{1,2})");

    private PeriodDays() {
    }

    /** The day {@code phrase} names, looking forward from {@code base}; empty when it names no such period. */
    static Optional<LocalDate> resolve(final String phrase, final LocalDate base) {
        Matcher match = QUARTER.matcher(phrase);
        if (match.matches()) {
            final String number = match.group(2) != null ? match.group(2) : match.group(3);
            final int quarter = number.length() == 1 ? Integer.parseInt(number) : DayForms.ordinal(number);
            final boolean start = match.group(1) != null && !match.group(1).startsWith("end") && !match.group(1).startsWith("in");
            final int year = match.group(4) != null ? Integer.parseInt(match.group(4))
                    : quarterEnd(base.getYear(), quarter).isBefore(base) ? base.getYear() + 1 : base.getYear();
            final LocalDate end = quarterEnd(year, quarter);
            return Optional.of(start ? end.minusMonths(2).withDayOfMonth(1) : end);
        }
        match = THIS_QUARTER.matcher(phrase);
        if (match.matches()) {
            final int quarter = (base.getMonthValue() - 1) / 3 + 1;
            final LocalDate end = quarterEnd(base.getYear(), quarter);
            if ("next ".equals(match.group(1))) {
                return Optional.of(end.plusDays(1).plusMonths(2).with(TemporalAdjusters.lastDayOfMonth()));
            }
            if (end.equals(base) && match.group(1) == null) {
                throw new DoubtfulDate(new Readings.Doubt("This quarter ends today. Which do you mean:",
                        List.of(end, end.plusDays(1).plusMonths(2).with(TemporalAdjusters.lastDayOfMonth()))));
            }
            return Optional.of(end);
        }
        match = HALF.matcher(phrase);
        if (match.matches()) {
            final boolean first = "1".equals(match.group(1)) || "first".equals(match.group(2));
            final LocalDate end = LocalDate.of(base.getYear(), first ? 6 : 12, first ? 30 : 31);
            return Optional.of(end.isBefore(base) ? end.plusYears(1) : end);
        }
        match = CALENDAR_WEEK.matcher(phrase);
        if (match.matches()) {
            final int week = Integer.parseInt(match.group(1));
            LocalDate day = base.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Math.min(week, 52)).with(DayOfWeek.FRIDAY);
            if (day.isBefore(base)) {
                day = day.plusYears(1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Math.min(week, 52)).with(DayOfWeek.FRIDAY);
            }
            return Optional.of(day);
        }
        return Optional.empty();
    }

    /** "the third week of May": its Friday; weeks counted from the 1st and from the first Monday can differ. */
    static LocalDate weekOfMonth(final LocalDate first, final String which) {
        final LocalDate lastDay = first.with(TemporalAdjusters.lastDayOfMonth());
        if (which.equals("last")) {
            final LocalDate friday = DatePhrases.mondayOf(lastDay).plusDays(4);
            return friday.isAfter(lastDay) ? lastDay.getDayOfWeek().getValue() <= 5 ? lastDay : friday.minusWeeks(1) : friday;
        }
        final int count = which.length() == 1 ? Integer.parseInt(which) : DayForms.ordinal(which);
        final LocalDate fromFirst = DatePhrases.mondayOf(first).plusDays(4).plusWeeks(count - 1L);
        final LocalDate fromMonday = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)).plusDays(4).plusWeeks(count - 1L);
        if (fromFirst.isBefore(first) || fromFirst.equals(fromMonday)) {
            return fromMonday;
        }
        throw new DoubtfulDate(new Readings.Doubt("Weeks of a month are counted two ways. Which do you mean:",
                List.of(fromFirst, fromMonday)));
    }

    private static LocalDate quarterEnd(final int year, final int quarter) {
        return LocalDate.of(year, quarter * 3, 1).with(TemporalAdjusters.lastDayOfMonth());
    }
}
