package io.followupbot.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a thank-you nudge reads, by the time since the interview ended (rules, section 1). */
final class ThankYouWindowTest {

    private static final Instant END = Instant.parse("2026-03-10T18:45:00Z");

    @ParameterizedTest(name = "{0} after the end: {1}")
    @DisplayName("GIVEN the time since the interview ended WHEN a thank-you is offered THEN up to 12 hours it is on "
            + "time, up to 48 hours 'send it today', and after that the honest late wording")
    @CsvSource(textBlock = """
            PT0S, ON_TIME
            PT12H, ON_TIME
            PT12H0.001S, TODAY
            PT48H, TODAY
            PT48H0.001S, LATE
            P6D, LATE
            """)
    void wording(final Duration since, final ThankYouWindow.Wording expected) {
        assertThat(ThankYouWindow.wording(END, END.plus(since))).isEqualTo(expected);
    }
}
