package io.followupbot.delivery;

import io.followupbot.interview.Member;
import io.followupbot.interview.StoredInterview;
import io.followupbot.policy.QuietHours;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The work of one claim: each step sent and settled at once (its own short transaction), so a crash repeats
 * at most the one nudge in flight; the steps not sent (quiet hours, paused, cancelled, given back) are
 * settled together at the end. The claim's lease is renewed while the batch goes on (a heartbeat), so a live
 * runner keeps its claim however long the batch takes and a dead one's claim runs out soon.
 *
 * <p>A nudge sent whose settlement cannot be stored (the disk is full, the file read-only) stops the run and is
 * remembered by the process: when the step is claimed again it is settled as delivered without a second send.
 */
final class BatchRun {

    /** Sending stops when less than this part of the lease remains (the heartbeat could not renew it). */
    private static final int STOP_FRACTION = 5;
    /** How many sent but unsettled nudges a process remembers so as not to send them again. */
    private static final int MAX_REMEMBERED = 10_000;
    /** The lease is renewed once this part of it has passed since the last renewal. */
    private static final int RENEW_FRACTION = 3;

    private final DueWork dueWork;
    private final Clock clock;
    private final DispatcherSettings settings;
    private final DueBatch batch;
    private final Map<String, Instant> turns;
    private final NudgeAttempt attempt;
    private final Map<String, Instant> sentUnsettled;
    private final List<StepOutcome> unsent = new ArrayList<>();
    private final Set<String> lostMembers = new HashSet<>();
    private final Map<String, Member> toNotify = new LinkedHashMap<>();
    private final Map<String, String> unreachableReasons = new LinkedHashMap<>();
    /** The steps of members whose pause has ended, per member: told in one message after the other steps. */
    private final Map<String, List<DueStep>> waiting = new LinkedHashMap<>();
    private final int[] counts = new int[Outcome.values().length];
    private Instant leaseEnd;
    private Instant renewedAt;

    /** What became of one step in this run. */
    enum Outcome { DELIVERED, RETRIED, FAILED, DEFERRED, PAUSED, RELEASED, CANCELLED }

    /** Renders and sends one nudge, never throwing; or, for a member back from a pause, one message of what waited. */
    interface NudgeAttempt {
        SendResult send(DueStep step, StoredInterview interview, Member member);

        SendResult sendWaiting(Member member, List<DueStep> steps, Map<String, StoredInterview> interviews);
    }

    BatchRun(final DueWork dueWork, final Clock clock, final DispatcherSettings settings, final DueBatch batch,
             final Map<String, Instant> turns, final NudgeAttempt attempt, final Map<String, Instant> sentUnsettled) {
        this.dueWork = dueWork;
        this.clock = clock;
        this.settings = settings;
        this.batch = batch;
        this.turns = turns;
        this.attempt = attempt;
        this.sentUnsettled = sentUnsettled;
        this.leaseEnd = batch.claimedUntil();
        this.renewedAt = batch.claimedUntil().minus(settings.lease());
    }

    /** Goes through the claim; a failure to store an outcome stops the run (and is thrown) before any more sends. */
    void run() {
        for (final DueStep step : batch.steps()) {
            final Outcome outcome = handle(step);
            if (outcome != null) {
                counts[outcome.ordinal()]++;
            }
        }
        waiting.forEach((memberId, steps) -> counts[tellWaiting(batch.member(memberId).orElseThrow(), steps).ordinal()]
                += steps.size());
        dueWork.settle(batch, unsent);
    }

    int count(final Outcome outcome) {
        return counts[outcome.ordinal()];
    }

    /** The members found unreachable in this run, with the platform's reason, once each. */
    Map<String, Member> unreachable() {
        return toNotify;
    }

    String unreachableReason(final String memberId) {
        return unreachableReasons.getOrDefault(memberId, "unreachable");
    }

    private Outcome handle(final DueStep step) {
        final Instant now = clock.instant();
        if (!holdsLease(now)) {
            unsent.add(new StepOutcome.Released(step));
            return Outcome.RELEASED;
        }
        final Optional<Member> member = batch.member(step.memberId());
        final Optional<StoredInterview> interview = batch.interview(step.interviewId());
        if (member.isEmpty() || interview.isEmpty()) {
            unsent.add(new StepOutcome.Cancelled(step, "the member or the interview is gone"));
            return Outcome.CANCELLED;
        }
        if (!member.get().reachable() || lostMembers.contains(step.memberId())) {
            unsent.add(new StepOutcome.Paused(step));
            return Outcome.PAUSED;
        }
        final Optional<Instant> pause = batch.pause(step.memberId());
        if (pause.isPresent() && now.isBefore(pause.get())) {
            unsent.add(new StepOutcome.Held(step));
            return Outcome.PAUSED;
        }
        if (pause.isPresent()) {
            waiting.computeIfAbsent(step.memberId(), ignored -> new ArrayList<>()).add(step);
            return null;
        }
        final Instant turn = turns.get(step.id());
        if (turn != null) {
            unsent.add(new StepOutcome.Deferred(step, turn));
            return Outcome.DEFERRED;
        }
        final ZonedDateTime local = now.atZone(member.get().settings().zone());
        final ZonedDateTime allowed = QuietHours.of(member.get().settings()).snapOut(local);
        if (allowed.isAfter(local)) {
            unsent.add(new StepOutcome.Deferred(step, allowed.toInstant()));
            return Outcome.DEFERRED;
        }
        final Instant sentBefore = sentUnsettled.get(step.id());
        if (sentBefore != null) {
            // Sent by this process before, but its settlement could not be stored then: stored now, not resent.
            return settleSent(step, member.get(), SendResult.delivered(), sentBefore);
        }
        final SendResult result = attempt.send(step, interview.get(), member.get());
        return settleSent(step, member.get(), result, now);
    }

    /**
     * A member back from a pause gets one message listing what waited (out of quiet hours), and every step in it is
     * settled at once; when it cannot go now, the steps stay held and the pause lasts until it can.
     */
    private Outcome tellWaiting(final Member member, final List<DueStep> steps) {
        final Instant now = clock.instant();
        if (!holdsLease(now)) {
            steps.forEach(step -> unsent.add(new StepOutcome.Released(step)));
            return Outcome.RELEASED;
        }
        final ZonedDateTime local = now.atZone(member.settings().zone());
        final ZonedDateTime allowed = QuietHours.of(member.settings()).snapOut(local);
        if (allowed.isAfter(local)) {
            steps.forEach(step -> unsent.add(new StepOutcome.HeldUntil(step, allowed.toInstant())));
            return Outcome.DEFERRED;
        }
        final SendResult result = attempt.sendWaiting(member, steps, batch.context().interviews());
        if (result instanceof SendResult.Delivered) {
            dueWork.settle(batch, steps.stream().<StepOutcome>map(step -> new StepOutcome.SummedUp(step, now)).toList());
            return Outcome.DELIVERED;
        }
        if (result instanceof SendResult.RetryLater retry) {
            final Instant later = now.plus(settings.retry().delay(0, retry.retryAfter()));
            steps.forEach(step -> unsent.add(new StepOutcome.HeldUntil(step, later)));
            return Outcome.RETRIED;
        }
        final String reason = ((SendResult.Permanent) result).reason();
        unsent.add(new StepOutcome.Unreachable(steps.get(0), now, reason));
        steps.subList(1, steps.size()).forEach(step -> unsent.add(new StepOutcome.Paused(step)));
        toNotify.putIfAbsent(member.id(), member);
        unreachableReasons.putIfAbsent(member.id(), reason);
        return Outcome.FAILED;
    }

    /** Stores what the platform said about one nudge, in its own transaction, before the next is sent. */
    private Outcome settleSent(final DueStep step, final Member member, final SendResult result,
                               final Instant now) {
        final StepOutcome one;
        final Outcome outcome;
        if (result instanceof SendResult.Delivered) {
            one = new StepOutcome.Delivered(step, now);
            outcome = Outcome.DELIVERED;
        } else if (result instanceof SendResult.RetryLater retry) {
            if (settings.retry().exhausted(step.attempts())) {
                one = new StepOutcome.Failed(step, now, retry.reason());
                outcome = Outcome.FAILED;
            } else {
                final Duration wait = settings.retry().delay(step.attempts(), retry.retryAfter());
                one = new StepOutcome.Retry(step, now.plus(wait), retry.reason());
                outcome = Outcome.RETRIED;
            }
        } else {
            final String reason = ((SendResult.Permanent) result).reason();
            one = new StepOutcome.Unreachable(step, now, reason);
            lostMembers.add(step.memberId());
            toNotify.putIfAbsent(step.memberId(), member);
            unreachableReasons.putIfAbsent(step.memberId(), reason);
            outcome = Outcome.FAILED;
        }
        try {
            dueWork.settle(batch, List.of(one));
        } catch (final RuntimeException failure) {
            if (outcome == Outcome.DELIVERED && sentUnsettled.size() < MAX_REMEMBERED) {
                sentUnsettled.putIfAbsent(step.id(), now);
            }
            throw failure;
        }
        sentUnsettled.remove(step.id());
        return outcome;
    }

    /**
     * Whether this run may still send: renews the lease once a third of it has passed (the heartbeat), and
     * stops sending when less than a fifth remains (a renewal could not be stored).
     */
    private boolean holdsLease(final Instant now) {
        final Duration lease = settings.lease();
        if (!now.isBefore(renewedAt.plus(lease.dividedBy(RENEW_FRACTION))) && now.isBefore(leaseEnd)) {
            final Instant until = now.plus(lease);
            dueWork.renew(batch, until);
            leaseEnd = until;
            renewedAt = now;
        }
        return now.isBefore(leaseEnd.minus(lease.dividedBy(STOP_FRACTION)));
    }
}
