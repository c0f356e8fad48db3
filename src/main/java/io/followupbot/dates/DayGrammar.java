package io.followupbot.dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The day phrases, in the order they are tried: fixed words and dates by number ({@link DatePhrases}), days
 * inside a month or quarter ({@link MonthDays}), weekdays placed by weeks or by other days ({@link WeekDays},
 * which reads its inner day phrase with this same grammar) and holidays by name ({@link NamedDays}).
 */
final class DayGrammar {

    private static final java.util.regex.Pattern AROUND = java.util.regex.Pattern.compile(
            "(just before|(?:right |just |straight |the day )?after) (?:the )?(.+)");

    private final DatePhrases dayFirst = new DatePhrases(NumericOrder.DAY_FIRST);
    private final DatePhrases monthFirst = new DatePhrases(NumericOrder.MONTH_FIRST);

    /**
     * The day {@code phrase} names from {@code base}; empty when no rule reads it. Around a holiday, "before"
     * and "after" mean the working days next to it ("before Memorial Day" is the Friday before, "after
     * Christmas" the first working day after Boxing Day in the UK); before any other day, the day itself.
     */
    Optional<LocalDate> resolve(final String phrase, final LocalDate base, final DatePhrases.Direction direction,
            final NumericOrder order, final MemberPlace place) {
        final java.util.regex.Matcher around = AROUND.matcher(phrase);
        if (around.matches() && !around.group(2).matches("(\\d+|an?|one|two|three|four|five|a few|a couple of) "
                + "(days?|weeks?|months?|hours?|business days?|working days?)( .*)?")) {
            final boolean before = around.group(1).endsWith("before");
            final List<LocalDate> holidays = NamedDays.candidates(around.group(2), base, direction, place);
            final List<LocalDate> days = holidays.isEmpty()
                    ? read(around.group(2), base, direction, order, place).stream().toList() : holidays;
            final List<LocalDate> next = days.stream().map(day -> before
                    ? place.isWorkingDay(day) && holidays.isEmpty() ? day : place.workingDayBefore(day)
                    : place.workingDaysAfter(day, 1)).distinct().toList();
            if (next.size() > 1) {
                throw new DoubtfulDate(new Readings.Doubt("Which do you mean:", next));
            }
            if (!next.isEmpty()) {
                return Optional.of(next.get(0));
            }
            if (around.group(2).matches("[a-z' ]+")) {
                // a day by a name the member's calendar does not know ("after Diwali" in a place without it)
                throw new DoubtfulDate(new Readings.Doubt("I don't know the day of \"" + around.group(2) + "\" where you live."
                        + " Which day is it?", List.of()));
            }
        }
        return read(phrase, base, direction, order, place);
    }

    private Optional<LocalDate> read(final String phrase, final LocalDate base, final DatePhrases.Direction direction,
            final NumericOrder order, final MemberPlace place) {
        final Optional<LocalDate> known = (order == NumericOrder.DAY_FIRST ? dayFirst : monthFirst)
                .resolve(phrase, base, direction, place);
        if (known.isPresent()) {
            return known;
        }
        final Optional<LocalDate> inMonth = MonthDays.resolve(phrase, base, direction, place);
        if (inMonth.isPresent()) {
            return inMonth;
        }
        final Optional<LocalDate> byWeek = WeekDays.resolve(phrase, base, direction,
                inner -> resolve(PhraseText.stripFillers(inner), base, direction, order, place), place);
        return byWeek.isPresent() ? byWeek : NamedDays.resolve(phrase, base, direction, place);
    }
}
