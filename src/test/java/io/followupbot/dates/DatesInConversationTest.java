package io.followupbot.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Reply;
import io.followupbot.conversation.forms.FormEdits;
import io.followupbot.interview.MemberKey;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForEachTest;
import io.followupbot.testkit.TestCore;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same date phrases work wherever a member types a date: the intake, heard, snooze, competing and the forms. */
final class DatesInConversationTest {

    /** Tuesday 10 March 2026: 19:00 in New York, 23:00 in London. */
    private static final Instant NOW = Instant.parse("2026-03-10T23:00:00Z");
    private static final MemberKey ANA = new MemberKey("web", "local", "ana");

    @RegisterExtension
    static final CoreForEachTest CORE = CoreForEachTest.at(NOW);

    private final TestCore core = CORE.core();
    private final ChatDriver ana = CORE.chat(ANA);

    /** Onboarding in {@code zone}, then the intake up to the interview's time. */
    private void untilWhen(final String zone) {
        ana.command("");
        ana.say(zone);
        ana.say("Ana Ruiz");
        ana.say("Acme");
        ana.say("Analyst");
    }

    private void rest() {
        ana.click("Video");
        ana.say("skip");
    }

    private void recordedInterview() {
        untilWhen("America/New_York");
        ana.say("today 2pm");
        rest();
        ana.say("they didn't say");
        ana.say("skip");
        ana.say("skip");
        ana.click("Email");
        ana.click("Confirm");
    }

    @DisplayName("Onboarding and settings zone read the same names: IANA in any case, cities, abbreviations, confirmed in words")
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = ';', textBlock = """
            europe/berlin;  Europe/Berlin (Central European Time)
            Berlin;         Europe/Berlin (Central European Time)
            CET;            Europe/Berlin (Central European Time)
            London;         Europe/London
            NYC;            America/New_York (Eastern Time)
            pst;            America/Los_Angeles (Pacific Time)
            IST;            Asia/Kolkata (India Time)
            Bangalore;      Asia/Kolkata (India Time)
            """)
    void zones(final String typed, final String confirmed) {
        // WHEN the member names their zone in onboarding, and again in settings
        ana.command("");
        ana.say(typed);
        final String onboarding = ana.text();
        ana.say("cancel");
        ana.command("settings zone " + typed);

        // THEN both confirm the same zone in words
        assertThat(onboarding).contains("Time zone set to " + confirmed);
        ana.expect("Time zone set to " + confirmed);
    }

    @Test
    @DisplayName("An unknown zone gets a friendly answer with examples, in onboarding and in settings alike")
    void unknownZone() {
        // WHEN a member names a zone that does not exist, in settings and in onboarding
        ana.command("settings zone Mars/Olympus");
        ana.expect("\"Mars/Olympus\" isn't a time zone I know: write a city (Berlin, Chicago, Tokyo)");
        ana.command("settings");

        // THEN the zone is unchanged, and onboarding answers the same and asks again
        ana.expect("zone: America/New_York");
        ana.command("");
        ana.say("Mars/Olympus");
        ana.expect("\"Mars/Olympus\" isn't a time zone I know: write a city (Berlin, Chicago, Tokyo)");
        ana.say("tokyo");
        ana.expect("Time zone set to Asia/Tokyo (Japan Time).");
    }

    @Test
    @DisplayName("A UK member's 9/3 at 2pm is 9 March, and Monday 2:30 is the afternoon")
    void memberOrderAndAfternoon() {
        // GIVEN a member in London whose country is GB
        ana.command("settings country GB");
        untilWhen("London");

        // WHEN giving the interview's time in the UK order
        ana.say("9/3 at 2pm");

        // THEN 9 March, echoed in words
        ana.expect("Got it: Monday 9 March 2026 at 14:00.");
        ana.say("back");
        ana.say("Monday 2:30");
        ana.expect("Got it: Monday 9 March 2026 at 14:30.");
    }

    @Test
    @DisplayName("In the intake, a phrase with two readings gets one question with a button per reading")
    void intakeAsks() {
        // GIVEN an interview earlier today
        untilWhen("America/New_York");
        ana.say("last week");
        ana.expect("Which day was it?");
        ana.click("Thu 5 Mar, 12:00");
        ana.expect("Got it: Thursday 5 March 2026 at 12:00");
        rest();

        // WHEN the decision is "next Friday" (said on a Thursday, two readings)
        ana.say("next Friday");
        ana.expect("Which Friday do you mean: Friday 6 March 2026 or Friday 13 March 2026?");
        ana.click("Fri 13 Mar");

        // THEN the chosen day is the decision date
        ana.expect("Decision expected by Friday 13 March 2026.");
    }

    @Test
    @DisplayName("A decision with no definite day gets a question, and they didn't say is one of its buttons")
    void noDefiniteDay() {
        untilWhen("America/New_York");
        ana.say("yesterday afternoon");
        ana.expect("Got it: Monday 9 March 2026 at 14:00 (afternoon).");
        rest();

        ana.say("after the holidays");
        ana.expect("doesn't name a day yet");
        ana.click("They didn't say");
        ana.expect("No date given");
    }

    @Test
    @DisplayName("heard, snooze and competing read the same phrases and ask the same way")
    void heardSnoozeCompeting() {
        // GIVEN a recorded interview
        recordedInterview();

        // WHEN the member types the new date, a snooze and a deadline
        ana.command("heard 1 new-date by COB Friday");
        ana.expect("news by Friday 13 March 2026");

        ana.command("heard 1 new-date next Wednesday");
        ana.expect("Which Wednesday do you mean: Wednesday 11 March 2026 or Wednesday 18 March 2026?");
        ana.click("Wed 18 Mar");
        ana.expect("news by Wednesday 18 March 2026");

        ana.command("snooze 1 next Thursday");
        ana.expect("Which Thursday do you mean");
        final Reply snoozed = ana.click("Thu 12 Mar");
        assertThat(snoozed.messages().get(0).text()).isEqualTo("Okay, I'll remind you about the thank-you on Thu 12 Mar, 09:00.");

        ana.command("competing 1 next Friday");
        ana.click("Fri 20 Mar");
        ana.expect("Deadline noted: Friday 20 March 2026.");

        ana.command("competing 1 in a week or two");
        ana.expect("Deadline noted: Tuesday 24 March 2026.");
    }

    @Test
    @DisplayName("The edit form reads a decision date in the member's order, and refuses a phrase with two readings")
    void forms() {
        // GIVEN a UK member's recorded interview
        ana.command("settings country GB");
        recordedInterview();
        final FormEdits forms = core.engine.forms();

        // WHEN the form sets the decision to 20/3, then to "next Friday"
        final Reply changed = forms.edit(ANA, 1, Map.of("decision", "20/3"));
        final Reply doubtful = forms.edit(ANA, 1, Map.of("decision", "next Wednesday"));

        // THEN 20 March is saved; the doubtful one asks and changes nothing
        assertThat(changed.messages().get(0).text()).contains("Updated #1");
        ana.command("plan 1");
        ana.command("edit 1");
        ana.expect("20 March 2026");
        assertThat(doubtful.messages().get(0).text()).contains("Which Wednesday do you mean");
    }
}
