package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A nudge's snoozes on Slack (issue 31), through the Slack emulator: buttons in the nudge's blocks. */
@OnSlack
final class SlackTimingTest {

    @Test
    @DisplayName("GIVEN a thank-you nudge on Tuesday evening in New York WHEN the member presses next business day "
            + "THEN the nudge's blocks offered the four snoozes as buttons whose values are their commands, and the "
            + "thank-you comes back on Wednesday at 09:00")
    void snoozeChoicesAreButtons(final SlackHarness harness, final SlackMember ana) {
        // GIVEN an interview at 14:00 and its thank-you nudge at 20:00
        SlackJourneys.interviewToday(ana);
        final int before = harness.emulator().callCount();
        harness.clock().advance(Duration.ofHours(1));
        harness.application().dispatchNow();
        final SlackEmulator.Call nudge = harness.awaitCalls(before, call -> ana.isToMe(call)
                && call.buttons().containsKey("Snooze till next week")).get(0);
        final String ref = nudge.buttons().get("I sent it").substring("sent 1 ".length());

        // WHEN the member presses next business day
        final String reply = ana.press(nudge.buttons().get("Snooze till next business day"), "Okay, I'll remind you");

        // THEN
        assertThat(nudge.buttons()).containsEntry("Snooze 1 hour", "snooze 1 " + ref + " in an hour")
                .containsEntry("Snooze till tomorrow", "snooze 1 " + ref + " tomorrow morning")
                .containsEntry("Snooze till next business day", "snooze 1 " + ref + " next business day")
                .containsEntry("Snooze till next week", "snooze 1 " + ref + " next week");
        assertThat(reply).contains("Okay, I'll remind you about the thank-you to ").contains(" on Wed 11 Mar, 09:00.");
    }
}
