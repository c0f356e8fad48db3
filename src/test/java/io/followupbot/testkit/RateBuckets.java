package io.followupbot.testkit;

import java.util.HashMap;
import java.util.Map;

/**
 * The emulators' rate limits: a token bucket per key (a workspace's method, a channel, a bot), as the platforms
 * describe theirs: a steady rate with a burst allowance. Thread-safe.
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

    /** Takes a token for a call now, or says how long until one is there. */
    public synchronized Verdict take(final String key, final Limit limit) {
        final long now = System.nanoTime();
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
