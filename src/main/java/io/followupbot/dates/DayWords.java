package io.followupbot.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/** The day phrases that are fixed words rather than a pattern: "today", "EOW", "the week after next". */
final class DayWords {

    private DayWords() {
    }

    /** The day {@code phrase} names from {@code base}; empty when it is not one of the fixed words. */
    static Optional<LocalDate> resolve(final String phrase, final LocalDate base, final DatePhrases.Direction direction) {
        final LocalDate friday = DatePhrases.mondayOf(base).plusDays(4);
        return Optional.ofNullable(switch (phrase) {
            case "today", "now", "right now", "just now", "this time", "at this time", "earlier today", "later today", "end of day", "earlier",
                    "same day", "the same day" -> base;
            case "tomorrow", "end of day tomorrow", "the next day", "next day", "the day after", "day after" -> base.plusDays(1);
            case "the day after tomorrow", "day after tomorrow" -> base.plusDays(2);
            case "yesterday" -> base.minusDays(1);
            case "the day before yesterday", "day before yesterday" -> base.minusDays(2);
            case "end of month", "end of this month", "this month", "later this month", "late this month",
                    "later in the month" -> base.with(TemporalAdjusters.lastDayOfMonth());
            case "end of year", "end of this year", "this year", "later this year" -> base.with(TemporalAdjusters.lastDayOfYear());
            case "end of week", "this week", "later this week", "later in the week", "end of this week",
                    "this week sometime", "before the weekend", "by the weekend" ->
                    base.isAfter(friday) ? base : friday;
            case "the week after next", "week after next", "end of the week after next", "end of week after next",
                    "in the week after next" -> friday.plusWeeks(2);
            case "beginning of the week after next", "start of the week after next" -> friday.plusWeeks(2).minusDays(4);
            case "early the week after", "early the following week", "early in the week after", "early week after next",
                    "early the week after next" -> friday.plusWeeks(2).minusDays(3);
            case "this weekend", "the weekend", "over the weekend", "weekend", "at the weekend" ->
                    direction == DatePhrases.Direction.FORWARD ? base.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)) : null;
            case "next weekend" -> DatePhrases.mondayOf(base).plusWeeks(1).plusDays(6);
            default -> null;
        });
    }
}
