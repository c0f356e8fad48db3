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
 * The small grammar of day phrases that {@link LooseDateParser} understands, resolved against a base
 * day. It reads one normalised phrase (lower case, no filler words, no time of day) and either gives
 * the day, gives nothing (not a phrase it knows), or throws {@link UnreadableDate} when the phrase is
 * a date that cannot be ("2/30", "Friday 14 March 2026" when that is a Saturday).
 *
 * <p>Choices where people differ, documented here once:
 * <ul>
 *   <li>a bare weekday looks forward to the next one after the base day ("Friday" on a Friday is a week
 *       later) or, looking back, to the last one on or before it; "next Friday" is the Friday of next
 *       week (weeks start on Monday); "this Friday" is the one on or after the base day;</li>
 *   <li>"end of next week" and plain "next week" are that week's Friday; "early next week" its Tuesday,
 *       "mid next week" its Wednesday;</li>
 *   <li>"early next month" and plain "next month" are the 7th of next month (a week in, so the first
 *       check-in comes once "early" is over); "mid" is the 15th; "end of"/"late" the last day;</li>
 *   <li>a plain month name ("by April") is its 1st, "in April" its last day;</li>
 *   <li>"in 5 business days" skips weekends and the member's public holidays ({@link MemberPlace});</li>
 *   <li>numeric dates follow the member's order ({@link NumericOrder}); a number above 12 can only be the day;</li>
 *   <li>"next Friday" said early in a week has two readings: {@link Readings} asks rather than choose.</li>
 * </ul>
 */
final class DatePhrases {

    enum Direction { FORWARD, BACKWARD }

    static final String WEEKDAY = "(monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thu|friday|fri|saturday|sat|sunday|sun)";
    static final String MONTH = "(january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug"
            + "|september|sept|sep|october|oct|november|nov|december|dec)";
    private static final String NUMBER = "(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|a couple of|a couple|couple of|a few|few)";

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("a couple of", 2), Map.entry("a couple", 2), Map.entry("couple of", 2),
            Map.entry("a few", 3), Map.entry("few", 3));

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern SLASHED = Pattern.compile("(?:" + WEEKDAY + " )?(\\d{1,2})[/-](\\d{1,2})(?:[/-](\\d{4}|\\d{2}))?");
    private static final Pattern DOTTED = Pattern.compile("(?:" + WEEKDAY + " )?(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})?");
    private static final Pattern DAY_MONTH = Pattern.compile("(?:" + WEEKDAY + " )?(?:the )?(\\d{1,2}) (?:of )?" + MONTH + "(?: (\\d{4}))?");
    private static final Pattern MONTH_DAY = Pattern.compile("(?:" + WEEKDAY + " )?" + MONTH + " (?:the )?(\\d{1,2})(?: (\\d{4}))?");
    private static final Pattern DAY_OF_MONTH = Pattern.compile("the (\\d{1,2})");
    private static final Pattern PLAIN_WEEKDAY = Pattern.compile("(this |next |last |coming |this coming )?" + WEEKDAY);
    private static final Pattern WEEKDAY_NEXT_WEEK = Pattern.compile(WEEKDAY + " (next|this) week|(next|this) week (?:on )?" + WEEKDAY);
    private static final Pattern WEEK = Pattern.compile("(early |mid |late |later |end of |the end of |beginning of |start of )?(this|next) week");
    private static final Pattern MONTH_PART = Pattern.compile("(early |beginning of |start of |mid |middle of |late |end of )?(this|next) month");
    private static final Pattern NAMED_MONTH = Pattern.compile("(early |beginning of |start of |mid |middle of |late |end of |in )?"
            + MONTH + "(?: (\\d{4}))?");
    private static final Pattern RELATIVE = Pattern.compile("(in |within |after )?"
            + "(?:(\\d{1,3}|a|an|one|two|three|four|five|six) ?(?:-|to|or) ?)?" + NUMBER
            + " (business days?|working days?|days?|weeks?|months?)(?: from (?:now|today)| time| later| or so| out)?");
    private static final Pattern AGO = Pattern.compile(NUMBER + " (days?|weeks?|months?) ago");
    private static final Pattern FROM_DAY = Pattern.compile(NUMBER + " (days?|weeks?) (?:from|after) (?:this |next )?"
            + "(today|now|tomorrow|" + WEEKDAY.substring(1, WEEKDAY.length() - 1) + ")");
    private static final Pattern WEEKDAY_WEEK = Pattern.compile(WEEKDAY + " week");

    private final NumericOrder order;

    DatePhrases(final NumericOrder order) {
        this.order = order;
    }

    /** The day the phrase names, seen from {@code base}; empty when the phrase is not one the grammar knows. */
    Optional<LocalDate> resolve(final String phrase, final LocalDate base, final Direction direction,
            final MemberPlace place) {
        final Optional<LocalDate> word = DayWords.resolve(phrase, base, direction);
        return word.isPresent() ? word : grammar(phrase, base, direction, place);
    }

    /** Days by their number: ISO, numeric in the member's order, "14 March", "March 14th", "the 20th". */
    private Optional<LocalDate> grammar(final String phrase, final LocalDate base, final Direction direction,
            final MemberPlace place) {
        Matcher match = ISO.matcher(phrase);
        if (match.matches()) {
            return Optional.of(CalendarDays.date(number(match.group(1)), number(match.group(2)), number(match.group(3))));
        }
        match = SLASHED.matcher(phrase);
        if (match.matches()) {
            return Optional.of(CalendarDays.checkedWeekday(match.group(1),
                    numericDate(number(match.group(2)), number(match.group(3)), match.group(4), base, direction),
                    match.group(4) == null, direction));
        }
        match = DOTTED.matcher(phrase);
        if (match.matches()) {
            return Optional.of(CalendarDays.checkedWeekday(match.group(1),
                    CalendarDays.dayMonth(number(match.group(2)), number(match.group(3)), match.group(4), base, direction),
                    match.group(4) == null, direction));
        }
        match = DAY_MONTH.matcher(phrase);
        if (match.matches()) {
            return Optional.of(CalendarDays.checkedWeekday(match.group(1), CalendarDays.dayMonth(number(match.group(2)),
                    month(match.group(3)).getValue(), match.group(4), base, direction), match.group(4) == null, direction));
        }
        match = MONTH_DAY.matcher(phrase);
        if (match.matches()) {
            return Optional.of(CalendarDays.checkedWeekday(match.group(1), CalendarDays.dayMonth(number(match.group(3)),
                    month(match.group(2)).getValue(), match.group(4), base, direction), match.group(4) == null, direction));
        }
        match = DAY_OF_MONTH.matcher(phrase);
        if (match.matches()) {
            return Optional.of(CalendarDays.dayOfMonth(number(match.group(1)), base, direction));
        }
        return weeksAndSpans(phrase, base, direction, place);
    }

    /** Weekdays, weeks, months and spans: "next Friday", "end of next week", "in a week or two", "a week from Monday". */
    private static Optional<LocalDate> weeksAndSpans(final String phrase, final LocalDate base, final Direction direction,
            final MemberPlace place) {
        Matcher match = PLAIN_WEEKDAY.matcher(phrase);
        if (match.matches()) {
            return Optional.of(weekday(match.group(1) == null ? "" : match.group(1).strip(), weekday(match.group(2)), base, direction));
        }
        match = WEEKDAY_NEXT_WEEK.matcher(phrase);
        if (match.matches()) {
            final boolean dayFirst = match.group(1) != null;
            final String which = dayFirst ? match.group(2) : match.group(3);
            final LocalDate monday = mondayOf(base).plusWeeks("next".equals(which) ? 1 : 0);
            return Optional.of(monday.with(TemporalAdjusters.nextOrSame(weekday(dayFirst ? match.group(1) : match.group(4)))));
        }
        match = WEEK.matcher(phrase);
        if (match.matches()) {
            final LocalDate monday = mondayOf(base).plusWeeks("next".equals(match.group(2)) ? 1 : 0);
            final String part = match.group(1) == null ? "" : match.group(1).strip();
            return Optional.of(switch (part) {
                case "beginning of", "start of" -> monday;
                case "early" -> monday.plusDays(1);
                case "mid" -> monday.plusDays(2);
                default -> monday.plusDays(4);
            });
        }
        match = MONTH_PART.matcher(phrase);
        if (match.matches()) {
            final LocalDate first = base.withDayOfMonth(1).plusMonths("next".equals(match.group(2)) ? 1 : 0);
            final String part = match.group(1) == null ? ("next".equals(match.group(2)) ? "early" : "end of") : match.group(1).strip();
            return Optional.of(partOfMonth(part, first));
        }
        match = NAMED_MONTH.matcher(phrase);
        if (match.matches()) {
            return Optional.of(namedMonth(match.group(1) == null ? "" : match.group(1).strip(), month(match.group(2)),
                    match.group(3), base, direction));
        }
        match = RELATIVE.matcher(phrase);
        if (match.matches() && (match.group(1) != null || direction == Direction.FORWARD)) {
            return Optional.of(relative(base, amount(match.group(3)), match.group(4), place));
        }
        match = FROM_DAY.matcher(phrase);
        if (match.matches()) {
            final LocalDate from = switch (match.group(3)) {
                case "today", "now" -> base;
                case "tomorrow" -> base.plusDays(1);
                default -> base.with(TemporalAdjusters.next(weekday(match.group(3))));
            };
            return Optional.of(relative(from, amount(match.group(1)), match.group(2), place));
        }
        match = WEEKDAY_WEEK.matcher(phrase);
        if (match.matches()) {
            return Optional.of(base.with(TemporalAdjusters.next(weekday(match.group(1)))).plusWeeks(1));
        }
        match = AGO.matcher(phrase);
        if (match.matches()) {
            final int amount = amount(match.group(1));
            return Optional.of(match.group(2).startsWith("week") ? base.minusWeeks(amount)
                    : match.group(2).startsWith("month") ? base.minusMonths(amount) : base.minusDays(amount));
        }
        return Optional.empty();
    }

    private LocalDate numericDate(final int first, final int second, final String year, final LocalDate base,
            final Direction direction) {
        final boolean dayFirst = order == NumericOrder.DAY_FIRST ? second <= 12 || first > 12 : first > 12 && second <= 12;
        return dayFirst ? CalendarDays.dayMonth(first, second, year, base, direction)
                : CalendarDays.dayMonth(second, first, year, base, direction);
    }

    private static LocalDate weekday(final String qualifier, final DayOfWeek day, final LocalDate base,
            final Direction direction) {
        return switch (qualifier) {
            case "next" -> mondayOf(base).plusWeeks(1).with(TemporalAdjusters.nextOrSame(day));
            case "this", "this coming" -> base.with(TemporalAdjusters.nextOrSame(day));
            case "coming" -> base.with(TemporalAdjusters.next(day));
            case "last" -> base.with(TemporalAdjusters.previous(day));
            default -> direction == Direction.FORWARD
                    ? base.with(TemporalAdjusters.next(day))
                    : base.with(TemporalAdjusters.previousOrSame(day));
        };
    }

    private static LocalDate namedMonth(final String part, final Month month, final String year, final LocalDate base,
            final Direction direction) {
        final LocalDate first;
        if (year != null) {
            first = LocalDate.of(number(year), month, 1);
        } else {
            final LocalDate thisYear = LocalDate.of(base.getYear(), month, 1);
            final boolean over = thisYear.with(TemporalAdjusters.lastDayOfMonth()).isBefore(base);
            first = direction == Direction.FORWARD && over ? thisYear.plusYears(1) : thisYear;
        }
        return switch (part) {
            case "" -> first;
            case "in" -> first.with(TemporalAdjusters.lastDayOfMonth());
            default -> partOfMonth(part, first);
        };
    }

    private static LocalDate partOfMonth(final String part, final LocalDate first) {
        return switch (part) {
            case "early", "beginning of", "start of" -> first.withDayOfMonth(7);
            case "mid", "middle of" -> first.withDayOfMonth(15);
            default -> first.with(TemporalAdjusters.lastDayOfMonth());
        };
    }

    private static LocalDate relative(final LocalDate base, final int amount, final String unit, final MemberPlace place) {
        if (unit.startsWith("business") || unit.startsWith("working")) {
            return place.workingDaysAfter(base, amount);
        }
        if (unit.startsWith("week")) {
            return base.plusWeeks(amount);
        }
        return unit.startsWith("month") ? base.plusMonths(amount) : base.plusDays(amount);
    }

    private static int amount(final String text) {
        final Integer word = NUMBER_WORDS.get(text);
        return word != null ? word : number(text);
    }

    private static int number(final String digits) {
        return Integer.parseInt(digits);
    }

    static LocalDate mondayOf(final LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static DayOfWeek weekday(final String text) {
        for (final DayOfWeek day : DayOfWeek.values()) {
            if (day.name().toLowerCase(Locale.ROOT).startsWith(text.substring(0, 3))) {
                return day;
            }
        }
        throw new IllegalArgumentException("not a weekday: " + text);
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
