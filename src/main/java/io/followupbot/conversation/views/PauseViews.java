package io.followupbot.conversation.views;

import io.followupbot.chat.Button;
import io.followupbot.chat.Outbound;
import io.followupbot.delivery.DueStep;
import io.followupbot.delivery.Nudge;
import io.followupbot.followup.FollowUps;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Member;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.StoredInterview;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A member's pause of their reminders as the views show it (one short line or field), and the one message they get
 * when it ends: what waited, instead of a nudge per step.
 */
public final class PauseViews {

    private PauseViews() {
    }

    /** "paused until Monday 16 March 2026 at 09:00". */
    public static String pausedUntil(final Instant until, final ZoneId zone) {
        return "paused until " + Views.dayAndTime(until, zone);
    }

    /** The field of the settings and of an interview's view, while the member's pause lasts. */
    public static Outbound.Field field(final Instant until, final ZoneId zone) {
        return new Outbound.Field("Reminders", pausedUntil(until, zone) + " (resume ends it)");
    }

    /** A view's heading with the pause after it, while it lasts: "Your interviews (reminders paused until ...):". */
    public static String heading(final String heading, final Optional<Instant> pause, final ZoneId zone) {
        return pause.map(until -> heading + " (reminders " + pausedUntil(until, zone) + "):").orElse(heading + ":");
    }

    /**
     * The one message of what waited while the member's reminders were paused: a line per step, in the order of the
     * interviews' numbers, and a button to what's due.
     */
    static Nudge waiting(final FollowUps followUps, final Member member, final List<DueStep> steps,
                         final Map<String, StoredInterview> interviews) {
        final List<Outbound.Field> fields = new ArrayList<>();
        final List<DueStep> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparingInt((DueStep step) -> interviews.get(step.interviewId()).number())
                .thenComparing(DueStep::dueAt));
        for (final DueStep due : ordered) {
            final Tracked tracked = followUps.current(member, interviews.get(due.interviewId()));
            final PlannedStep step = ReportedSteps.asReported(tracked, new PlannedStep(due.kind(),
                    due.dueAt().atZone(member.settings().zone()), due.recipient(), due.sequence(), due.last()));
            fields.add(new Outbound.Field(Views.title(tracked), Views.describe(step)));
        }
        final String text = "Welcome back: your reminders are on again. While they were paused, "
                + (steps.size() == 1 ? "this follow-up came due:" : steps.size() + " follow-ups came due:");
        final DueStep first = ordered.get(0);
        final StoredInterview interview = interviews.get(first.interviewId());
        return new Nudge(first.id(), member.id(), member.key(), member.dmChannel(), interview.id(), interview.number(),
                first.kind(), first.key(), first.recipient(), Outbound.text(text).withFields(fields)
                .withButtons(List.of(Button.primary("Show what's due", "due"))));
    }
}
