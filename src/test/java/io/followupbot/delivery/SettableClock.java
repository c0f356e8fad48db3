package io.followupbot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it, so that "a week later" takes no time. Thread-safe. */
final class SettableClock extends Clock {

    private volatile Instant now;

    SettableClock(final Instant start) {
        this.now = start;
    }

    void set(final Instant instant) {
        now = instant;
    }

    synchronized void advance(final Duration by) {
        now = now.plus(by);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(final ZoneId zone) {
        return this;
    }
}
