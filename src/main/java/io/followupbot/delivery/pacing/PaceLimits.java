package io.followupbot.delivery.pacing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The platforms' documented limits as the budgets a call spends: which buckets, at which rate.
 *
 * <p><b>Slack</b> (api.slack.com, "Rate limits"; limits apply per method, per app, per workspace):
 * {@code chat.postMessage} about one message a second per channel, short bursts allowed, and a workspace-wide
 * limit of "several hundred messages a minute" (taken as 300: 5 a second, bursts of 30); other methods by their
 * tier: Tier 1 one a minute, Tier 2 20, Tier 3 50 ({@code conversations.open}), Tier 4 100
 * ({@code users.info}, {@code chat.postEphemeral}, {@code views.open}, {@code views.publish}).
 *
 * <p><b>Discord</b> (discord.com/developers, "Rate Limits"): 50 requests a second per bot across every route,
 * and per-route buckets whose sizes Discord announces in headers (JDA follows those itself); messages into one
 * channel are paced at the bucket Discord announces for them, 5 per 5 seconds.
 *
 * <p>With several instances, each takes its share ({@link #share}): {@code FOLLOWUP_INSTANCES} instances each
 * spend 1/N of every budget, so together they stay within the platform's limit without talking to each other.
 *
 * @param factor every rate multiplied by this (1 in production; a share of several instances is below 1, a
 *     benchmark on a faster clock above it)
 * @param reserve the part of each bucket's burst kept for the interactive lane: bulk work waits while fewer are left
 */
public record PaceLimits(double factor, double reserve) {

    /** Slack's posting budget per workspace: "several hundred messages per minute", taken as 300. */
    public static final Rate SLACK_POSTS_PER_WORKSPACE = new Rate(5, 30);
    /** Slack's posting budget per channel: about one a second, short bursts allowed. */
    public static final Rate SLACK_POSTS_PER_CHANNEL = new Rate(1, 3);
    public static final Rate DISCORD_GLOBAL = new Rate(50, 50);
    public static final Rate DISCORD_POSTS_PER_CHANNEL = new Rate(1, 5);
    private static final Map<String, Rate> SLACK_TIERS = Map.of(
            "conversations.open", Rate.perMinute(50),
            "users.info", Rate.perMinute(100),
            "chat.postEphemeral", Rate.perMinute(100),
            "views.open", Rate.perMinute(100),
            "views.publish", Rate.perMinute(100),
            "chat.update", Rate.perMinute(50));
    private static final Rate SLACK_UNLISTED = Rate.perMinute(20);

    public PaceLimits {
        if (!(factor > 0) || reserve < 0 || reserve >= 1) {
            throw new IllegalArgumentException("pacing needs factor > 0 and 0 <= reserve < 1");
        }
    }

    /** The documented limits, for one instance; a fifth of every burst kept for replies. */
    public static PaceLimits documented() {
        return new PaceLimits(1, 0.2);
    }

    /** The documented limits shared by {@code FOLLOWUP_INSTANCES} instances (1 when unset or unreadable). */
    public static PaceLimits fromEnvironment(final Map<String, String> environment) {
        try {
            return documented().share(Math.max(1, Integer.parseInt(environment.getOrDefault("FOLLOWUP_INSTANCES",
                    "1").strip())));
        } catch (final NumberFormatException unreadable) {
            return documented();
        }
    }

    /** This instance's share when {@code instances} instances send at the same time. */
    public PaceLimits share(final int instances) {
        return new PaceLimits(factor / instances, reserve);
    }

    /** Every rate {@code times} as fast: a benchmark whose emulator counts scaled seconds. */
    public PaceLimits faster(final double times) {
        return new PaceLimits(factor * times, reserve);
    }

    /** The buckets a call spends one token of, each with its key and rate. */
    List<Budget> budgets(final PacedCall call) {
        final List<Budget> budgets = new ArrayList<>(2);
        final String account = call.platform() + '|' + call.account() + '|';
        if (call.platform().equals("slack")) {
            if (call.method().equals("chat.postMessage")) {
                budgets.add(new Budget(account + "post", SLACK_POSTS_PER_WORKSPACE.times(factor)));
                budgets.add(new Budget(account + "post|" + call.channel(), SLACK_POSTS_PER_CHANNEL.times(factor)));
            } else {
                budgets.add(new Budget(account + call.method(),
                        SLACK_TIERS.getOrDefault(call.method(), SLACK_UNLISTED).times(factor)));
            }
        } else if (call.platform().equals("discord")) {
            budgets.add(new Budget(account + "global", DISCORD_GLOBAL.times(factor)));
            if (!call.channel().isEmpty()) {
                budgets.add(new Budget(account + "post|" + call.channel(), DISCORD_POSTS_PER_CHANNEL.times(factor)));
            }
        }
        return budgets;
    }

    /** One bucket a call spends from. */
    record Budget(String key, Rate rate) {
    }
}
