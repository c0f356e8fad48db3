package io.followupbot.delivery.pacing;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Paces the calls of the platform adapters to the platforms' limits ({@link PaceLimits}): before each call the
 * adapter {@linkplain #acquire acquires} a token of every bucket the call spends (per Slack workspace or Discord
 * bot, per method, per channel for posts), waiting until each has one. Two lanes: a reply to a member
 * ({@link Lane#INTERACTIVE}) takes any token, and is not held to the per-channel pace (a conversation is paced by
 * the person in it); bulk work ({@link Lane#BULK}) leaves {@link PaceLimits#reserve()} of each burst to replies and
 * waits while a reply is waiting for the same bucket. A refusal ({@link #refused}: HTTP 429 and its Retry-After)
 * closes the call's buckets until then, for both lanes. Thread-safe.
 */
public final class Pacer {

    /** The longest one look at the buckets sleeps, so a reply arriving meanwhile is seen soon. */
    private static final long MAX_NAP = TimeUnit.MILLISECONDS.toNanos(20);
    private static final int SWEEP_EVERY = 10_000;
    private static final double UNLIMITED = 1e9;

    private final PaceLimits limits;
    private final LongSupplier nanos;
    private final LongConsumer nap;
    private final Map<String, TokenBucket> buckets = new HashMap<>();
    private final Map<String, Integer> repliesWaiting = new HashMap<>();
    private long acquired;
    private long waitedNanos;

    public Pacer(final PaceLimits limits) {
        this(limits, System::nanoTime, LockSupport::parkNanos);
    }

    /** On a given clock, napping with {@code nap} (tests advance their clock there). */
    Pacer(final PaceLimits limits, final LongSupplier nanos, final LongConsumer nap) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.nanos = Objects.requireNonNull(nanos, "nanos");
        this.nap = Objects.requireNonNull(nap, "nap");
    }

    /** A pacer that never waits (adapters built without one, and tests that say so). */
    public static Pacer unlimited() {
        return new Pacer(new PaceLimits(UNLIMITED, 0));
    }

    public PaceLimits limits() {
        return limits;
    }

    /** Waits until the call may be made within every budget it spends, and spends them. */
    public void acquire(final Lane lane, final PacedCall call) {
        tryAcquire(lane, call, Duration.ofDays(1));
    }

    /**
     * As {@link #acquire}, but gives up (spending nothing) when the budget will not allow the call within
     * {@code atMost} (it was closed by a long Retry-After): bulk work then leaves the call for later.
     */
    public boolean tryAcquire(final Lane lane, final PacedCall call, final Duration atMost) {
        if (limits.factor() >= UNLIMITED) {
            return true;
        }
        final long deadline = nanos.getAsLong() + atMost.toNanos();
        final List<PaceLimits.Budget> budgets = spent(lane, call);
        if (lane == Lane.INTERACTIVE) {
            waiting(budgets, 1);
        }
        try {
            long wait;
            while ((wait = tryTake(lane, budgets)) > 0) {
                final long started = nanos.getAsLong();
                if (started + wait > deadline) {
                    return false;
                }
                nap.accept(Math.min(wait, MAX_NAP));
                synchronized (this) {
                    waitedNanos += nanos.getAsLong() - started;
                }
                if (Thread.currentThread().isInterrupted()) {
                    return false;
                }
            }
            return true;
        } finally {
            if (lane == Lane.INTERACTIVE) {
                waiting(budgets, -1);
            }
        }
    }

    /** The platform refused the call for now (429): its buckets are closed until {@code retryAfter} has passed. */
    public synchronized void refused(final PacedCall call, final Duration retryAfter) {
        if (limits.factor() >= UNLIMITED) {
            return;
        }
        final long now = nanos.getAsLong();
        for (final PaceLimits.Budget budget : limits.budgets(call)) {
            bucket(budget, now).closeUntil(now, now + retryAfter.toNanos());
        }
    }

    /** How long bulk and interactive calls have waited for tokens in all, since the start. */
    public synchronized Duration waited() {
        return Duration.ofNanos(waitedNanos);
    }

    private List<PaceLimits.Budget> spent(final Lane lane, final PacedCall call) {
        final List<PaceLimits.Budget> all = limits.budgets(call);
        return lane == Lane.BULK || call.channel().isEmpty() ? all
                : all.stream().filter(budget -> !budget.key().endsWith("|" + call.channel())).toList();
    }

    /** 0 when a token of every budget was taken, else how long to wait before looking again. */
    private synchronized long tryTake(final Lane lane, final List<PaceLimits.Budget> budgets) {
        final long now = nanos.getAsLong();
        long wait = 0;
        for (final PaceLimits.Budget budget : budgets) {
            final boolean yields = lane == Lane.BULK && repliesWaiting.getOrDefault(budget.key(), 0) > 0;
            final double keep = lane == Lane.BULK ? budget.rate().burst() * limits.reserve() : 0;
            wait = Math.max(wait, yields ? MAX_NAP / 4 : bucket(budget, now).wait(now, keep));
        }
        if (wait > 0) {
            return wait;
        }
        budgets.forEach(budget -> buckets.get(budget.key()).take());
        if (++acquired % SWEEP_EVERY == 0) {
            buckets.values().removeIf(bucket -> bucket.idle(now));
        }
        return 0;
    }

    private synchronized void waiting(final List<PaceLimits.Budget> budgets, final int change) {
        budgets.forEach(budget -> repliesWaiting.merge(budget.key(), change, (old, delta) -> old + delta == 0 ? null
                : old + delta));
    }

    private TokenBucket bucket(final PaceLimits.Budget budget, final long now) {
        return buckets.computeIfAbsent(budget.key(), key -> new TokenBucket(budget.rate(), now));
    }
}
