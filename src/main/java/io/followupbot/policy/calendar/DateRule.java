package io.followupbot.policy.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which days a holiday data row or a community closure covers: one date ({@code 2026-05-06}), the same
 * day every year ({@code 12-24}) or a span of dates ({@code 2026-12-21..2027-01-01}, both ends included).
 */
public sealed interface DateRule {

    /** How to write one, for messages that refuse one. */
    String HOW_TO_WRITE = "write a date (2026-12-24), a day every year (12-24) or a span (2026-12-21..2027-01-01)";

    /** The days of {@code year} this rule covers, in order. */
    List<LocalDate> daysIn(int year);

    /** Whether the rule covers {@code date}. */
    default boolean covers(final LocalDate date) {
        return daysIn(date.getYear()).contains(date);
    }

    /** The rule written in {@code text}, if it is written like one and names real days. */
    static Optional<DateRule> parse(final String text) {
        final String rule = text == null ? "" : text.strip();
        try {
            final Matcher span = Patterns.SPAN.matcher(rule);
            if (span.matches()) {
                final LocalDate first = LocalDate.parse(span.group(1));
                final LocalDate last = LocalDate.parse(span.group(2));
                return last.isBefore(first) || first.plusYears(1).isBefore(last)
                        ? Optional.empty() : Optional.of(new Span(first, last));
            }
            if (Patterns.DATE.matcher(rule).matches()) {
                final LocalDate date = LocalDate.parse(rule);
                return Optional.of(new Span(date, date));
            }
            if (Patterns.EVERY_YEAR.matcher(rule).matches()) {
                return Optional.of(new EveryYear(MonthDay.parse("--" + rule)));
            }
        } catch (final DateTimeException notADay) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Whatever day the holiday a data row removes falls on; it names no day itself. */
    record AnyDay() implements DateRule {
        @Override
        public List<LocalDate> daysIn(final int year) {
            return List.of();
        }

        @Override
        public boolean covers(final LocalDate date) {
            return true;
        }
    }

    /** The same day every year; 29 February only in leap years. */
    record EveryYear(MonthDay day) implements DateRule {
        @Override
        public List<LocalDate> daysIn(final int year) {
            return day.isValidYear(year) ? List.of(day.atYear(year)) : List.of();
        }
    }

    /** The dates from {@code first} to {@code last}, both included (at most a year and a day). */
    record Span(LocalDate first, LocalDate last) implements DateRule {
        @Override
        public List<LocalDate> daysIn(final int year) {
            final List<LocalDate> days = new ArrayList<>();
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                if (day.getYear() == year) {
                    days.add(day);
                }
            }
            return days;
        }
    }
}

/** The shapes a {@link DateRule} is written in. */
final class Patterns {
    static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final Pattern EVERY_YEAR = Pattern.compile("\\d{2}-\\d{2}");
    static final Pattern SPAN = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s*\\.\\.\\s*(\\d{4}-\\d{2}-\\d{2})");

    private Patterns() {
    }
}
