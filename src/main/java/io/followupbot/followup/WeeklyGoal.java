package io.followupbot.followup;

import io.followupbot.interview.ActivityKind;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A member's weekly goal ({@code settings goal N}) and what counts toward it: the activities of their work-search log
 * that are their own doing ({@link ActivityKind#membersOwn()}: an application, an interview round, a thank-you or a
 * check-in sent), on the days of an ISO week (Monday to Sunday) in the member's zone, so a check-in sent late on
 * Sunday evening in New York counts for the week it was sent in, though it is Monday in UTC.
 */
public final class WeeklyGoal {

    /** What a goal counts, in the words its lines use. */
    public static final String WHAT = "applications and follow-ups";

    private WeeklyGoal() {
    }

    /** The Monday of the ISO week {@code now} falls in, in the member's zone. */
    public static LocalDate weekOf(final Instant now, final ZoneId zone) {
        return now.atZone(zone).toLocalDate().with(DayOfWeek.MONDAY);
    }

    /** The member's own activities from {@code monday} to {@code through}, both days included. */
    public static int done(final List<Tracked> pipeline, final ZoneId zone, final LocalDate monday,
                           final LocalDate through) {
        return (int) WorkSearchLog.activities(pipeline, zone).stream()
                .filter(activity -> activity.kind().membersOwn())
                .filter(activity -> !activity.day().isBefore(monday) && !activity.day().isAfter(through))
                .count();
    }

    /** The member's own activities in the whole ISO week starting {@code monday}. */
    public static int done(final List<Tracked> pipeline, final ZoneId zone, final LocalDate monday) {
        return done(pipeline, zone, monday, monday.plusDays(6));
    }

    /** The weekly digest's line on the week before it: "Your weekly goal last week: 3 of 5 applications and ...". */
    public static String lastWeek(final int done, final int goal) {
        return "Your weekly goal last week: " + progress(done, goal, "") + ".";
    }

    /** The line on the week so far, from Monday to today. */
    public static String thisWeek(final int done, final int goal) {
        return "Your weekly goal this week: " + progress(done, goal, " so far") + ".";
    }

    private static String progress(final int done, final int goal, final String sofar) {
        return done >= goal ? "met, with " + (done == 1 ? "1 application or follow-up" : done + " " + WHAT) + sofar
                + " (goal " + goal + ")" : done + " of " + goal + " " + WHAT + sofar;
    }
}
