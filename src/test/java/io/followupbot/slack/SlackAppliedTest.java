package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An application before any interview on Slack (issue 33), the real Bolt app against the emulator: said in a sentence
 * in the DM, then the follow-up's nudge with its draft, sent by the dispatcher 7 business days later.
 */
@OnSlack
final class SlackAppliedTest {

    @Test
    @DisplayName("GIVEN a member on Tuesday evening WHEN they say \"I applied to Acme Analytics for the Data Analyst "
            + "role yesterday\" in the DM THEN it is saved, and on Wednesday 18 March at 09:00 the nudge brings the "
            + "follow-up's draft with its buttons")
    void appliedThenTheFollowUpNudge(final SlackHarness harness, final SlackMember ana) {
        // GIVEN a member who has set up their signature
        ana.command("C1", null, "How should I sign");
        ana.say("Ana Ruiz | ana@example.com", "Which company");
        ana.say("cancel", "nothing was saved");

        // WHEN they say they applied yesterday (Monday 9 March)
        final String saved = ana.say("I applied to Acme Analytics for the Data Analyst role yesterday", "Saved as #1");

        // THEN the follow-up is 7 business days after Monday: Wednesday 18 March
        assertThat(saved).contains("Saved as #1: your application to Acme Analytics for Data Analyst.")
                .contains("*Applied*\nMonday 9 March 2026 (no interview yet)")
                .contains("*Wed 18 Mar, 09:00*\nfollow-up on the application");

        // AND WHEN that morning comes, the dispatcher sends the nudge with the draft
        final int before = harness.emulator().callCount();
        harness.clock().advance(Duration.ofDays(7).plusHours(14));
        harness.application().dispatchNow();
        final SlackEmulator.Call nudge = harness.awaitCalls(before, call -> ana.isToMe(call)
                && call.buttons().containsKey("I sent it")).get(0);
        assertThat(SlackEmulator.texts(java.util.List.of(nudge)).get(0))
                .contains("No word from Acme Analytics on your application for Data Analyst yet.")
                .contains("I applied for the Data Analyst position at Acme Analytics on Monday 9 March");
        assertThat(nudge.buttons()).containsEntry("I sent it", "sent 1 application_follow_up");
    }
}
