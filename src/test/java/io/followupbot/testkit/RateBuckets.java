package io.followupbot.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The emulators' rate limits: a token bucket per key (a workspace's method, a channel, a bot), as the platforms
 * describe theirs: a steady rate with a burst allowance. The buckets refill by the real time ({@link System#nanoTime})
 * or by a clock a test holds ({@link #on(Clock)}): a test that counts refusals then does not race the real clock
 * when its calls are slow (a loaded machine). Thread-safe.
 */
public final class RateBuckets {

    /** {@code perSecond} calls a second on average, {@code burst} at once after a quiet spell. */
    public record Limit(double perSecond, double burst) {

        public static Limit perMinute(final double count) {
            return new Limit(count / 60, count);
        }

        /** As fast as {@code times} seconds in one: a benchmark's accelerated clock. */
        public Limit faster(final double times) {
            return new Limit(perSecond * times, burst);
        }
    }

    /** What one call found: allowed or not, the tokens left, and the seconds until the bucket is full again. */
    public record Verdict(boolean allowed, int remaining, double resetAfterSeconds, double retryAfterSeconds) {
    }

    private final Map<String, double[]> buckets = new HashMap<>();
    /** Now, in nanoseconds from any fixed origin: only differences count. */
    private final LongSupplier nanos;

    /** Buckets that refill by the real time. */
    public RateBuckets() {
        this(System::nanoTime);
    }

    private RateBuckets(final LongSupplier nanos) {
        this.nanos = nanos;
    }

    /** Buckets that refill by {@code clock} only: while a test does not move it on, no call is worth a token again. */
    public static RateBuckets on(final Clock clock) {
        final Instant origin = clock.instant();
        // from the clock's first reading: small numbers, exact in the buckets' doubles
        return new RateBuckets(() -> Duration.between(origin, clock.instant()).toNanos());
    }

    /** Takes a token for a call now, or says how long until one is there. */
    public synchronized Verdict take(final String key, final Limit limit) {
        final long now = nanos.getAsLong();
        final double[] bucket = buckets.computeIfAbsent(key, ignored -> new double[] {limit.burst(), now});
        bucket[0] = Math.min(limit.burst(), bucket[0] + (now - bucket[1]) / 1e9 * limit.perSecond());
        bucket[1] = now;
        if (bucket[0] >= 1) {
            bucket[0] -= 1;
            return new Verdict(true, (int) bucket[0], (limit.burst() - bucket[0]) / limit.perSecond(), 0);
        }
        return new Verdict(false, 0, (limit.burst() - bucket[0]) / limit.perSecond(), (1 - bucket[0]) / limit.perSecond());
    }

    /** Forgets every bucket (a test that changes the limits). */
    public synchronized void clear() {
        buckets.clear();
    }
}
