package io.followupbot.testkit;

import io.followupbot.testkit.RateBuckets.Limit;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * Discord's rate limits as the emulator enforces them (discord.com/developers "Rate Limits"): 50 requests a second
 * per bot across all routes (the global limit; interaction callbacks and their webhooks are not bound by it), and
 * a bucket per route and major parameter: a message into a channel 5 per 5 seconds, every other route 50 a second.
 * Every answer carries the bucket's headers ({@code X-RateLimit-Limit}, {@code -Remaining}, {@code -Reset-After},
 * {@code -Bucket}, as JDA reads them); a refusal is HTTP 429 with {@code Retry-After} in whole seconds (JDA reads
 * it as a long), {@code X-RateLimit-Scope} and, for the global limit, {@code X-RateLimit-Global}, and the JSON body
 * {@code {"message", "retry_after", "global"}}.
 *
 * @param buckets what each bucket has left, spent by the requests these limits judge
 */
public record DiscordRateLimits(Limit global, Limit messages, Limit otherRoutes, RateBuckets buckets) {

    /** These limits, with buckets of their own that refill by the real time. */
    public DiscordRateLimits(final Limit global, final Limit messages, final Limit otherRoutes) {
        this(global, messages, otherRoutes, new RateBuckets());
    }

    public static DiscordRateLimits documented() {
        return new DiscordRateLimits(new Limit(50, 50), new Limit(1, 5), new Limit(50, 50));
    }

    /** Every rate {@code times} as fast (bursts kept): a benchmark's accelerated clock. */
    public DiscordRateLimits faster(final double times) {
        return new DiscordRateLimits(global.faster(times), messages.faster(times), otherRoutes.faster(times));
    }

    /**
     * These limits with their buckets refilling by {@code clock} only, not by the real time: a test that counts what
     * passes and what is refused moves the clock on itself, however slow its calls are.
     */
    public DiscordRateLimits on(final java.time.Clock clock) {
        return new DiscordRateLimits(global, messages, otherRoutes, RateBuckets.on(clock));
    }

    /**
     * Spends the request's budgets and writes the bucket headers; when it is over one, answers 429 and returns
     * true (the request is then not handled).
     */
    boolean refused(final Context context, final String method, final String path) {
        final boolean interaction = path.contains("/interactions/") || path.contains("/webhooks/");
        if (!interaction) {
            final RateBuckets.Verdict overall = buckets.take("global", global);
            if (!overall.allowed()) {
                refuse(context, overall.retryAfterSeconds(), true);
                return true;
            }
        }
        final String template = path.replaceAll("/\\d{6,}", "/{id}");
        final Limit limit = method.equals("POST") && template.endsWith("/channels/{id}/messages") ? messages : otherRoutes;
        final RateBuckets.Verdict route = buckets.take(method + " " + path, limit);
        context.header("X-RateLimit-Limit", Integer.toString((int) limit.burst()))
                .header("X-RateLimit-Remaining", Integer.toString(route.remaining()))
                .header("X-RateLimit-Reset-After", String.format(Locale.ROOT, "%.3f", route.resetAfterSeconds()))
                .header("X-RateLimit-Bucket", Integer.toHexString((method + " " + template).hashCode()));
        if (!route.allowed()) {
            refuse(context, route.retryAfterSeconds(), false);
            return true;
        }
        return false;
    }

    private static void refuse(final Context context, final double retryAfter, final boolean global) {
        context.header("Retry-After", Long.toString((long) Math.ceil(retryAfter)))
                .header("X-RateLimit-Scope", global ? "global" : "user");
        if (global) {
            context.header("X-RateLimit-Global", "true");
        }
        context.status(429).contentType("application/json").result(String.format(Locale.ROOT,
                "{\"message\":\"You are being rate limited.\",\"retry_after\":%.3f,\"global\":%s}", retryAfter, global));
    }
}
