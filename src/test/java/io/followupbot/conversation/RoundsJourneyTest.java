package io.followupbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForClass;
import io.followupbot.testkit.Journeys;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 28's journey at the engine: a recruiter screen eight days ago, then the hiring-manager round yesterday with
 * two interviewers who decide "a week from Friday". It is one application of two rounds, with the second round's two
 * thank-yous, one check-in sequence after the decision date, one move-on, and no check-in due now.
 */
final class RoundsJourneyTest {

    /** Wednesday 25 November 2026, 10:00 in New York (the members' default zone). */
    private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(NOW);

    private static ChatDriver chat;

    @BeforeAll
    static void screenThenSecondRound() {
        // GIVEN a newcomer who enters a phone screen with Rita Gomez on Tuesday 17 November
        chat = CORE.newcomer().chat();
        chat.command("");
        for (final String answer : new String[] {"ok", "Ana Ruiz | +1 555 0100 | ana@example.com", "Acme Analytics",
            "Data Analyst", "2026-11-17 10:00"}) {
            chat.say(answer);
        }
        chat.click("Phone");
        chat.say("Rita Gomez, Recruiter, rita@acme.test");
        Journeys.finishWithoutDetails(chat);
        // AND then the second round, yesterday, with two interviewers who decide a week from Friday
        chat.say("I had my second round with Acme Analytics yesterday at 2pm");
        assertThat(chat.text()).startsWith("Round 2 of #1 Acme Analytics - Data Analyst, Tuesday 24 November 2026 at "
                + "14:00.");
        chat.click("Video");
        chat.say("Dr. Maya Chen, Head of Data; Tom Baker, Analytics Lead");
        chat.say("a week from Friday");
        chat.say("her plan to move reporting to dbt");
        chat.say("his question about churn");
        chat.say("skip");
        chat.say("skip");
        chat.click("Email");
        chat.click("Confirm");
        assertThat(chat.text()).startsWith("Saved as round 2 of #1, Acme Analytics.");
    }

    @Test
    @DisplayName("GIVEN a screen and a second round WHEN the member lists their interviews THEN there is one "
            + "application of 2 rounds, whose next step is the second round's thank-you")
    void listShowsOneApplicationOfTwoRounds() {
        // WHEN
        chat.say("list");
        // THEN
        assertThat(chat.text()).isEqualTo("Your interviews:\n#1 Acme Analytics - Data Analyst (2 rounds): thank-you due"
                + " - next: thank-you to Dr. Maya Chen (round 2), now\n[Add an interview]");
    }

    @Test
    @DisplayName("GIVEN a screen and a second round WHEN the member asks what is due THEN it is the second round's "
            + "thank-you, not a check-in")
    void dueIsTheThankYouNotACheckIn() {
        // WHEN
        chat.say("due");
        // THEN
        assertThat(chat.text()).isEqualTo("What's due next:\n#1 Acme Analytics - Data Analyst (2 rounds): thank-you to "
                + "Dr. Maya Chen (round 2), now");
    }

    @Test
    @DisplayName("GIVEN a screen and a second round WHEN the member shows the application THEN both rounds are listed, "
            + "then the second round's two thank-yous, one check-in sequence after the decision date and one move-on")
    void showListsTheRoundsAndOnePlan() {
        // WHEN
        chat.say("show 1");
        // THEN
        assertThat(chat.text()).isEqualTo(String.join("\n",
                "#1 Acme Analytics - Data Analyst (2 rounds)",
                "Company: Acme Analytics",
                "Role: Data Analyst",
                "Round 1: Tue 17 Nov, 10:00, phone, with Rita Gomez (Recruiter)",
                "Round 2: Tue 24 Nov, 14:00, video, with Dr. Maya Chen (Head of Data) and Tom Baker (Analytics Lead)",
                "When: Tuesday 24 November 2026 at 14:00",
                "Format: video",
                "Interviewers: Dr. Maya Chen (Head of Data): her plan to move reporting to dbt; Tom Baker (Analytics "
                        + "Lead): his question about churn",
                "Decision: by Friday 4 December 2026",
                "Contact by: email",
                "Stage: thank-you due",
                "now: thank-you to Dr. Maya Chen (round 2)",
                "now: thank-you to Tom Baker (round 2)",
                "Mon 7 Dec, 09:00: status check-in",
                "Mon 14 Dec, 09:00: status check-in #2 (final)",
                "Mon 21 Dec, 09:00: close the loop and move on",
                "after the thank-you to Dr. Maya Chen: LinkedIn connection to Dr. Maya Chen (round 2)",
                "after the thank-you to Tom Baker: LinkedIn connection to Tom Baker (round 2)",
                "skipped: thank-you to Rita Gomez (round 1; 7 days after the interview, a thank-you has lost its "
                        + "point; the check-in does the job now)",
                "[Next draft]", "[They replied]", "[Edit]", "[Archive]"));
    }

    @Test
    @DisplayName("GIVEN a screen and a second round WHEN the member asks for the next draft THEN Maya's thank-you "
            + "continues the conversation begun with Rita on 17 November")
    void theSecondRoundsThankYouReferToTheScreen() {
        // WHEN
        chat.say("draft 1");
        // THEN
        assertThat(chat.text()).contains("Dear Dr. Chen,", "It was good to continue the conversation I began with Rita "
                + "Gomez on Tuesday 17 November.").doesNotContain("Note:");
    }

    @Test
    @DisplayName("GIVEN a screen and a second round WHEN the member asks for a check-in draft THEN it speaks of their "
            + "conversations with the second round's interviewers and Rita")
    void theCheckInSpeaksOfTheProcess() {
        // WHEN
        chat.say("draft 1 check_in");
        // THEN
        assertThat(chat.text()).contains("Dear Dr. Chen and Tom,", "I am writing to follow up on my conversations with "
                + "you and Rita Gomez about the Data Analyst position at Acme Analytics, the latest on Tuesday 24 "
                + "November.");
    }
}
