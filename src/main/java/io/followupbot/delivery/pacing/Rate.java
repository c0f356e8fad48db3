package io.followupbot.delivery.pacing;

/**
 * One budget of a platform: {@code perSecond} calls a second on average, with bursts of up to {@code burst} calls
 * when it has been idle.
 */
public record Rate(double perSecond, double burst) {

    public Rate {
        if (!(perSecond > 0) || !(burst >= 1)) {
            throw new IllegalArgumentException("a rate needs perSecond > 0 and burst >= 1");
        }
    }

    /** {@code count} calls a minute, all of which may come at once (Slack's tiers: "sporadic bursts are welcome"). */
    public static Rate perMinute(final double count) {
        return new Rate(count / 60, Math.max(1, count));
    }

    /** {@code factor} times as fast, the burst kept (a share of several instances, or a benchmark's faster clock). */
    public Rate times(final double factor) {
        return new Rate(perSecond * factor, Math.max(1, burst * Math.min(1, factor)));
    }
}
