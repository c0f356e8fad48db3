package io.followupbot.policy;

import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.StepKind;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The steps of a plan while it is being worked out. Each step is placed where the member's reports
 * put it: at the moment it was sent (then it is done), at the time the member snoozed it to, or at the
 * time the rules computed, but never before the bot learned of the interview: what was already due then is
 * offered at once ({@link NudgeTimes#notBefore}). The returned moment is what later steps are timed from.
 */
final class PlanDraft {

    private final MemberReports reports;
    private final NudgeTimes times;
    private Instant learnedAt;
    private int round = 1;
    private final List<PlannedStep> pending = new ArrayList<>();
    private final List<PlannedStep> done = new ArrayList<>();
    private final List<Plan.Waiting> waiting = new ArrayList<>();
    private final List<Plan.Skipped> skipped = new ArrayList<>();

    PlanDraft(final MemberReports reports, final NudgeTimes times, final Instant learnedAt) {
        this.reports = reports;
        this.times = times;
        this.learnedAt = learnedAt;
    }

    /**
     * The steps added from now on follow round {@code number} of the application, which the bot learned of at
     * {@code learned}: none of them is placed before that.
     */
    void beginRound(final int number, final Instant learned) {
        this.round = number;
        this.learnedAt = learned;
    }

    /** How many reports of steps of this kind (sent or skipped, to anyone) came before {@code moment}. */
    int settledBefore(final StepKind kind, final Instant moment) {
        return reports.settledBefore(kind, moment);
    }

    ZonedDateTime add(final StepKind kind, final Optional<String> to, final int sequence, final boolean last,
            final ZonedDateTime computed) {
        final Optional<Instant> sent = reports.sentAt(kind, to, sequence);
        if (sent.isPresent()) {
            final PlannedStep step = new PlannedStep(kind, times.local(sent.get()), to, sequence, last, round);
            done.add(step);
            return step.at();
        }
        final ZonedDateTime due = times.notBefore(computed, learnedAt, kind.deadlineBound());
        if (reports.declinedAt(kind, to, sequence).isPresent()) {
            skipped.add(new Plan.Skipped(new PlannedStep(kind, due, to, sequence, last, round), "you said you'd skip it"));
            return due;
        }
        final ZonedDateTime at = reports.snoozedUntil(kind, to, sequence).map(times::allowed).orElse(due);
        pending.add(new PlannedStep(kind, at, to, sequence, last, round));
        return at;
    }

    /** A step that lost its point before the bot learned of the interview: left out, unless it was sent. */
    void skip(final StepKind kind, final Optional<String> to, final int sequence, final ZonedDateTime computed,
            final String why) {
        unlessSent(kind, to, sequence, computed, step -> skipped.add(new Plan.Skipped(step, why)));
    }

    /** A step that waits for {@code after}, which the member has not reported: shown, never nudged. */
    void wait(final StepKind kind, final Optional<String> to, final int sequence, final ZonedDateTime computed,
            final PlannedStep after) {
        unlessSent(kind, to, sequence, computed, step -> waiting.add(new Plan.Waiting(step, after)));
    }

    /** A step kept aside by {@code aside}, or planned as usual when the member sent it all the same. */
    private void unlessSent(final StepKind kind, final Optional<String> to, final int sequence, final ZonedDateTime computed,
            final Consumer<PlannedStep> aside) {
        if (reports.sentAt(kind, to, sequence).isPresent()) {
            add(kind, to, sequence, false, computed);
        } else {
            aside.accept(new PlannedStep(kind, computed, to, sequence, false, round));
        }
    }

    /** A step the member completed another way (answering an offer from its reminder): done at {@code at}. */
    void addDone(final StepKind kind, final Optional<String> to, final int sequence, final Instant at) {
        done.add(new PlannedStep(kind, times.local(at), to, sequence, false, round));
    }

    Optional<Instant> sentAt(final StepKind kind, final Optional<String> to, final int sequence) {
        return reports.sentAt(kind, to, sequence);
    }

    /** When the member sent the step or said they would skip it, whichever they reported. */
    Optional<Instant> settledAt(final StepKind kind, final Optional<String> to, final int sequence) {
        return reports.sentAt(kind, to, sequence).or(() -> reports.declinedAt(kind, to, sequence));
    }

    List<PlannedStep> pending() {
        return List.copyOf(pending);
    }

    List<PlannedStep> done() {
        return List.copyOf(done);
    }

    List<Plan.Waiting> waiting() {
        return List.copyOf(waiting);
    }

    List<Plan.Skipped> skipped() {
        return List.copyOf(skipped);
    }
}
