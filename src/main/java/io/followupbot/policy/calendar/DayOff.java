package io.followupbot.policy.calendar;

import java.time.LocalDate;

/** A weekday-or-weekend date on which a place (or the community) does not work, and why. */
public record DayOff(LocalDate date, String name) implements Comparable<DayOff> {

    @Override
    public int compareTo(final DayOff other) {
        final int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : name.compareTo(other.name);
    }
}
