package io.followupbot.followup;

import io.followupbot.chat.Printable;
import io.followupbot.interview.ActivityKind;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.StepKind;
import io.followupbot.interview.StoredInterview;
import io.followupbot.interview.WorkSearchTerms;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The member's search as a work-search log (issue 33): one row per activity (an interview round, a thank-you or a
 * check-in sent, a reply heard, an offer, a rejection, a withdrawal) with the columns such logs ask for
 * ({@code date,activity,employer,position,contact,method,result}), in the member's zone, then the number of activities
 * in each ISO week. Every cell is written so that a spreadsheet shows it as text ({@link SpreadsheetCsv}). The words
 * of the columns, activities and results are the community's ({@link WorkSearchTerms}), looked up by what they name.
 */
public final class WorkSearchLog {

    private WorkSearchLog() {
    }

    /**
     * One activity of the search, on a day of the member's calendar: its kind (with the round's number when the
     * application has several), and the result a reply gave.
     */
    record Activity(LocalDate day, ActivityKind kind, int round, String employer, String position, String contact,
                    String method, Optional<WorkSearchTerms.Result> result) {

        /** The row's seven cells in the community's words. */
        List<String> cells(final WorkSearchTerms terms) {
            final String activity = round > 0 ? terms.word(WorkSearchTerms.Label.INTERVIEW_ROUND) + " " + round
                    : terms.word(kind);
            return List.of(day.toString(), activity, employer, position, contact, method,
                    result.map(terms::word).orElse(""));
        }
    }

    /** The log of the days from {@code from} to {@code to}: its CSV, and the same rows week by week for a page. */
    public record Report(String csv, List<String> columns, List<Printable.Table> weeks) {
    }

    /** The log's CSV for the activities from {@code from} to {@code to}, both days included, in English. */
    public static String csv(final List<Tracked> pipeline, final ZoneId zone, final LocalDate from, final LocalDate to) {
        return report(pipeline, zone, from, to, WorkSearchTerms.ENGLISH).csv();
    }

    /** The log for the activities from {@code from} to {@code to}, both days included, in the words given. */
    public static Report report(final List<Tracked> pipeline, final ZoneId zone, final LocalDate from,
                                final LocalDate to, final WorkSearchTerms terms) {
        final Map<String, List<List<String>>> weeks = new LinkedHashMap<>();
        for (final Activity activity : activities(pipeline, zone)) {
            if (!activity.day().isBefore(from) && !activity.day().isAfter(to)) {
                weeks.computeIfAbsent(isoWeek(activity.day()), week -> new ArrayList<>()).add(activity.cells(terms));
            }
        }
        final List<List<String>> rows = new ArrayList<>();
        weeks.values().forEach(rows::addAll);
        final List<Printable.Table> tables = new ArrayList<>();
        new TreeMap<>(weeks).forEach((week, weekRows) -> {
            final List<String> total = total(week, weekRows.size(), terms);
            rows.add(total);
            tables.add(new Printable.Table(week, weekRows, total));
        });
        return new Report(SpreadsheetCsv.write(terms.header(), rows.stream().map(row -> List.<Object>copyOf(row))
                .toList()), terms.header(), tables);
    }

    private static List<String> total(final String week, final long count, final WorkSearchTerms terms) {
        return List.of(week, terms.word(WorkSearchTerms.Label.WEEK_TOTAL), "", "", "", "", terms.count(count));
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
                all.add(new Activity(day(interview.startsAt(), zone), ActivityKind.INTERVIEW,
                        stored.roundCount() > 1 ? round : 0, employer, position, interview.interviewers().stream()
                        .map(Interviewer::name).collect(Collectors.joining("; ")), interview.format().label(),
                        Optional.empty()));
            }
            final String channel = stored.interview().channel().name().toLowerCase(java.util.Locale.ROOT);
            for (final InterviewEvent event : tracked.events()) {
                activity(event, employer, position, channel, zone).ifPresent(all::add);
            }
        }
        all.sort(Comparator.comparing(Activity::day));
        return all;
    }

    private static Optional<Activity> activity(final InterviewEvent event, final String employer,
            final String position, final String channel, final ZoneId zone) {
        final LocalDate day = day(event.at(), zone);
        if (event instanceof InterviewEvent.Applied) {
            return Optional.of(new Activity(day, ActivityKind.APPLIED, 0, employer, position, "", "application",
                    Optional.empty()));
        }
        if (event instanceof InterviewEvent.Sent sent && (sent.kind() == StepKind.THANK_YOU
                || sent.kind() == StepKind.CHECK_IN || sent.kind() == StepKind.APPLICATION_FOLLOW_UP)) {
            final ActivityKind kind = sent.kind() == StepKind.THANK_YOU ? ActivityKind.THANK_YOU_SENT
                    : sent.kind() == StepKind.CHECK_IN ? ActivityKind.CHECK_IN_SENT : ActivityKind.FOLLOW_UP_SENT;
            return Optional.of(new Activity(day, kind, 0, employer, position, sent.to().orElse(""), channel,
                    Optional.empty()));
        }
        final Optional<WorkSearchTerms.Result> result = event instanceof InterviewEvent.StillDeciding
                ? Optional.of(WorkSearchTerms.Result.STILL_DECIDING)
                : event instanceof InterviewEvent.Rejected ? Optional.of(WorkSearchTerms.Result.REJECTED)
                : event instanceof InterviewEvent.Offer ? Optional.of(WorkSearchTerms.Result.OFFER)
                : event instanceof InterviewEvent.Withdrew ? Optional.of(WorkSearchTerms.Result.WITHDREW)
                : Optional.empty();
        return result.map(said -> new Activity(day, said == WorkSearchTerms.Result.WITHDREW ? ActivityKind.WITHDREW
                : ActivityKind.REPLY_HEARD, 0, employer, position, "", "", Optional.of(said)));
    }

    private static LocalDate day(final Instant at, final ZoneId zone) {
        return at.atZone(zone).toLocalDate();
    }
}
