package io.followupbot.followup;

import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.StepKind;
import io.followupbot.interview.StoredInterview;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The member's search as a work-search log (issue 33): one row per activity (an interview round, a thank-you or a
 * check-in sent, a reply heard, an offer, a rejection, a withdrawal) with the columns such logs ask for
 * ({@code date,activity,employer,position,contact,method,result}), in the member's zone, then the number of activities
 * in each ISO week. Every cell is written so that a spreadsheet shows it as text ({@link SpreadsheetCsv}).
 */
public final class WorkSearchLog {

    static final List<String> HEADER = List.of("date", "activity", "employer", "position", "contact", "method",
            "result");

    private WorkSearchLog() {
    }

    /** One activity of the search, on a day of the member's calendar. */
    record Activity(LocalDate day, ActivityKind kind, String activity, String employer, String position,
                    String contact, String method, String result) {
    }

    /** The log's CSV for the activities from {@code from} to {@code to}, both days included. */
    public static String csv(final List<Tracked> pipeline, final ZoneId zone, final LocalDate from, final LocalDate to) {
        final List<Activity> activities = activities(pipeline, zone).stream()
                .filter(activity -> !activity.day().isBefore(from) && !activity.day().isAfter(to)).toList();
        final List<List<Object>> rows = new ArrayList<>();
        for (final Activity activity : activities) {
            rows.add(List.of(activity.day(), activity.activity(), activity.employer(), activity.position(),
                    activity.contact(), activity.method(), activity.result()));
        }
        final Map<String, Long> weeks = new TreeMap<>(activities.stream().collect(Collectors.groupingBy(
                activity -> isoWeek(activity.day()), Collectors.counting())));
        weeks.forEach((week, count) -> rows.add(List.of(week, "week total", "", "", "", "",
                count + (count == 1 ? " activity" : " activities"))));
        return SpreadsheetCsv.write(HEADER, rows);
    }

    /** "2026-W10": the ISO week a day falls in (weeks start on Monday; week 1 holds the year's first Thursday). */
    static String isoWeek(final LocalDate day) {
        return String.format(java.util.Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Every activity of the member's applications, in date order. */
    static List<Activity> activities(final List<Tracked> pipeline, final ZoneId zone) {
        final List<Activity> all = new ArrayList<>();
        for (final Tracked tracked : pipeline) {
            final StoredInterview stored = tracked.stored();
            final String employer = stored.interview().company();
            final String position = stored.interview().role();
            // an application with no interview yet has the application as its one round: its row is "applied"
            for (int round = stored.awaitingInterview() ? 2 : 1; round <= stored.roundCount(); round++) {
                final Interview interview = stored.round(round);
                all.add(new Activity(day(interview.startsAt(), zone), ActivityKind.INTERVIEW, stored.roundCount() > 1
                        ? "interview, round " + round : ActivityKind.INTERVIEW.words(), employer, position, interview.interviewers().stream()
                        .map(Interviewer::name).collect(Collectors.joining("; ")), interview.format().label(), ""));
            }
            final String channel = stored.interview().channel().name().toLowerCase(java.util.Locale.ROOT);
            for (final InterviewEvent event : tracked.events()) {
                activity(event, employer, position, channel, zone).ifPresent(all::add);
            }
        }
        all.sort(Comparator.comparing(Activity::day));
        return all;
    }

    private static java.util.Optional<Activity> activity(final InterviewEvent event, final String employer,
            final String position, final String channel, final ZoneId zone) {
        final LocalDate day = day(event.at(), zone);
        if (event instanceof InterviewEvent.Applied) {
            return java.util.Optional.of(new Activity(day, ActivityKind.APPLIED, ActivityKind.APPLIED.words(), employer,
                    position, "", "application", ""));
        }
        if (event instanceof InterviewEvent.Sent sent && (sent.kind() == StepKind.THANK_YOU
                || sent.kind() == StepKind.CHECK_IN || sent.kind() == StepKind.APPLICATION_FOLLOW_UP)) {
            final ActivityKind kind = sent.kind() == StepKind.THANK_YOU ? ActivityKind.THANK_YOU_SENT
                    : sent.kind() == StepKind.CHECK_IN ? ActivityKind.CHECK_IN_SENT : ActivityKind.FOLLOW_UP_SENT;
            return java.util.Optional.of(new Activity(day, kind, kind.words(), employer, position, sent.to().orElse(""),
                    channel, ""));
        }
        final String result = event instanceof InterviewEvent.StillDeciding ? "still deciding"
                : event instanceof InterviewEvent.Rejected ? "rejected"
                : event instanceof InterviewEvent.Offer ? "offer"
                : event instanceof InterviewEvent.Withdrew ? "withdrew" : "";
        if (result.isEmpty()) {
            return java.util.Optional.empty();
        }
        final ActivityKind kind = event instanceof InterviewEvent.Withdrew ? ActivityKind.WITHDREW
                : ActivityKind.REPLY_HEARD;
        return java.util.Optional.of(new Activity(day, kind, kind.words(), employer, position, "", "", result));
    }

    private static LocalDate day(final Instant at, final ZoneId zone) {
        return at.atZone(zone).toLocalDate();
    }
}
