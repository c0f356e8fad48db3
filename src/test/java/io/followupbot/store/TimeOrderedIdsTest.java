package io.followupbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Time-ordered ids")
class TimeOrderedIdsTest {

    @Test
    @DisplayName("are version 7 UUIDs that sort by their time, as text")
    void sortByTime() {
        // GIVEN two instants a millisecond apart
        final Instant earlier = Instant.parse("2025-03-03T09:00:00.000Z");
        // WHEN an id is made for each
        final String first = TimeOrderedIds.at(earlier);
        final String second = TimeOrderedIds.at(earlier.plusMillis(1));
        // THEN both are RFC 9562 version 7, and the later one sorts after the earlier one
        assertThat(UUID.fromString(first).version()).isEqualTo(7);
        assertThat(UUID.fromString(first).variant()).isEqualTo(2);
        assertThat(second).isGreaterThan(first);
        assertThat(Long.parseLong(first.replace("-", "").substring(0, 12), 16)).isEqualTo(earlier.toEpochMilli());
    }
}
