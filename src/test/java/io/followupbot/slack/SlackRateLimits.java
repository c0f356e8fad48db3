package io.followupbot.slack;

import io.followupbot.testkit.RateBuckets.Limit;
import java.util.Map;

/**
 * The Web API's documented rate limits (api.slack.com "Rate limits"), per app and workspace (here: per token),
 * as the emulator enforces them with HTTP 429 and Retry-After: {@code chat.postMessage} one message a second per
 * channel with short bursts (20; Slack publishes no size, members observe 30 to 40) and "several hundred a minute"
 * per workspace (300: 5 a second, bursts of 30); every other method by its tier: Tier 1 one a minute (bursts of 5),
 * Tier 2 20, Tier 3 50, Tier 4 100 a minute, each with its minute's count as burst ("sporadic bursts are welcome").
 *
 * @param perChannel chat.postMessage into one channel
 * @param perWorkspace chat.postMessage across the workspace
 * @param tiers the other methods the bot calls, by name; any other method is Tier 4
 */
record SlackRateLimits(Limit perChannel, Limit perWorkspace, Map<String, Limit> tiers, Limit unlisted) {

    private static final Limit TIER_1 = new Limit(1.0 / 60, 5);
    private static final Limit TIER_2 = Limit.perMinute(20);
    private static final Limit TIER_3 = Limit.perMinute(50);
    private static final Limit TIER_4 = Limit.perMinute(100);

    static SlackRateLimits documented() {
        return new SlackRateLimits(new Limit(1, 20), new Limit(5, 30), Map.ofEntries(
                Map.entry("apps.connections.open", TIER_1),
                Map.entry("users.list", TIER_2),
                Map.entry("conversations.open", TIER_3),
                Map.entry("conversations.info", TIER_3),
                Map.entry("chat.update", TIER_3),
                Map.entry("chat.delete", TIER_3),
                Map.entry("team.info", TIER_3),
                Map.entry("users.info", TIER_4),
                Map.entry("chat.postEphemeral", TIER_4),
                Map.entry("views.open", TIER_4),
                Map.entry("views.publish", TIER_4),
                Map.entry("views.update", TIER_4),
                Map.entry("files.getUploadURLExternal", TIER_4),
                Map.entry("files.completeUploadExternal", TIER_4),
                Map.entry("auth.test", TIER_4),
                Map.entry("oauth.v2.access", TIER_4)), TIER_4);
    }

    /** No limits: a test or benchmark that measures something else and says so. */
    static SlackRateLimits unlimited() {
        final Limit none = new Limit(1e9, 1e9);
        return new SlackRateLimits(none, none, Map.of(), none);
    }

    /** Every rate {@code times} as fast (the bursts kept): one real second counts as {@code times} seconds. */
    SlackRateLimits faster(final double times) {
        final Map<String, Limit> scaled = new java.util.HashMap<>();
        tiers.forEach((method, limit) -> scaled.put(method, limit.faster(times)));
        return new SlackRateLimits(perChannel.faster(times), perWorkspace.faster(times), Map.copyOf(scaled),
                unlisted.faster(times));
    }

    Limit tier(final String method) {
        return tiers.getOrDefault(method, unlisted);
    }
}
