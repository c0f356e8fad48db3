package io.followupbot.delivery;

import io.followupbot.interview.Member;
import io.followupbot.interview.StepKind;
import io.followupbot.interview.StoredInterview;
import io.followupbot.policy.QuietHours;
import io.followupbot.store.Claim;
import io.followupbot.store.DeliveryContext;
import io.followupbot.store.DeliveryStore;
import io.followupbot.store.PlanStepRow;
import io.followupbot.store.Settlement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due nudges: on time, once, after any crash, across several instances sharing one database.
 *
 * <p>One run claims a batch of due plan steps for a lease ({@link DeliveryStore#claimDue}), reads the
 * current interviews and members, renders and sends each nudge, and then settles the whole batch in one
 * transaction: delivered rows and their delivery records, retries with backoff, failures, deferrals.
 *
 * <p><b>At most one repeat.</b> The only window in which a nudge can be sent twice lies between a
 * successful {@link NudgeSender#send} and the commit of the batch's settlement. If the process dies there,
 * the row stays claimed; when its lease runs out, any dispatcher claims it again and sends it once more.
 * Because a batch is settled as a whole (one transaction, JDBC batches: the price of thousands of nudges a
 * second), the window covers every nudge of the batch sent so far; a smaller batch size narrows it. A failed
 * settlement commit (the database went away) opens the same window.
 * Steps claimed but not yet sent when the process dies are sent once after the lease runs out, so nothing is
 * lost. A run stops sending when less than a fifth of the lease remains and gives the rest back, so a live
 * runner's claim never expires under it; the lease must therefore be longer than sending a batch takes.
 * Adapters that want to close the window can use {@link Nudge#stepId()} as an idempotency key.
 *
 * <p><b>Catch-up.</b> Steps that fell due while no instance ran are claimed on the next run. Of the due
 * steps of one interview only the latest-due is sent; the older ones are marked {@code collapsed} in the
 * claiming transaction, with a record in the event log, so a week of downtime gives one nudge per
 * interview, not three. A member with several interviews still gets one nudge at a time: of their steps that
 * are more than {@link #LATE} late, the one that matters most now is sent (a deadline-bound step first: a
 * thank-you, a reply to an offer, the other offer's deadline; then the latest due), and the others follow
 * {@link #CATCH_UP_SPACING} apart. <b>Quiet hours</b> hold: a step that comes up inside the member's quiet
 * window is pushed to the window's end, and catch-up turns are counted from that end.
 *
 * <p><b>Unreachable members.</b> A {@link SendResult.Permanent} fails the step, marks the member
 * unreachable, pauses their other pending steps (status {@code paused}: not sent, not lost; replanning
 * still cancels them), and calls the {@link UnreachableNotifier} once the failure is stored.
 * {@link DeliveryStore#resumeMember} makes them pending again when the member is back.
 *
 * <p>Why our own poller on {@code plan_steps} rather than db-scheduler: see {@link DeliveryStore}.
 */
public final class Dispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    /** A step this late fell due while no instance was running (a running one looks every few seconds). */
    static final Duration LATE = Duration.ofMinutes(15);
    /** After downtime, how far apart a member's overdue nudges of different interviews go out. */
    static final Duration CATCH_UP_SPACING = Duration.ofHours(2);

    private final DeliveryStore store;
    private final NudgeRenderer renderer;
    private final NudgeSender sender;
    private final UnreachableNotifier notifier;
    private final Clock clock;
    private final DispatcherSettings settings;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread poller;

    public Dispatcher(final DeliveryStore store, final NudgeRenderer renderer, final NudgeSender sender,
                      final UnreachableNotifier notifier, final Clock clock, final DispatcherSettings settings) {
        this.store = Objects.requireNonNull(store, "store");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.notifier = notifier == null ? UnreachableNotifier.NONE : notifier;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Claims, sends and settles one batch, synchronously. */
    public DispatchReport runOnce() {
        final Claim claim = store.claimDue(settings.instanceId(), clock.instant(), settings.lease(),
                settings.batchSize());
        if (claim.steps().isEmpty()) {
            return new DispatchReport(0, 0, 0, 0, claim.collapsed().size(), 0, 0, 0, 0);
        }
        final DeliveryContext context = store.contextFor(claim.steps());
        final Settlement settlement = store.settlementOf(claim);
        final Instant stopSendingAt = claim.claimedUntil().minus(settings.lease().dividedBy(5));
        final Set<String> lostMembers = new HashSet<>();
        final Map<String, Member> toNotify = new LinkedHashMap<>();
        final Map<String, Instant> turns = catchUpTurns(claim.steps(), context, clock.instant());
        int delivered = 0;
        int retried = 0;
        int failed = 0;
        int deferred = 0;
        int paused = 0;
        int released = 0;
        int cancelled = 0;
        for (final PlanStepRow step : claim.steps()) {
            final Instant now = clock.instant();
            if (!now.isBefore(stopSendingAt)) {
                settlement.released(step);
                released++;
                continue;
            }
            final Optional<Member> member = context.member(step.memberId());
            final Optional<StoredInterview> interview = context.interview(step.interviewId());
            if (member.isEmpty() || interview.isEmpty()) {
                settlement.cancelled(step, "the member or the interview is gone");
                cancelled++;
                continue;
            }
            if (!member.get().reachable() || lostMembers.contains(step.memberId())) {
                settlement.paused(step);
                paused++;
                continue;
            }
            final Instant turn = turns.get(step.id());
            if (turn != null) {
                settlement.deferred(step, turn);
                deferred++;
                continue;
            }
            final ZonedDateTime local = now.atZone(member.get().settings().zone());
            final ZonedDateTime allowed = QuietHours.of(member.get().settings()).snapOut(local);
            if (allowed.isAfter(local)) {
                settlement.deferred(step, allowed.toInstant());
                deferred++;
                continue;
            }
            final SendResult result = attempt(step, interview.get(), member.get());
            if (result instanceof SendResult.Delivered) {
                settlement.delivered(step, now);
                delivered++;
            } else if (result instanceof SendResult.RetryLater retry) {
                if (settings.retry().exhausted(step.attempts())) {
                    settlement.failed(step, now, retry.reason());
                    failed++;
                } else {
                    final Duration wait = settings.retry().delay(step.attempts(), retry.retryAfter());
                    settlement.retry(step, now.plus(wait), retry.reason());
                    retried++;
                }
            } else if (result instanceof SendResult.Permanent permanent) {
                settlement.unreachable(step, now, permanent.reason());
                lostMembers.add(step.memberId());
                toNotify.putIfAbsent(step.memberId(), member.get());
                failed++;
                LOG.info("member {} is unreachable: {}", step.memberId(), permanent.reason());
            }
        }
        store.settle(settlement);
        toNotify.forEach((memberId, member) -> notifyUnreachable(member, settlement, memberId));
        return new DispatchReport(claim.steps().size(), delivered, retried, failed, claim.collapsed().size(),
                deferred, paused, released, cancelled);
    }

    /**
     * When each member's overdue steps of this batch go out, but the first: one now (or when their quiet hours
     * end), the next {@link #CATCH_UP_SPACING} later, and so on, each turn out of the quiet hours too.
     */
    private Map<String, Instant> catchUpTurns(final List<PlanStepRow> steps, final DeliveryContext context,
                                              final Instant now) {
        final long lateBefore = now.minus(LATE).toEpochMilli();
        final Map<String, List<PlanStepRow>> overdue = steps.stream().filter(step -> step.dueAt() < lateBefore)
                .collect(Collectors.groupingBy(PlanStepRow::memberId, LinkedHashMap::new, Collectors.toList()));
        final Map<String, Instant> turns = new HashMap<>();
        overdue.forEach((memberId, mine) -> {
            final Optional<Member> member = context.member(memberId);
            if (mine.size() < 2 || member.isEmpty()) {
                return;
            }
            final QuietHours quiet = QuietHours.of(member.get().settings());
            ZonedDateTime next = quiet.snapOut(now.atZone(member.get().settings().zone()));
            final List<PlanStepRow> ordered = new ArrayList<>(mine);
            ordered.sort(Comparator.comparing((PlanStepRow step) -> !StepKind.fromKey(step.kind())
                            .map(StepKind::deadlineBound).orElse(false))
                    .thenComparing(Comparator.comparingLong(PlanStepRow::dueAt).reversed()));
            for (final PlanStepRow later : ordered.subList(1, ordered.size())) {
                next = quiet.snapOut(next.plus(CATCH_UP_SPACING));
                turns.put(later.id(), next.toInstant());
            }
        });
        return turns;
    }

    /** Starts the background poller; it claims batch after batch while there is due work, then sleeps. */
    public synchronized void start() {
        if (poller != null) {
            throw new IllegalStateException("the dispatcher is already started");
        }
        running = true;
        poller = new Thread(this::poll, "nudge-dispatcher-" + settings.instanceId());
        poller.setDaemon(true);
        poller.start();
    }

    /** Wakes the poller now, e.g. after a step was planned that falls due before the next poll. */
    public void wakeUp() {
        wake.release();
    }

    /** Stops the poller after its current batch. */
    @Override
    public void close() {
        final Thread stopping;
        synchronized (this) {
            running = false;
            stopping = poller;
            poller = null;
        }
        if (stopping == null) {
            return;
        }
        wake.release();
        try {
            stopping.join(settings.lease().toMillis());
        } catch (final InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void poll() {
        while (running) {
            try {
                final DispatchReport report = runOnce();
                if (report.tookWork()) {
                    continue;
                }
            } catch (final RuntimeException failure) {
                LOG.warn("delivering nudges failed, trying again after the poll interval: {}", failure.toString());
            }
            try {
                wake.tryAcquire(sleepTime().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (final InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The poll interval, or less when a pending step falls due sooner. */
    private Duration sleepTime() {
        try {
            return store.nextDueAt()
                    .map(next -> Duration.between(clock.instant(), next))
                    .filter(untilNext -> untilNext.compareTo(settings.pollInterval()) < 0)
                    .map(untilNext -> untilNext.isNegative() ? Duration.ZERO : untilNext)
                    .orElse(settings.pollInterval());
        } catch (final RuntimeException failure) {
            return settings.pollInterval();
        }
    }

    private SendResult attempt(final PlanStepRow step, final StoredInterview interview, final Member member) {
        try {
            final Nudge nudge = renderer.render(DueStep.of(step), interview, member);
            final SendResult result = sender.send(nudge);
            return result == null ? SendResult.retryLater("the sender gave no result") : result;
        } catch (final RuntimeException failure) {
            LOG.warn("sending step {} failed: {}", step.id(), failure.toString());
            return SendResult.retryLater(failure.getClass().getSimpleName() + ": " + failure.getMessage());
        }
    }

    private void notifyUnreachable(final Member member, final Settlement settlement, final String memberId) {
        try {
            notifier.memberUnreachable(member, settlement.unreachableReason(memberId).orElse("unreachable"));
        } catch (final RuntimeException failure) {
            LOG.warn("telling member {} that they are unreachable failed: {}", memberId, failure.toString());
        }
    }
}
