package io.followupbot.delivery;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;

/**
 * The failing state of a loop that must not spin: how long to wait after each failure (doubling from
 * {@code first} to a {@code ceiling}), and one log line per change of state, never one per attempt: when it
 * starts failing, when it fails for another reason, and when it works again. Thread-safe.
 */
public final class FailureBackoff {

    private final Logger log;
    private final String what;
    private final Duration first;
    private final Duration ceiling;
    private int failures;
    private String reason;
    private long failingSince;

    /**
     * @param what names the work in the log, e.g. "delivering nudges"
     */
    public FailureBackoff(final Logger log, final String what, final Duration first, final Duration ceiling) {
        this.log = Objects.requireNonNull(log, "log");
        this.what = Objects.requireNonNull(what, "what");
        this.first = Objects.requireNonNull(first, "first");
        this.ceiling = Objects.requireNonNull(ceiling, "ceiling");
        if (first.isNegative() || first.isZero() || ceiling.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < first <= ceiling");
        }
    }

    /** Records a failure; returns how long to wait before the next attempt. */
    public synchronized Duration failed(final String why) {
        final String now = why == null || why.isBlank() ? "unknown failure" : why;
        if (failures == 0) {
            failingSince = System.nanoTime();
        }
        failures++;
        final Duration wait = delay(failures);
        if (failures == 1 || !now.equals(reason)) {
            log.warn("{} failed: {}; trying again with a growing pause (at most {} s), logged again only when "
                    + "this changes", what, now, ceiling.toSeconds());
        }
        reason = now;
        return wait;
    }

    /** Records a success; logs once if it had been failing. */
    public synchronized void succeeded() {
        if (failures == 0) {
            return;
        }
        final long seconds = Duration.ofNanos(System.nanoTime() - failingSince).toSeconds();
        log.info("{} works again, after {} failed attempts over {} s", what, failures, seconds);
        failures = 0;
        reason = null;
    }

    /** Why it is failing now, if it is. */
    public synchronized Optional<String> problem() {
        return failures == 0 ? Optional.empty() : Optional.of(reason);
    }

    /** The wait after the {@code failures}-th failure in a row: first, doubled each time, at most the ceiling. */
    Duration delay(final int failuresInARow) {
        final int doublings = Math.min(Math.max(failuresInARow - 1, 0), 30);
        final Duration doubled = first.multipliedBy(1L << doublings);
        return doubled.compareTo(ceiling) > 0 ? ceiling : doubled;
    }
}
