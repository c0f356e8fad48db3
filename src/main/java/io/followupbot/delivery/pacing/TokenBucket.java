package io.followupbot.delivery.pacing;

/**
 * A token bucket over a monotonic clock in nanoseconds: refills at the rate, holds at most the burst, and can be
 * closed until a given moment (the platform said 429 with Retry-After). Not thread-safe: the {@link Pacer} guards it.
 */
final class TokenBucket {

    private final Rate rate;
    private double tokens;
    private long refilledAt;
    private long closedUntil;

    TokenBucket(final Rate rate, final long now) {
        this.rate = rate;
        this.tokens = rate.burst();
        this.refilledAt = now;
        this.closedUntil = now;
    }

    /**
     * How long until one token can be taken while {@code keep} tokens stay in the bucket (the part reserved for
     * the interactive lane); 0 when it can be taken now.
     */
    long wait(final long now, final double keep) {
        refill(now);
        if (now < closedUntil) {
            return closedUntil - now;
        }
        final double wanted = Math.min(keep, rate.burst() - 1) + 1;
        if (tokens >= wanted) {
            return 0;
        }
        return Math.max(1, (long) Math.ceil((wanted - tokens) / rate.perSecond() * 1e9));
    }

    void take() {
        tokens -= 1;
    }

    /** The platform refused a call: nothing more until {@code until}, and no burst right after it. */
    void closeUntil(final long now, final long until) {
        refill(now);
        closedUntil = Math.max(closedUntil, until);
        tokens = Math.min(tokens, 0);
    }

    /** Full and open: the same as a new bucket, so the pacer may forget it. */
    boolean idle(final long now) {
        refill(now);
        return now >= closedUntil && tokens >= rate.burst();
    }

    private void refill(final long now) {
        if (now > refilledAt) {
            tokens = Math.min(rate.burst(), tokens + (now - refilledAt) * rate.perSecond() / 1e9);
            refilledAt = now;
        }
    }
}
