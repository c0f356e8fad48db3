package io.followupbot.delivery;

import java.util.Map;

/** Routes each nudge to the sender of the member's platform ({@code slack}, {@code discord}, {@code web}). */
public final class NudgeSenders implements NudgeSender {

    private final Map<String, NudgeSender> byPlatform;

    public NudgeSenders(final Map<String, NudgeSender> byPlatform) {
        this.byPlatform = Map.copyOf(byPlatform);
    }

    /**
     * A platform without a sender in this run (its credentials are not set) is a passing failure: the step
     * waits with backoff, in case the platform is configured again.
     */
    @Override
    public SendResult send(final Nudge nudge) {
        final NudgeSender sender = byPlatform.get(nudge.memberKey().platform());
        if (sender == null) {
            return SendResult.retryLater("no sender for platform " + nudge.memberKey().platform());
        }
        return sender.send(nudge);
    }
}
