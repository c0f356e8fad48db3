package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.testkit.Journeys;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A member's journeys through Slack's emulator (the real Bolt app over signed HTTP), each test on a bot of its own
 * whose now is Tuesday 10 March 2026, 19:00 in New York.
 */
@OnSlack
final class JourneysOnSlackTest {

    /**
     * Issue 28's journey: a recruiter screen eight days ago, the hiring manager's round yesterday with two interviewers
     * who decide "a week from Friday". One application of two rounds, the second round's two thank-yous, one check-in
     * sequence after the decision date, one move-on, and no check-in due now.
     */
    @Nested
    @DisplayName("issue 28's second round")
    final class Rounds {

        @Test
        @DisplayName("GIVEN a screen eight days ago WHEN the member says they had their second round yesterday THEN "
                + "Slack shows one application of two rounds with the second round's thank-yous and one check-in "
                + "sequence")
        void secondRoundIsOneApplication(final SlackHarness harness, final SlackMember ana) {
            // GIVEN the recruiter screen, Monday 2 March (the harness's now is Tuesday 10 March, 19:00 in New York)
            SlackJourneys.firstInterview(ana, "2 March at 10am", "Phone", "Rita Gomez, Recruiter");

            // WHEN the member tells of the second round in a sentence, and answers its questions
            final String asked = ana.say("I had my second round with Acme Analytics yesterday at 2pm", "phone, video");
            assertThat(asked.lines())
                    .contains("Round 2 of #1 Acme Analytics - Data Analyst, Monday 9 March 2026 at 14:00. A few questions "
                            + "about it.");
            ana.click("Video", "Who interviewed you");
            ana.say("Dr. Maya Chen, Head of Data; Tom Baker, Analytics Lead", "hear back");
            ana.say("a week from Friday", "Decision expected by Friday 20 March 2026.");
            ana.say("her plan to move reporting to dbt", "conversation with Tom Baker");
            final String saved = SlackJourneys.saved(ana, "his question about churn", "Saved as round 2 of #1");

            // THEN one application of two rounds: the second round's two thank-yous, one check-in sequence from the
            // business day after the decision date, one move-on; the screen's thank-you left out with its reason
            assertThat(saved.lines()).containsSequence(
                    "Saved as round 2 of #1, Acme Analytics. Here is your plan; I'll nudge you with a ready draft each "
                            + "time.",
                    "*now*", "thank-you to Dr. Maya Chen (round 2)",
                    "*now*", "thank-you to Tom Baker (round 2)",
                    "*Mon 23 Mar, 09:00*", "status check-in",
                    "*Mon 30 Mar, 09:00*", "status check-in #2 (final)",
                    "*Mon 6 Apr, 09:00*", "close the loop and move on",
                    "*after the thank-you to Dr. Maya Chen*", "LinkedIn connection to Dr. Maya Chen (round 2)",
                    "*after the thank-you to Tom Baker*", "LinkedIn connection to Tom Baker (round 2)",
                    "*skipped*", "thank-you to Rita Gomez (round 1; 8 days after the interview, a thank-you has lost "
                            + "its point; the check-in does the job now)");
            // AND the thank-yous go out once, and the plan keeps one check-in sequence
            Journeys.secondRoundThankedOnce(harness);
            // AND the lists show one application, whose next step is a thank-you: no check-in is due now
            assertThat(ana.command("C1", "list", "Your interviews").lines()).containsSequence(
                    "*#1 Acme Analytics - Data Analyst (2 rounds)*",
                    "thank-you due - next: thank-you to Dr. Maya Chen (round 2), now");
            final String due = ana.command("C1", "due", "due next");
            assertThat(due.lines()).containsSequence("*#1 Acme Analytics - Data Analyst (2 rounds)*",
                    "thank-you to Dr. Maya Chen (round 2), now").noneMatch(line -> line.contains("check-in"));
        }
    }

    /** The member's real timeline: a late entry, a command mid-intake, an interview to come. */
    @Nested
    @DisplayName("a real timeline")
    final class Timeline {

        @Test
        @DisplayName("GIVEN yesterday's 11pm interview entered at 7pm WHEN saved and dispatched THEN the plan says "
                + "now, the nudge says send it today and claims nothing; skipping the thank-you lets the "
                + "LinkedIn connection go ahead")
        void lateEntry(final SlackHarness harness, final SlackMember ana) {
            SlackJourneys.toTheCompany(ana, "Ana Ruiz | ana@example.com");
            // a command word at a question is recognised, and the question asked again
            final String help = ana.say("help", "Back to your notes");
            assertThat(help).contains("Which company was the interview with?").contains("as the company");
            ana.say("Acme Analytics", "role");
            ana.say("Data Analyst", "When was the interview");
            ana.say("yesterday at 11pm", "phone, video or on-site");
            ana.click("Video", "Who interviewed you");
            ana.say("Ben Ode, Head of Data", "Noted 1 interviewer");
            ana.say("they didn't say", "conversation with Ben Ode");
            final String saved = SlackJourneys.saved(ana, "their move to dbt", "Saved as #1");
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
        @DisplayName("GIVEN an interview tomorrow WHEN the member asks for a draft THEN there is no thank-you yet, and "
                + "the bot says when it comes")
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

    /**
     * An application before any interview (issue 33): said in a sentence in the DM, then the follow-up's nudge with
     * its draft, sent by the dispatcher 7 business days later.
     */
    @Nested
    @DisplayName("an application before any interview")
    final class Applied {

        @Test
        @DisplayName("GIVEN a member on Tuesday evening WHEN they say \"I applied to Acme Analytics for the Data "
                + "Analyst role yesterday\" in the DM THEN it is saved, and on Wednesday 18 March at 09:00 the nudge "
                + "brings the follow-up's draft with its buttons")
        void appliedThenTheFollowUpNudge(final SlackHarness harness, final SlackMember ana) {
            // GIVEN a member who has set up their signature
            SlackJourneys.toTheCompany(ana, "Ana Ruiz | ana@example.com");
            ana.say("cancel", "nothing was saved");

            // WHEN they say they applied yesterday (Monday 9 March)
            final String saved = ana.say("I applied to Acme Analytics for the Data Analyst role yesterday",
                    "Saved as #1");

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
            assertThat(SlackEmulator.texts(List.of(nudge)).get(0))
                    .contains("No word from Acme Analytics on your application for Data Analyst yet.")
                    .contains("I applied for the Data Analyst position at Acme Analytics on Monday 9 March");
            assertThat(nudge.buttons()).containsEntry("I sent it", "sent 1 application_follow_up");
        }
    }

    /** The work-search log: the CSV comes as a file in the DM. */
    @Nested
    @DisplayName("the work-search log")
    final class Report {

        @Test
        @DisplayName("GIVEN an interview yesterday WHEN the member runs /followup report in a channel THEN the log is "
                + "uploaded to their DM, row by row")
        void logAsAFile(final SlackHarness harness, final SlackMember ana) {
            SlackJourneys.firstInterview(ana, "yesterday at 10am", "Video", "Rita Gomez");

            ana.command("C1", "report from 2026-03-01 to 2026-03-31", "direct messages");
            final List<SlackEmulator.UploadedFile> files = Awaitility.await().atMost(Duration.ofSeconds(15))
                    .until(harness.emulator()::files, uploaded -> !uploaded.isEmpty());
            assertThat(files).extracting(SlackEmulator.UploadedFile::name)
                    .containsExactly("work-search-log-2026-03-01-to-2026-03-31.csv");
            assertThat(files).extracting(SlackEmulator.UploadedFile::channel).containsOnly(ana.dm());
            assertThat(files.get(0).text().lines()).containsExactly(
                    "date,activity,employer,position,contact,method,result",
                    "2026-03-09,interview,Acme Analytics,Data Analyst,Rita Gomez,video,",
                    "2026-W11,week total,,,,,1 activity");
        }
    }
}
