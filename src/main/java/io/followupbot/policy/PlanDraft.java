package io.followupbot.policy;

import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.StepKind;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The steps of a plan while it is being worked out. Each step is placed where the member's reports
 * put it: at the moment it was sent (then it is done), at the time the member snoozed it to, or at the
 * time the rules computed. The returned moment is what later steps are timed from.
 */
final class PlanDraft {

    private final MemberReports reports;
    private final NudgeTimes times;
    private final List<PlannedStep> pending = new ArrayList<>();
    private final List<PlannedStep> done = new ArrayList<>();

    PlanDraft(final MemberReports reports, final NudgeTimes times) {
        this.reports = reports;
        this.times = times;
    }

    ZonedDateTime add(final StepKind kind, final Optional<String> to, final int sequence, final boolean last,
            final ZonedDateTime computed) {
        final Optional<Instant> sent = reports.sentAt(kind, to, sequence);
        if (sent.isPresent()) {
            final PlannedStep step = new PlannedStep(kind, times.local(sent.get()), to, sequence, last);
            done.add(step);
            return step.at();
        }
        final ZonedDateTime at = reports.snoozedUntil(kind, to, sequence).map(times::allowed).orElse(computed);
        pending.add(new PlannedStep(kind, at, to, sequence, last));
        return at;
    }

    /** A step the member completed another way (answering an offer from its reminder): done at {@code at}. */
    void addDone(final StepKind kind, final Optional<String> to, final int sequence, final Instant at) {
        done.add(new PlannedStep(kind, times.local(at), to, sequence, false));
    }

    Optional<Instant> sentAt(final StepKind kind, final Optional<String> to, final int sequence) {
        return reports.sentAt(kind, to, sequence);
    }

    List<PlannedStep> pending() {
        return List.copyOf(pending);
    }

    List<PlannedStep> done() {
        return List.copyOf(done);
    }
}
