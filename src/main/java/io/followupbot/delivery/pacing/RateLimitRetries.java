package io.followupbot.delivery.pacing;

import io.followupbot.delivery.Nudge;
import io.followupbot.delivery.NudgeSender;
import io.followupbot.delivery.SendResult;
import java.time.Duration;
import java.util.Objects;

/**
 * Sends a nudge again, at once, when the platform refused it for now with a short Retry-After (HTTP 429): the
 * adapter told its {@link Pacer} (which closed the call's buckets until then), so the next attempt waits there
 * for as long as the platform asked, then goes out. A 429 means the platform did not take the message, so the
 * attempt after it repeats nothing; the nudge keeps its place instead of falling back a minute behind the
 * step's own backoff. A longer Retry-After, more than {@link #ATTEMPTS} refusals in a row, or attempts that would
 * take the nudge past {@link #MAX_INLINE} in all, are left to the dispatcher's backoff (which waits at least the
 * Retry-After): one nudge must not hold its batch past the lease's renewal (the dispatcher renews between nudges).
 */
public final class RateLimitRetries implements NudgeSender {

    static final int ATTEMPTS = 5;
    /** The longest one nudge is tried inline, waits included: well inside the lease's renewal (a third of 30 s). */
    static final Duration MAX_INLINE = Duration.ofSeconds(5);

    private final NudgeSender sender;

    public RateLimitRetries(final NudgeSender sender) {
        this.sender = Objects.requireNonNull(sender, "sender");
    }

    @Override
    public SendResult send(final Nudge nudge) {
        final long started = System.nanoTime();
        SendResult result = sender.send(nudge);
        for (int attempt = 1; attempt < ATTEMPTS && shortRefusal(result, Duration.ofNanos(System.nanoTime() - started));
             attempt++) {
            result = sender.send(nudge);
        }
        return result;
    }

    private static boolean shortRefusal(final SendResult result, final Duration spent) {
        return result instanceof SendResult.RetryLater later && later.retryAfter()
                .filter(wait -> spent.plus(wait).compareTo(MAX_INLINE) <= 0).isPresent();
    }
}
