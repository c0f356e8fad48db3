package io.followupbot.store;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * Version 7 UUIDs (RFC 9562): the first 48 bits are the epoch milliseconds, the rest random. Rows appended
 * in bulk (the delivery records of the event log) then land at the end of the primary key's b-tree instead
 * of on a random page each, which keeps a batch's write small.
 */
final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {
    }

    static String at(final Instant time) {
        final long millis = time.toEpochMilli();
        final long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        final long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
