package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The member's real timeline through Slack's emulator: a late entry, a command mid-intake, an interview to come. */
@OnSlack
final class SlackTimelineJourneyTest {

    @Test
    @DisplayName("GIVEN yesterday's 11pm interview entered at 7pm WHEN saved and dispatched THEN the plan says now, the "
            + "nudge says send it today and claims nothing; skipping the thank-you lets the LinkedIn connection go ahead")
    void lateEntry(final SlackHarness harness, final SlackMember ana) {
        ana.command("C1", null, "How should I sign");
        ana.say("Ana Ruiz | ana@example.com", "Which company");
        // a command word at a question is recognised, and the question asked again
        final String help = ana.say("help", "Back to your notes");
        assertThat(help).contains("Which company was the interview with?").contains("as the company");
        ana.say("Acme Analytics", "role");
        ana.say("Data Analyst", "When was the interview");
        ana.say("yesterday at 11pm", "phone, video or on-site");
        ana.click("Video", "Who interviewed you");
        ana.say("Ben Ode, Head of Data", "Noted 1 interviewer");
        ana.say("they didn't say", "conversation with Ben Ode");
        SlackJourneys.toTheSummary(ana, "their move to dbt");
        final String saved = ana.click("Confirm", "Saved as #1");
        assertThat(saved.lines()).containsSequence("*now*", "thank-you to Ben Ode")
                .containsSequence("*after the thank-you to Ben Ode*", "LinkedIn connection to Ben Ode");
        assertThat(harness.count("SELECT COUNT(*) FROM interviews WHERE company = 'help'")).isZero();

        final int before = harness.emulator().callCount();
        harness.application().dispatchNow();
        final SlackEmulator.Call nudge = harness.awaitCalls(before, call -> ana.isToMe(call)
                && call.allText().contains("send it today")).get(0);
        assertThat(nudge.allText()).doesNotContain("is out").doesNotContain("within 24 hours");
        assertThat(nudge.buttons()).containsEntry("I'll skip it", "skip 1 thank_you@Ben_Ode");

        ana.click("I'll skip it", "Okay, skipped: thank-you to Ben Ode. Next: LinkedIn connection to Ben Ode");
    }

    @Test
    @DisplayName("GIVEN an interview tomorrow WHEN the member asks for a draft THEN there is no thank-you yet, and the "
            + "bot says when it comes")
    void upcoming(final SlackMember ana) {
        assertThat(SlackJourneys.toTheFormat(ana, "skip", "Acme Analytics", "Data Analyst", "tomorrow 3pm"))
                .contains("Will it be by phone, video or on-site?");
        ana.click("Video", "Who will interview you");
        ana.say("skip", "How do they prefer to be contacted?");
        ana.click("Email", "Save it?");
        ana.click("Confirm", "prepare for the interview");
        final String draft = ana.say("draft 1", "hasn't happened yet");
        assertThat(draft).doesNotContain("Thank you for meeting me");
    }
}
