package io.followupbot.delivery;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * When to try a nudge again after a passing failure: {@code base} doubled per earlier failure, at most
 * {@code cap}, but never before the platform's Retry-After; after {@code maxAttempts} failures the step fails.
 */
public record RetryPolicy(Duration base, Duration cap, int maxAttempts) {

    public RetryPolicy {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < base <= cap");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** One minute, doubling to at most an hour, ten attempts. */
    public static RetryPolicy standard() {
        return new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 10);
    }

    /** How long to wait after the failure of attempt number {@code failedBefore + 1}. */
    public Duration delay(final int failedBefore, final Optional<Duration> retryAfter) {
        final int doublings = Math.min(Math.max(failedBefore, 0), 30);
        final Duration backoff = base.multipliedBy(1L << doublings);
        final Duration capped = backoff.compareTo(cap) > 0 ? cap : backoff;
        return retryAfter.filter(after -> after.compareTo(capped) > 0).orElse(capped);
    }

    /** Whether a step that has failed {@code failedBefore} times and failed again now is given up. */
    public boolean exhausted(final int failedBefore) {
        return failedBefore + 1 >= maxAttempts;
    }
}
