package io.followupbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForEachTest;
import io.followupbot.testkit.TestCore;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The conversation on the member's real timeline: late and early entries, commands mid-intake, plain answers. */
final class ConversationTimelineTest {

    /** Wednesday 2 December 2026, 10:00 in New York. */
    private static final Instant NOW = Instant.parse("2026-12-02T15:00:00Z");

    @RegisterExtension
    static final CoreForEachTest CORE = CoreForEachTest.at(NOW);

    private final TestCore core = CORE.core();
    private final ChatDriver ana = CORE.chat("ana");

    @BeforeEach
    void start() {
        ana.startAsNewMember("Ana Ruiz | ana@example.com");
    }

    private void intake(final String when, final String people, final String decision) {
        ana.say("Acme Analytics");
        ana.say("Data Analyst");
        ana.say(when);
        ana.click("Video");
        ana.say(people);
        if (decision != null) {
            ana.say(decision);
            ana.say("their move to dbt");
            for (int more = 0; more < 5 && !ana.text().contains("How do they prefer to be contacted?"); more++) {
                ana.say("skip");
            }
        }
        ana.click("Email");
    }

    @ParameterizedTest(name = "interview {0}: the plan at the save says {1}, the thank-you nudge reads \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            yesterday at 11pm | now         | send it today
            yesterday at 10am | now         | send it today
            3 days ago at 2pm | now         | still helps
            today 8am         | Wed 2 Dec, 12:00 | within 24 hours
            """)
    @DisplayName("an interview entered late: the plan says now (never a time already past), the draft fits how late it is")
    void lateEntries(final String when, final String planSays, final String nudgeSays) {
        // GIVEN an interview entered after it happened
        intake(when, "Priya Shah", "they didn't say");

        // WHEN the member confirms
        ana.click("Confirm");

        // THEN the thank-you is listed for now (or its time still to come) and the LinkedIn connection waits for it
        ana.expect(planSays.strip());
        ana.expect("after the thank-you to Priya Shah");
        assertThat(ana.text()).doesNotContain("Tue 1 Dec").doesNotContain("Mon 30 Nov").doesNotContain("Sun 29 Nov");
        // AND the draft reads as the timing allows, never claiming to be on time when it is not
        ana.say("draft 1");
        if (nudgeSays.strip().equals("still helps")) {
            ana.expect("thank you late");
            ana.expect("I meant to write sooner");
        } else {
            ana.expect("thank you short");
        }
    }

    @Test
    @DisplayName("an interview ten days ago: the thank-you is skipped, in one line saying why; the check-in is now")
    void tenDaysLate() {
        intake("2026-11-20 14:00", "Priya Shah", "they didn't say");
        ana.click("Confirm");
        ana.expect("skipped");
        ana.expect("thank-you to Priya Shah (11 days after the interview, a thank-you has lost its point");
        ana.expect("now");
        ana.expect("status check-in");
    }

    @Test
    @DisplayName("an interview still to come: questions in the future tense, no thank-you draft yet, details asked after")
    void upcoming() {
        // GIVEN the interview is tomorrow
        ana.say("Acme Analytics");
        ana.say("Data Analyst");
        ana.say("tomorrow 3pm");
        ana.expect("Will it be by phone, video or on-site?");
        ana.click("Video");
        ana.expect("Who will interview you, if you know yet?");
        ana.say("skip");
        // THEN what only the interview can tell is not asked now
        ana.expect("How do they prefer to be contacted?");
        ana.click("Email");
        ana.click("Confirm");
        ana.expect("prepare for the interview");
        ana.expect("tell me how the interview went");

        // WHEN the member asks for a draft before the interview
        ana.say("draft 1");
        // THEN there is none yet, and the bot says when it comes
        ana.expect("hasn't happened yet");
        assertThat(ana.text()).doesNotContain("Thank you for meeting me");

        // WHEN the interview is over and the member adds what they learned
        core.clock.advance(Duration.ofHours(30));
        ana.say("debrief 1");
        ana.expect("Who interviewed you?");
        ana.say("Priya Shah, Head of Data");
        ana.expect("Did they say when you'd hear back?");
        ana.say("by Friday");
        ana.say("their move to dbt");
        ana.say("skip");
        ana.say("skip");
        ana.click("Email");
        ana.click("Confirm");
        ana.expect("thank-you to Priya Shah");
        ana.expect("done Thu 3 Dec, 16:00: tell me how the interview went");
    }

    @ParameterizedTest(name = "\"{0}\" at the {1} question")
    @CsvSource(textBlock = """
            help, company, Which company was the interview with?
            list, role, What's the role?
            edit, company, Which company was the interview with?
            """)
    @DisplayName("a command word typed at a question is recognised, the question asked again, nothing saved silently")
    void commandsInTheMiddle(final String word, final String question, final String asked) {
        if (question.equals("role")) {
            ana.say("Acme Analytics");
        }
        ana.say(word);
        ana.expect("Back to your notes: " + asked);
        ana.expect("did you mean \"" + word + "\" as the " + question);
        // AND the one-line confirmation takes it as the answer when the member means it
        ana.click("Use \"" + word + "\" as the " + question);
        assertThat(ana.text()).doesNotContain("Back to your notes");
        assertThat(core.count("SELECT COUNT(*) FROM interviews")).isZero();
    }

    @Test
    @DisplayName("plain answers inside flows: the other offer's deadline, and \"I sent the thank-you to Priya yesterday\"")
    void plainAnswers() {
        intake("today 8am", "Priya Shah; Ben Ode", "they didn't say");
        ana.click("Confirm");

        ana.say("I sent the thank-you to Priya yesterday");
        ana.expect("thank-you to Priya Shah marked as sent (Tuesday 1 December 2026");

        ana.say("heard 1");
        ana.click("I have another offer");
        ana.expect("When is the other offer's deadline?");
        ana.say("Friday next week");
        ana.expect("Deadline noted: Friday 11 December 2026");

        // AND "next Friday" said on a Wednesday has two readings: the bot asks, and a button answers
        ana.say("heard 1");
        ana.click("I have another offer");
        ana.say("next Friday");
        ana.expect("Which Friday do you mean");
        ana.click("Fri 11 Dec");
        ana.expect("Deadline noted: Friday 11 December 2026");
    }

    @Test
    @DisplayName("the value-add button shows the value-add draft; show renders the employer's latest date")
    void valueAddAndCurrentState() {
        intake("2026-11-24 14:00", "Priya Shah", "by Friday");
        ana.click("Confirm");
        ana.say("draft 1 check_in");
        ana.click("value add");
        ana.expect("(value add)");

        ana.say("heard 1 new-date 2026-12-18");
        ana.say("show 1");
        ana.expect("by Friday 18 December 2026 (their latest update)");

        // AND edit previews the plan as it stands after the offer, not the original one
        ana.say("offer 1");
        ana.say("edit 1");
        ana.expect("reply to the offer");
        assertThat(ana.text()).doesNotContain("status check-in");
    }
}
