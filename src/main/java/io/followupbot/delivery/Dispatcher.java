package io.followupbot.delivery;

import io.followupbot.interview.Member;
import io.followupbot.interview.StepKind;
import io.followupbot.interview.StoredInterview;
import io.followupbot.policy.QuietHours;
import io.followupbot.store.Claim;
import io.followupbot.store.DeliveryContext;
import io.followupbot.store.DeliveryStore;
import io.followupbot.store.PlanStepRow;
import io.followupbot.store.StoreFailures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due nudges: on time, once, after any crash, across several instances sharing one database.
 *
 * <p>One run claims a batch of due plan steps for a short lease ({@link DeliveryStore#claimDue}), reads the
 * current interviews and members, then renders, sends and settles each nudge in turn: each outcome (delivered,
 * retry with backoff, failed) is stored in its own small transaction before the next nudge is sent. The steps
 * not sent (deferred to the end of quiet hours, paused, cancelled, given back) are settled together at the end.
 *
 * <p><b>At most one repeat per crash.</b> The only window in which a nudge can be sent twice lies between a
 * successful {@link NudgeSender#send} and the commit of its own settlement: one nudge wide. If the process dies
 * there, that row stays claimed and is sent once more when the claim is taken back; if the settlement cannot be
 * stored (the database went away), the run stops before the next send. Steps claimed but not yet sent are sent
 * once after the claim is taken back, so nothing is lost. Adapters that want to close the window can use
 * {@link Nudge#stepId()} as an idempotency key.
 *
 * <p><b>Fast recovery.</b> The lease is short (30 s by default) and renewed while a batch goes on (a heartbeat
 * every third of the lease), so a live runner keeps its claim however long its batch takes, and a dead one's
 * claim runs out within the lease. An instance that restarts under the same id ({@code FOLLOWUP_INSTANCE_ID},
 * or {@code DYNO} on a platform that sets it) takes its earlier claims back at once. A run that could not renew
 * its lease in time (the process stalled) stops sending and gives the rest back.
 *
 * <p><b>No hot loop.</b> When the database fails (read-only, full, gone), the poller pauses 1 s, doubling to a
 * minute, and logs one line when the failure starts or changes and one when delivery works again;
 * {@link #problem()} says why it is failing, for the health check.
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
    private final DeliveryCounters counters = new DeliveryCounters();
    /** Nudges this process sent whose settlement could not be stored: never sent again by it (see BatchRun). */
    private final Map<String, Instant> sentUnsettled = new java.util.concurrent.ConcurrentHashMap<>();
    /** The poller's failures to reach the database: a pause from 1 s doubling to a minute, logged on change. */
    private final FailureBackoff storage = new FailureBackoff(LOG, "delivering nudges", Duration.ofSeconds(1),
            Duration.ofMinutes(1));
    /** Exceptions from the platforms (each step has its own backoff): logged when they start and stop. */
    private final FailureBackoff sending = new FailureBackoff(LOG, "sending nudges", Duration.ofSeconds(1),
            Duration.ofMinutes(1));
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

    /** Claims, sends and settles one batch, synchronously; each nudge is settled as soon as it is sent. */
    public DispatchReport runOnce() {
        final Claim claim = store.claimDue(settings.instanceId(), clock.instant(), settings.lease(),
                settings.batchSize());
        if (claim.steps().isEmpty()) {
            return new DispatchReport(0, 0, 0, 0, claim.collapsed().size(), 0, 0, 0, 0);
        }
        final DeliveryContext context = store.contextFor(claim.steps());
        final BatchRun run = new BatchRun(store, clock, settings, claim, context,
                catchUpTurns(claim.steps(), context, clock.instant()), this::attempt, sentUnsettled);
        run.run();
        run.unreachable().forEach((memberId, member) -> notifyUnreachable(member, run.unreachableReason(memberId)));
        run.unreachable().keySet().forEach(memberId -> LOG.info("member {} is unreachable: {}", memberId,
                run.unreachableReason(memberId)));
        final DispatchReport report = new DispatchReport(claim.steps().size(), run.count(BatchRun.Outcome.DELIVERED),
                run.count(BatchRun.Outcome.RETRIED), run.count(BatchRun.Outcome.FAILED), claim.collapsed().size(),
                run.count(BatchRun.Outcome.DEFERRED), run.count(BatchRun.Outcome.PAUSED),
                run.count(BatchRun.Outcome.RELEASED), run.count(BatchRun.Outcome.CANCELLED));
        counters.add(report);
        return report;
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
        boolean ownClaimsBack = false;
        while (running) {
            Duration wait;
            try {
                if (!ownClaimsBack) {
                    takeBackOwnClaims();
                    ownClaimsBack = true;
                }
                final DispatchReport report = runOnce();
                storage.succeeded();
                if (report.tookWork()) {
                    continue;
                }
                wait = sleepTime();
            } catch (final RuntimeException failure) {
                wait = storage.failed(describe(failure));
            }
            try {
                wake.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
            } catch (final InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Claims this instance held before a restart (same id) are pending again at once, not after their lease. */
    private void takeBackOwnClaims() {
        final int taken = store.releaseOwn(settings.instanceId());
        if (taken > 0) {
            LOG.info("took back {} nudges this instance had claimed before it restarted", taken);
        }
    }

    /** What this dispatcher has sent, failed and retried, and the platforms' errors, since it started. */
    public DeliveryCounters counters() {
        return counters;
    }

    /** Why delivery is failing now (the database cannot be written, ...), if it is. */
    public Optional<String> problem() {
        return storage.problem();
    }

    private static String describe(final RuntimeException failure) {
        return StoreFailures.classify(failure).map(StoreFailures.Kind::description)
                .orElseGet(() -> failure.getClass().getSimpleName() + ": " + rootMessage(failure));
    }

    private static String rootMessage(final Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
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
            sending.succeeded();
            if (result instanceof SendResult.RetryLater) {
                counters.platformError("retry_later");
            } else if (result instanceof SendResult.Permanent) {
                counters.platformError("permanent");
            }
            return result == null ? SendResult.retryLater("the sender gave no result") : result;
        } catch (final RuntimeException failure) {
            final String reason = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            counters.platformError("exception");
            sending.failed(reason);
            return SendResult.retryLater(reason);
        }
    }

    private void notifyUnreachable(final Member member, final String reason) {
        try {
            notifier.memberUnreachable(member, reason);
        } catch (final RuntimeException failure) {
            LOG.warn("telling member {} that they are unreachable failed: {}", member.id(), failure.toString());
        }
    }
}
