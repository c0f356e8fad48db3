package io.followupbot.delivery;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** What a platform said to one nudge. */
public sealed interface SendResult {

    /** The platform accepted the message. */
    record Delivered() implements SendResult {
    }

    /**
     * A passing failure (rate limit, timeout, 5xx): try again later, not before {@code retryAfter} when the
     * platform said so (HTTP 429 Retry-After).
     */
    record RetryLater(Optional<Duration> retryAfter, String reason) implements SendResult {

        public RetryLater {
            retryAfter = retryAfter == null ? Optional.empty() : retryAfter;
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * The platform refused for good (the member left the workspace, Discord 50007 "cannot send messages to
     * this user"): no more attempts, the member is unreachable.
     */
    record Permanent(String reason) implements SendResult {

        public Permanent {
            Objects.requireNonNull(reason, "reason");
        }
    }

    static SendResult delivered() {
        return new Delivered();
    }

    static SendResult retryLater(final String reason) {
        return new RetryLater(Optional.empty(), reason);
    }

    static SendResult retryAfter(final Duration retryAfter, final String reason) {
        return new RetryLater(Optional.of(retryAfter), reason);
    }

    static SendResult permanent(final String reason) {
        return new Permanent(reason);
    }
}
