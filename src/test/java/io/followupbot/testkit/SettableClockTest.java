package io.followupbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The tests' clock: moved by hand, and seen in any zone. */
final class SettableClockTest {

    @Test
    @DisplayName("GIVEN a settable clock seen in New York WHEN the test moves it a day THEN the zoned clock shows the "
            + "same instant a day later, in New York's local time")
    void aZonedViewFollowsTheHand() {
        final SettableClock clock = new SettableClock(Instant.parse("2026-03-10T23:00:00Z"));
        final Clock newYork = clock.withZone(ZoneId.of("America/New_York"));

        clock.advance(Duration.ofDays(1));

        assertThat(newYork.getZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(newYork.instant()).isEqualTo(Instant.parse("2026-03-11T23:00:00Z"));
        assertThat(LocalDateTime.now(newYork)).isEqualTo(LocalDateTime.parse("2026-03-11T19:00"));
        assertThat(newYork.withZone(ZoneId.of("UTC")).instant()).isEqualTo(clock.instant());
    }
}
