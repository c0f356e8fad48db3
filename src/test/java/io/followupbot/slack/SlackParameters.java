package io.followupbot.slack;

import io.followupbot.testkit.FixtureParameters;

/**
 * What {@link OnSlack} passes to a test: a {@link SlackHarness} in standard words, started for that test (the same
 * one to its {@code @BeforeEach} methods) and stopped after it, and member U1 of workspace T1 on it.
 */
final class SlackParameters extends FixtureParameters<SlackHarness> {

    SlackParameters() {
        super(SlackHarness.class, SlackMember.class, false);
    }

    @Override
    protected SlackHarness fixture(final Class<?> testClass) {
        return SlackHarness.standard();
    }

    @Override
    protected Object made(final SlackHarness harness) {
        return harness.member("T1", "U1");
    }
}
