package io.followupbot.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A button's {@code custom_id} is the command line it stands for, so a button keeps working after a
 * restart. Discord allows 100 characters; a longer command line gets a short id that maps back to it in
 * memory (bounded; after a restart such a button asks the member to type the command). The engine checks
 * every button value like typed text, so a forged id can only ever name the clicking member's own data.
 */
final class ButtonIds {

    static final int MAX_LENGTH = 100;
    private static final String SHORT_PREFIX = "~";

    private final Cache<String, String> longValues = Caffeine.newBuilder().maximumSize(10_000).build();
    private final AtomicLong counter = new AtomicLong();

    String idFor(final String value) {
        if (value.length() <= MAX_LENGTH && !value.startsWith(SHORT_PREFIX)) {
            return value;
        }
        final String id = SHORT_PREFIX + Long.toString(counter.incrementAndGet(), 36) + "-"
                + Integer.toHexString(value.hashCode());
        longValues.put(id, value);
        return id;
    }

    /** The command line behind a custom id; empty for a short id this process no longer knows. */
    Optional<String> valueOf(final String customId) {
        if (!customId.startsWith(SHORT_PREFIX)) {
            return Optional.of(customId);
        }
        return Optional.ofNullable(longValues.getIfPresent(customId));
    }
}
