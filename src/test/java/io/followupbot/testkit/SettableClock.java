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

    @Override
    public Clock withZone(final ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
