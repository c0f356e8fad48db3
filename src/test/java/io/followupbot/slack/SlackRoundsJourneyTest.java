package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 28's journey through Slack's emulator (the real Bolt app over signed HTTP): a recruiter screen eight days ago,
 * the hiring manager's round yesterday with two interviewers who decide "a week from Friday". One application of two
 * rounds, the second round's two thank-yous, one check-in sequence after the decision date, one move-on, and no
 * check-in due now.
 */
@OnSlack
final class SlackRoundsJourneyTest {

    @Test
    @DisplayName("GIVEN a screen eight days ago WHEN the member says they had their second round yesterday THEN Slack "
            + "shows one application of two rounds with the second round's thank-yous and one check-in sequence")
    void secondRoundIsOneApplication(final SlackHarness harness, final SlackMember ana) {
        // GIVEN the recruiter screen, Monday 2 March (the harness's now is Tuesday 10 March, 19:00 in New York)
        SlackJourneys.firstInterview(ana, "2 March at 10am", "Phone", "Rita Gomez, Recruiter");

        // WHEN the member tells of the second round in a sentence, and answers its questions
        final String asked = ana.say("I had my second round with Acme Analytics yesterday at 2pm", "phone, video");
        assertThat(asked.lines()).contains("Round 2 of #1 Acme Analytics - Data Analyst. A few questions about it.");
        ana.click("Video", "Who interviewed you");
        ana.say("Dr. Maya Chen, Head of Data; Tom Baker, Analytics Lead", "hear back");
        ana.say("a week from Friday", "Decision expected by Friday 20 March 2026.");
        ana.say("her plan to move reporting to dbt", "conversation with Tom Baker");
        SlackJourneys.toTheSummary(ana, "his question about churn");
        final String saved = ana.click("Confirm", "Saved as round 2 of #1");

        // THEN one application of two rounds: the second round's two thank-yous, one check-in sequence from the
        // business day after the decision date, one move-on; the screen's thank-you left out with its reason
        assertThat(saved.lines()).containsSequence(
                "Saved as round 2 of #1, Acme Analytics. Here is your plan; I'll nudge you with a ready draft each time.",
                "*now*", "thank-you to Dr. Maya Chen (round 2)",
                "*now*", "thank-you to Tom Baker (round 2)",
                "*Mon 23 Mar, 09:00*", "status check-in",
                "*Mon 30 Mar, 09:00*", "status check-in #2 (final)",
                "*Mon 6 Apr, 09:00*", "close the loop and move on",
                "*after the thank-you to Dr. Maya Chen*", "LinkedIn connection to Dr. Maya Chen (round 2)",
                "*after the thank-you to Tom Baker*", "LinkedIn connection to Tom Baker (round 2)",
                "*skipped*", "thank-you to Rita Gomez (round 1; 8 days after the interview, a thank-you has lost its "
                        + "point; the check-in does the job now)");
        // (the dispatcher sends what is due now, the two thank-yous: in this call or in its own background run
        // meanwhile, either way once; the plan is read when both are out and nothing is in flight)
        harness.dispatchUntilDelivered("thank_you@", 2);
        assertThat(harness.count("SELECT COUNT(*) FROM interviews WHERE application_id IS NULL")).isEqualTo(1);
        assertThat(harness.count("SELECT COUNT(*) FROM interviews")).isEqualTo(2);
        assertThat(harness.pendingAnd("thank_you@")).containsExactly(
                "thank_you@Dr. Maya Chen delivered", "thank_you@Tom Baker delivered", "check_in pending",
                "check_in#2 pending", "move_on pending");
        // AND the lists show one application, whose next step is a thank-you: no check-in is due now
        assertThat(ana.command("C1", "list", "Your interviews").lines()).containsSequence(
                "*#1 Acme Analytics - Data Analyst (2 rounds)*",
                "thank-you due - next: thank-you to Dr. Maya Chen (round 2), now");
        final String due = ana.command("C1", "due", "due next");
        assertThat(due.lines()).containsSequence("*#1 Acme Analytics - Data Analyst (2 rounds)*",
                "thank-you to Dr. Maya Chen (round 2), now").noneMatch(line -> line.contains("check-in"));
    }
}
