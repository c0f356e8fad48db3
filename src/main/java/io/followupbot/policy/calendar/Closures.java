package io.followupbot.policy.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A community's own calendar on top of the public holidays ({@code holidays:} in bot-config.yml): days
 * everyone has off anyway (a bootcamp's winter break, 24 and 31 December) and public holidays the
 * community works on all the same.
 *
 * @param closed  extra days off, each with the name members see
 * @param ignored days that stay business days even when they are a public holiday
 */
public record Closures(List<Closed> closed, List<DateRule> ignored) {

    /** No closures: the public holidays alone. */
    public static final Closures NONE = new Closures(List.of(), List.of());

    public Closures {
        closed = List.copyOf(closed);
        ignored = List.copyOf(ignored);
    }

    /** Days off the community adds, and what it calls them. */
    public record Closed(DateRule days, String name) {
    }

    /** The community's extra days off in {@code year}. */
    public List<DayOff> closedIn(final int year) {
        return closed.stream().flatMap(closure -> closure.days().daysIn(year).stream()
                .map(day -> new DayOff(day, closure.name()))).toList();
    }

    /** Whether the community works on {@code date} whatever the public holidays say. */
    public boolean ignores(final LocalDate date) {
        return ignored.stream().anyMatch(rule -> rule.daysIn(date.getYear()).contains(date));
    }
}
