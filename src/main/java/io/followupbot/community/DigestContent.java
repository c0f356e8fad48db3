package io.followupbot.community;

import io.followupbot.chat.Button;
import io.followupbot.chat.MemberText;
import io.followupbot.chat.Outbound;
import io.followupbot.followup.Tracked;
import io.followupbot.followup.WeeklyGoal;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.Stage;
import io.followupbot.interview.StepKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The weekly digest of one member: what is waiting for an answer, what is due this week, what they did last week
 * (thank-yous and check-ins sent, replies heard), how far last week went toward the member's weekly goal if they set
 * one, with the one button that turns it off.
 */
public final class DigestContent {

    /** The stages of an interview still in play. */
    public static final Set<Stage> OPEN = EnumSet.of(Stage.UPCOMING, Stage.THANK_YOU_DUE, Stage.WAITING,
            Stage.CHECKING_IN, Stage.OFFER);
    private static final Set<Stage> WAITING = EnumSet.of(Stage.WAITING, Stage.CHECKING_IN);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private DigestContent() {
    }

    public static boolean anyOpen(final List<Tracked> pipeline) {
        return pipeline.stream().anyMatch(tracked -> OPEN.contains(tracked.stored().stage()));
    }

    /** The digest of the week starting {@code week} (a Monday) in the member's zone, for a member without a goal. */
    public static Outbound of(final List<Tracked> pipeline, final LocalDate week, final ZoneId zone) {
        return of(pipeline, week, zone, 0);
    }

    /**
     * The digest of the week starting {@code week}; with a weekly goal (above 0), how far the week before it went
     * toward the goal ({@link WeeklyGoal}).
     */
    public static Outbound of(final List<Tracked> pipeline, final LocalDate week, final ZoneId zone, final int goal) {
        final Instant start = week.atStartOfDay(zone).toInstant();
        final Instant end = week.plusDays(7).atStartOfDay(zone).toInstant();
        final Instant lastWeek = week.minusDays(7).atStartOfDay(zone).toInstant();
        final List<String> waiting = new ArrayList<>();
        final List<String> due = new ArrayList<>();
        int thankYous = 0;
        int checkIns = 0;
        int replies = 0;
        for (final Tracked tracked : pipeline) {
            if (!OPEN.contains(tracked.stored().stage())) {
                continue;
            }
            final String title = "#" + tracked.number() + " " + MemberText.quote(tracked.stored().interview().company());
            if (WAITING.contains(tracked.stored().stage())) {
                waiting.add(title);
            }
            for (final PlannedStep step : tracked.plan().steps()) {
                final Instant at = step.at().toInstant();
                if (!at.isBefore(start) && at.isBefore(end)) {
                    due.add(DAY.format(step.at().withZoneSameInstant(zone)) + ": " + MemberText.quote(step.describe())
                            + " (" + title + ")");
                }
            }
            for (final InterviewEvent event : tracked.events()) {
                if (event.at().isBefore(lastWeek) || !event.at().isBefore(start)) {
                    continue;
                }
                if (event instanceof InterviewEvent.Sent sent) {
                    thankYous += sent.kind() == StepKind.THANK_YOU ? 1 : 0;
                    checkIns += sent.kind() == StepKind.CHECK_IN ? 1 : 0;
                }
                replies += event instanceof InterviewEvent.StillDeciding || event instanceof InterviewEvent.Rejected
                        || event instanceof InterviewEvent.Offer ? 1 : 0;
            }
        }
        final String goalLine = goal > 0 ? "\n" + WeeklyGoal.lastWeek(WeeklyGoal.done(pipeline, zone,
                week.minusDays(7)), goal) : "";
        return Outbound.text(text(waiting, due, thankYous, checkIns, replies) + goalLine)
                .withButtons(List.of(Button.of("Turn off the digest", "settings digest off")));
    }

    private static String text(final List<String> waiting, final List<String> due, final int thankYous,
                               final int checkIns, final int replies) {
        final StringBuilder text = new StringBuilder("Your week in follow-ups.");
        text.append("\nWaiting for an answer: ").append(waiting.isEmpty() ? "nothing" : String.join(", ", waiting))
                .append('.');
        text.append("\nDue this week: ").append(due.isEmpty() ? "nothing" : "");
        due.forEach(line -> text.append("\n- ").append(line));
        text.append(due.isEmpty() ? "." : "");
        text.append("\nLast week: ").append(count(thankYous, "thank-you")).append(" and ")
                .append(count(checkIns, "check-in")).append(" sent, ").append(count(replies, "reply")
                        .replace("replys", "replies")).append(" heard.");
        return text.toString();
    }

    private static String count(final int count, final String what) {
        return count + " " + what + (count == 1 ? "" : "s");
    }
}
