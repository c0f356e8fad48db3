package io.followupbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForEachTest;
import io.followupbot.testkit.Journeys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 33's applications before interviews, at the engine: {@code applied} late at night, the sentence, the
 * follow-up's draft, and the first interview taking the application's place (one application, its follow-up gone).
 */
final class AppliedJourneyTest {

    /** Monday 7 December 2026, 22:30 in New York (the members' default zone): late at night. */
    private static final Instant NOW = Instant.parse("2026-12-08T03:30:00Z");

    @RegisterExtension
    static final CoreForEachTest CORE = CoreForEachTest.at(NOW);

    private static ChatDriver newMember() {
        final ChatDriver chat = CORE.chat("U1");
        chat.startAsNewMember("Ana Ruiz | +1 555 0100 | ana@example.com");
        chat.say("cancel");
        return chat;
    }

    @Test
    @DisplayName("GIVEN a member late on Monday night WHEN they type applied Acme Analytics, Data Analyst yesterday THEN "
            + "it is saved as #1, sent on Sunday, with the follow-up 7 business days later and the move-on two weeks "
            + "after that")
    void appliedYesterday() {
        final ChatDriver chat = newMember();

        chat.say("applied Acme Analytics, Data Analyst yesterday");

        assertThat(chat.text()).isEqualTo(String.join("\n",
                "Saved as #1: your application to Acme Analytics for Data Analyst. If they stay quiet, I'll nudge you "
                        + "to follow up; when they invite you to an interview, type round 1 (or /followup) and its plan "
                        + "takes over.",
                "Company: Acme Analytics",
                "Role: Data Analyst",
                "Applied: Sunday 6 December 2026 (no interview yet)",
                "Tue 15 Dec, 09:00: follow-up on the application",
                "Tue 29 Dec, 09:00: close the loop and move on",
                "[Show it]"));
    }

    @Test
    @DisplayName("GIVEN a member WHEN they say \"I applied to Globex for the Product Manager role on Friday\" THEN it "
            + "is an application sent last Friday, listed with its next step")
    void appliedInASentence() {
        final ChatDriver chat = newMember();

        chat.say("I applied to Globex for the Product Manager role on Friday");
        chat.say("list");

        assertThat(chat.text()).isEqualTo("Your interviews:\n#1 Globex - Product Manager: applied, no interview yet - "
                + "next: follow-up on the application, Tue 15 Dec, 09:00\n[Add an interview]");
    }

    @Test
    @DisplayName("GIVEN an application sent on Sunday WHEN its follow-up falls due and the member asks for the draft "
            + "THEN it is a short note to the hiring team about the application, signed")
    void theFollowUpsDraft() {
        final ChatDriver chat = newMember();
        chat.say("applied Acme Analytics, Data Analyst yesterday");
        CORE.core().clock.advance(Duration.ofDays(7).plusHours(6).plusMinutes(30));

        chat.say("draft 1");

        assertThat(chat.text()).startsWith(String.join("\n",
                "Here's a draft (application follow up) for #1 Acme Analytics - Data Analyst. Make it yours, then send it.",
                "Subject: My application for the Data Analyst position",
                "Dear Acme Analytics team,",
                "",
                "I applied for the Data Analyst position at Acme Analytics on Sunday 6 December, and I am writing to "
                        + "confirm that it arrived and to say that I remain very interested in the role.",
                "",
                "If it would help, I am glad to send anything further or to arrange a short call. Could you let me "
                        + "know how the process looks from here?",
                "",
                "Thank you for your time.",
                "",
                "Kind regards,",
                "Ana Ruiz",
                "+1 555 0100 | ana@example.com\n["));
        assertThat(chat.text()).contains("[I sent it]");
    }

    @Test
    @DisplayName("GIVEN an application to Acme WHEN the member enters an interview with Acme for that role and answers "
            + "yes to the one question THEN it is the same application: the follow-up is gone, the thank-you and "
            + "check-ins are planned, and the work-search log shows the application and the interview")
    void theFirstInterviewTakesTheApplicationsPlace() {
        final ChatDriver chat = newMember();
        chat.say("applied Acme Analytics, Data Analyst yesterday");
        CORE.core().clock.advance(Duration.ofDays(8));

        chat.command("");
        chat.say("Acme Analytics");
        chat.say("Data Analyst");
        chat.say("today 2pm");
        chat.click("Video");
        chat.say("Rita Gomez, Recruiter");
        Journeys.finishWithoutDetails(chat);
        assertThat(chat.text()).startsWith("You applied to Acme Analytics for Data Analyst on Sun 6 Dec (#1). Is this "
                + "interview for that application? Then its plan takes the place of the follow-up on the application.");
        chat.click("Yes, for #1");
        chat.say("list");

        assertThat(chat.text()).isEqualTo("Your interviews:\n#1 Acme Analytics - Data Analyst: thank-you due - next: "
                + "thank-you to Rita Gomez, Wed 16 Dec, 08:00\n[Add an interview]");
        chat.say("plan 1");
        assertThat(chat.text()).doesNotContain("follow-up on the application").contains(
                "Tue 22 Dec, 09:00: status check-in");
        chat.say("report");
        assertThat(new String(chat.files().get(0).content(), StandardCharsets.UTF_8)).isEqualTo(String.join("\r\n",
                "date,activity,employer,position,contact,method,result",
                "2026-12-06,applied,Acme Analytics,Data Analyst,,application,",
                "2026-12-15,interview,Acme Analytics,Data Analyst,Rita Gomez,video,",
                "2026-W49,week total,,,,,1 activity",
                "2026-W51,week total,,,,,1 activity", ""));
    }

    @Test
    @DisplayName("GIVEN a member WHEN they type applied without a comma, with a day to come, or with a day that is no "
            + "day THEN each gets a sentence saying what to type, and nothing is saved")
    void refusals() {
        final ChatDriver chat = newMember();

        chat.say("applied Initech");
        assertThat(chat.text()).isEqualTo("Tell me the company and the role, with a comma between them, and when you "
                + "sent it if not today: applied Acme Analytics, Data Analyst yesterday.");
        chat.say("applied Initech, Analyst next friday");
        assertThat(chat.text()).isEqualTo("That day hasn't come yet. Tell me once you've sent it, or give the day you "
                + "did: applied Initech, Analyst yesterday.");
        chat.say("applied Globex, PM tomorrow");
        assertThat(chat.text()).isEqualTo("That day hasn't come yet. Tell me once you've sent it, or give the day you "
                + "did: applied Globex, PM yesterday.");
        chat.say("applied Initech, Analyst on the 45th");
        assertThat(chat.text()).isEqualTo("I couldn't read \"the 45th\" as a day. Type the day you sent it, e.g. "
                + "applied Initech, Analyst yesterday (or 2026-03-02).");
        chat.say("list");
        assertThat(chat.text()).startsWith("No interviews yet.");
    }

    @Test
    @DisplayName("GIVEN a weekly goal of 3 WHEN the member notes an application sent today (Monday) and one sent "
            + "yesterday (Sunday, the week before) THEN due counts one of three this week")
    void anApplicationCountsTowardTheWeeklyGoal() {
        final ChatDriver chat = newMember();
        chat.say("settings goal 3");

        chat.say("applied Acme Analytics, Data Analyst");
        chat.say("I applied to Globex for the Product Manager role yesterday");
        chat.say("due");

        assertThat(chat.text()).contains("Your weekly goal this week: 1 of 3 applications and follow-ups so far.");
    }

    @Test
    @DisplayName("GIVEN a member WHEN they type applied followed by a sentence (no comma) THEN it is read as the "
            + "sentence; WHEN the day is last week THEN the bot asks which, with a button for each")
    void appliedWithASentenceOrADoubtfulDay() {
        final ChatDriver chat = newMember();

        chat.say("applied to Globex for the Product Manager role yesterday");
        assertThat(chat.text()).startsWith("Saved as #1: your application to Globex for Product Manager.");
        chat.say("applied Initech, Analyst last week");
        assertThat(chat.text()).isEqualTo("Which day was it? Choose one or type the day and time, e.g. \"Tuesday "
                + "2pm\".\n[Mon 30 Nov, 12:00]\n[Tue 1 Dec, 12:00]\n[Wed 2 Dec, 12:00]\n[Thu 3 Dec, 12:00]\n"
                + "[Fri 4 Dec, 12:00]");
        chat.click("Wed 2 Dec, 12:00");
        assertThat(chat.text()).startsWith("Saved as #2: your application to Initech for Analyst.")
                .contains("Applied: Wednesday 2 December 2026 (no interview yet)");
    }
}
