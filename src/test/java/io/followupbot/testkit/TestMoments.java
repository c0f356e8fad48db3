package io.followupbot.testkit;

import java.time.Instant;

/** The moments the conversation tests are set at, named once: one interview day in New York, the default zone. */
public final class TestMoments {

    /** Tuesday 10 March 2026, 19:00 in New York: the evening of the interview day, when most tests run. */
    public static final Instant TUESDAY_EVENING = Instant.parse("2026-03-10T23:00:00Z");

    /** Tuesday 10 March 2026, 14:00 in New York: the afternoon's interview. */
    public static final Instant TUESDAY_AFTERNOON = Instant.parse("2026-03-10T18:00:00Z");

    private TestMoments() {
    }
}
