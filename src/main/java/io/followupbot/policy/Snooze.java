package io.followupbot.policy;

import io.followupbot.interview.MemberSettings;
import java.time.Instant;
import java.time.LocalDate;

/**
 * When a snoozed step comes back: on the day the member names, at their nudge hour in their zone (the plan
 * then moves it out of quiet hours and off days off like any other step). Without a day, tomorrow.
 */
public final class Snooze {

    /** The day a snooze lasts to when the member names none, in the words the date reader understands. */
    public static final String DEFAULT_DAY = "tomorrow";

    private Snooze() {
    }

    /** The moment the step is due again, snoozed to {@code day}. */
    public static Instant until(final LocalDate day, final MemberSettings settings) {
        return day.atTime(settings.nudgeHour()).atZone(settings.zone()).toInstant();
    }
}
