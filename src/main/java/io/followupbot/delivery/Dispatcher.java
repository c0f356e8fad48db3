package io.followupbot.delivery;

import io.followupbot.interview.Member;
import io.followupbot.interview.StoredInterview;
import io.followupbot.policy.CatchUp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * <p>One run claims a batch of due plan steps for a short lease ({@link DueWork#claim}), with the
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
 * interview, not three. A member with several interviews still gets one nudge at a time, in the order of the
 * rule {@link CatchUp}: of their steps that are more than {@link CatchUp#LATE} late, the one that matters most
 * now is sent, and the others follow {@link CatchUp#SPACING} apart. <b>Quiet hours</b> hold: a step that
 * comes up inside the member's quiet window is pushed to the window's end, and catch-up turns are counted from
 * that end.
 *
 * <p><b>Unreachable members.</b> A {@link SendResult.Permanent} fails the step, marks the member
 * unreachable, pauses their other pending steps (status {@code paused}: not sent, not lost; replanning
 * still cancels them), and calls the {@link UnreachableNotifier} once the failure is stored.
 * The store makes them pending again when the member is back.
 *
 * <p>The dispatcher sees due work through the port {@link DueWork} and typed {@link DueStep}s; why our own
 * poller over the plan rows rather than db-scheduler: see the store's implementation of that port.
 */
public final class Dispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private final DueWork dueWork;
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

    public Dispatcher(final DueWork dueWork, final NudgeRenderer renderer, final NudgeSender sender,
                      final UnreachableNotifier notifier, final Clock clock, final DispatcherSettings settings) {
        this.dueWork = Objects.requireNonNull(dueWork, "dueWork");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.notifier = notifier == null ? UnreachableNotifier.NONE : notifier;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Claims, sends and settles one batch, synchronously; each nudge is settled as soon as it is sent. */
    public DispatchReport runOnce() {
        final DueBatch batch = dueWork.claim(settings.instanceId(), clock.instant(), settings.lease(),
                settings.batchSize());
        if (batch.steps().isEmpty()) {
            return new DispatchReport(0, 0, 0, 0, batch.collapsed(), 0, 0, 0, 0);
        }
        final BatchRun run = new BatchRun(dueWork, clock, settings, batch, catchUpTurns(batch, clock.instant()),
                new BatchRun.NudgeAttempt() {
                    @Override
                    public SendResult send(final DueStep step, final StoredInterview interview, final Member member) {
                        return attempt(() -> renderer.render(step, interview, member));
                    }

                    @Override
                    public SendResult sendWaiting(final Member member, final List<DueStep> steps,
                                                  final Map<String, StoredInterview> interviews) {
                        return attempt(() -> renderer.renderWaiting(member, steps, interviews));
                    }
                }, sentUnsettled);
        run.run();
        run.unreachable().forEach((memberId, member) -> notifyUnreachable(member, run.unreachableReason(memberId)));
        run.unreachable().keySet().forEach(memberId -> LOG.info("member {} is unreachable: {}", memberId,
                run.unreachableReason(memberId)));
        final DispatchReport report = new DispatchReport(batch.steps().size(), run.count(BatchRun.Outcome.DELIVERED),
                run.count(BatchRun.Outcome.RETRIED), run.count(BatchRun.Outcome.FAILED), batch.collapsed(),
                run.count(BatchRun.Outcome.DEFERRED), run.count(BatchRun.Outcome.PAUSED),
                run.count(BatchRun.Outcome.RELEASED), run.count(BatchRun.Outcome.CANCELLED));
        counters.add(report);
        return report;
    }

    /**
     * When each member's overdue steps of this batch go out, but the first ({@link CatchUp}): one now (or when
     * their quiet hours end), the next {@link CatchUp#SPACING} later, and so on.
     */
    private static Map<String, Instant> catchUpTurns(final DueBatch batch, final Instant now) {
        final Map<String, List<DueStep>> overdue = batch.steps().stream()
                .filter(step -> CatchUp.late(step.dueAt(), now))
                .collect(Collectors.groupingBy(DueStep::memberId, LinkedHashMap::new, Collectors.toList()));
        final Map<String, Instant> turns = new HashMap<>();
        overdue.forEach((memberId, mine) -> {
            final Optional<Member> member = batch.member(memberId);
            if (mine.size() < 2 || member.isEmpty()) {
                return;
            }
            final List<DueStep> ordered = new ArrayList<>(mine);
            ordered.sort(CatchUp.order(DueStep::kind, DueStep::dueAt));
            final List<Instant> later = CatchUp.laterTurns(member.get().settings(), now, ordered.size() - 1);
            for (int index = 1; index < ordered.size(); index++) {
                turns.put(ordered.get(index).id(), later.get(index - 1));
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
        final int taken = dueWork.releaseOwn(settings.instanceId());
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

    private String describe(final RuntimeException failure) {
        return dueWork.describe(failure).orElseGet(() -> failure.getClass().getSimpleName() + ": " + rootMessage(failure));
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
            return dueWork.nextDueAt()
                    .map(next -> Duration.between(clock.instant(), next))
                    .filter(untilNext -> untilNext.compareTo(settings.pollInterval()) < 0)
                    .map(untilNext -> untilNext.isNegative() ? Duration.ZERO : untilNext)
                    .orElse(settings.pollInterval());
        } catch (final RuntimeException failure) {
            LOG.warn("could not read when the next step is due, polling again in {}: {}", settings.pollInterval(),
                    describe(failure));
            return settings.pollInterval();
        }
    }

    private SendResult attempt(final java.util.function.Supplier<Nudge> rendering) {
        try {
            final Nudge nudge = rendering.get();
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
