package io.followupbot.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand, so that "a week later" takes no time. Thread-safe. */
public final class SettableClock extends Clock {

    private volatile Instant now;

    public SettableClock(final Instant start) {
        this.now = start;
    }

    public void set(final Instant instant) {
        now = instant;
    }

    public synchronized void advance(final Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** This clock seen in another zone: the same instant, moved by the same hand. */
    @Override
    public Clock withZone(final ZoneId zone) {
        final SettableClock hand = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(final ZoneId other) {
                return hand.withZone(other);
            }

            @Override
            public Instant instant() {
                return hand.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }
}
