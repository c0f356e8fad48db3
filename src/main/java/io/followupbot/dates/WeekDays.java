package io.followupbot.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weekdays placed by weeks and by other days: "last week Monday", "three weeks ago Friday", "3 Fridays from
 * now", "2 Thursdays ago", "Monday the 16th" (asked about when the 16th is not a Monday), and any day phrase
 * moved by days or to a weekday: "the Monday after Easter", "three days after Christmas", "2 days before the
 * 15th".
 */
final class WeekDays {

    private static final String WEEKDAY = DatePhrases.WEEKDAY;
    private static final String COUNT = "(\\d{1,2}|an?|one|two|three|four|five|six|a couple of|couple of|a few)";
    private static final Pattern LAST_WEEK = Pattern.compile("last week (?:on )?" + WEEKDAY);
    private static final Pattern WEEKS_AGO = Pattern.compile(COUNT + " weeks? ago (?:on )?" + WEEKDAY + "|(?:on )?" + WEEKDAY
            + " " + COUNT + " weeks? ago");
    private static final Pattern COUNTED = Pattern.compile(COUNT + " " + WEEKDAY + "s? (from now|from today|ahead|ago|back)");
    private static final Pattern WITH_ORDINAL = Pattern.compile(WEEKDAY + " (?:the )?(\\d{1,2})");
    private static final Pattern MOVED = Pattern.compile("(?:(?:the )?(?:" + COUNT + " (days?|weeks?|business days?|working days?)"
            + "|(?:the )?(?:first )?" + WEEKDAY + ") (after|before|following|from) (.+))");

    private WeekDays() {
    }

    /** The day {@code phrase} names from {@code base}; {@code inner} reads the day phrase another is placed by. */
    static Optional<LocalDate> resolve(final String phrase, final LocalDate base, final DatePhrases.Direction direction,
            final Function<String, Optional<LocalDate>> inner, final MemberPlace place) {
        final LocalDate monday = DatePhrases.mondayOf(base);
        Matcher match = LAST_WEEK.matcher(phrase);
        if (match.matches()) {
            return Optional.of(monday.minusWeeks(1).with(TemporalAdjusters.nextOrSame(DatePhrases.weekday(match.group(1)))));
        }
        match = WEEKS_AGO.matcher(phrase);
        if (match.matches()) {
            final boolean countFirst = match.group(1) != null;
            final int weeks = amount(countFirst ? match.group(1) : match.group(4));
            final DayOfWeek day = DatePhrases.weekday(countFirst ? match.group(2) : match.group(3));
            return Optional.of(monday.minusWeeks(weeks).with(TemporalAdjusters.nextOrSame(day)));
        }
        match = COUNTED.matcher(phrase);
        if (match.matches()) {
            final int count = amount(match.group(1));
            final DayOfWeek day = DatePhrases.weekday(match.group(2));
            final boolean back = match.group(3).equals("ago") || match.group(3).equals("back");
            return Optional.of(back ? base.with(TemporalAdjusters.previous(day)).minusWeeks(count - 1L)
                    : base.with(TemporalAdjusters.next(day)).plusWeeks(count - 1L));
        }
        match = WITH_ORDINAL.matcher(phrase);
        if (match.matches()) {
            return Optional.of(withOrdinal(DatePhrases.weekday(match.group(1)), Integer.parseInt(match.group(2)), base, direction));
        }
        final Matcher moved = MOVED.matcher(phrase);
        if (moved.matches()) {
            return inner.apply(moved.group(5)).map(from -> moved(moved, from, place));
        }
        return Optional.empty();
    }

    /** "Monday the 16th": the 16th, when it is a Monday; otherwise a question offering the 16th and that Monday. */
    private static LocalDate withOrdinal(final DayOfWeek weekday, final int dayOfMonth, final LocalDate base,
            final DatePhrases.Direction direction) {
        final LocalDate date = CalendarDays.dayOfMonth(dayOfMonth, base, direction);
        if (date.getDayOfWeek() == weekday) {
            return date;
        }
        throw contradiction(weekday, date);
    }

    /** A question for a weekday that does not match its date: the date itself, or that weekday in its week. */
    static DoubtfulDate contradiction(final DayOfWeek weekday, final LocalDate date) {
        final LocalDate sameWeek = DatePhrases.mondayOf(date).with(TemporalAdjusters.nextOrSame(weekday));
        return new DoubtfulDate(new Readings.Doubt(Words.day(date) + " is a " + Words.weekday(date.getDayOfWeek())
                + ", not a " + Words.weekday(weekday) + ". Which do you mean:", List.of(date, sameWeek)));
    }

    private static LocalDate moved(final Matcher match, final LocalDate from, final MemberPlace place) {
        final boolean after = !match.group(4).equals("before");
        if (match.group(3) != null) {
            final DayOfWeek day = DatePhrases.weekday(match.group(3));
            return after ? from.with(TemporalAdjusters.next(day)) : from.with(TemporalAdjusters.previous(day));
        }
        final int count = amount(match.group(1));
        final String unit = match.group(2);
        if (unit.startsWith("business") || unit.startsWith("working")) {
            return after ? place.workingDaysAfter(from, count) : workingDaysBefore(from, count, place);
        }
        final int days = unit.startsWith("week") ? count * 7 : count;
        return after ? from.plusDays(days) : from.minusDays(days);
    }

    private static LocalDate workingDaysBefore(final LocalDate from, final int count, final MemberPlace place) {
        LocalDate day = from;
        for (int taken = 0; taken < count; taken++) {
            day = day.minusDays(1);
            while (!place.isWorkingDay(day)) {
                day = day.minusDays(1);
            }
        }
        return day;
    }

    static int amount(final String text) {
        return switch (text) {
            case "a", "an", "one" -> 1;
            case "two", "a couple of", "couple of" -> 2;
            case "three", "a few" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            default -> Integer.parseInt(text);
        };
    }
}
