package io.followupbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Button;
import io.followupbot.interview.Member;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForClass;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Applications that turn out to be one hiring process (merge), a round that belongs to another (split), and a round
 * dated before the application's latest (asked about before it is saved).
 */
final class RoundCommandsTest {

    /** Wednesday 25 November 2026, 10:00 in New York. */
    private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(NOW);

    /** A newcomer of {@code core}: their first application, Acme Analytics, a screen with Rita Gomez on Tuesday 17 November. */
    static ChatDriver screen(final CoreForClass core) {
        final ChatDriver chat = core.newcomer().chat();
        chat.command("");
        for (final String answer : new String[] {"ok", "Ana Ruiz | ana@example.com", "Acme Analytics", "Data Analyst",
            "2026-11-17 10:00", "phone", "Rita Gomez, Recruiter", "they didn't say", "skip", "skip", "skip", "email"}) {
            chat.say(answer);
        }
        chat.click("Confirm");
        chat.expect("Saved as #1");
        return chat;
    }

    /** An interview with Acme Analytics for {@code role} entered with /followup, up to Confirm at its summary. */
    private static void enterAcme(final ChatDriver chat, final String role, final String when) {
        chat.command("");
        for (final String answer : new String[] {"Acme Analytics", role, when, "video", "Tom Baker",
            "they didn't say", "skip", "skip", "skip", "email"}) {
            chat.say(answer);
        }
        chat.click("Confirm");
    }

    /** {@link #screen(CoreForClass)}, then yesterday's round with Tom Baker saved as its round 2. */
    private static ChatDriver twoRounds() {
        final ChatDriver chat = screen(CORE);
        enterAcme(chat, "Data Analyst", "yesterday at 2pm");
        chat.click("Yes, round 2 of #1");
        return chat;
    }

    private static Member member(final ChatDriver chat) {
        return CORE.core().app.members().find(chat.key()).orElseThrow();
    }

    /** The same process entered again as if new: yesterday's round, kept apart when the bot asks. */
    static void secondApplication(final ChatDriver chat, final String when) {
        enterAcme(chat, "Data Analyst", when);
        chat.expect("Is this its next round?");
        chat.click("No, a separate application");
        chat.expect("Saved as #2");
    }

    @Test
    @DisplayName("GIVEN the same process kept as two applications WHEN the member types merge 2 into 1 THEN #1 has both "
            + "rounds and one plan, #2 no longer exists; split 1 round 2 makes it an application again, under #3")
    void mergeThenSplit() {
        final ChatDriver chat = screen(CORE);
        secondApplication(chat, "yesterday at 2pm");

        // WHEN merged
        chat.say("merge 2 into 1");
        // THEN one application, its number kept, one plan from the latest round
        assertThat(chat.text().lines().findFirst()).contains("Merged #2 into #1: Acme Analytics now has 2 rounds, and one "
                + "plan follows them. (split 1 round N undoes it.)");
        chat.say("list");
        assertThat(chat.text().lines()).containsExactly("Your interviews:",
                "#1 Acme Analytics - Data Analyst (2 rounds): thank-you due - next: thank-you to Tom Baker (round 2), "
                        + "now", "[Add an interview]");
        chat.say("show 2");
        assertThat(chat.text()).isEqualTo("You have no interview #2. Type list to see yours.");

        // WHEN the second round is split off again
        chat.say("split 1 round 2");
        assertThat(chat.text().lines().findFirst()).contains("Round 2 of #1 is now #3, Acme Analytics, with a plan of "
                + "its own.");
        chat.say("list");
        assertThat(chat.text().lines()).containsExactly("Your interviews:",
                "#1 Acme Analytics - Data Analyst: checking in - next: status check-in, now",
                "#3 Acme Analytics - Data Analyst: thank-you due - next: thank-you to Tom Baker, now",
                "[Add an interview]");
    }

    @Test
    @DisplayName("GIVEN nonsense for merge and split WHEN typed THEN each says what it needs, and nothing changes")
    void mergeAndSplitRefuseWhatTheyCannotDo() {
        final ChatDriver chat = screen(CORE);
        chat.say("merge 1 into 1");
        assertThat(chat.text()).isEqualTo("Those are the same application. Type merge 2 into 1 with two different "
                + "numbers.");
        chat.say("merge 7 into 1");
        assertThat(chat.text()).isEqualTo("You have no application #7. Type list to see yours.");
        chat.say("merge please");
        assertThat(chat.text()).isEqualTo("Which two? Type merge, the application to fold in, then the one to keep: "
                + "merge 2 into 1 (list shows the numbers).");
        chat.say("split 1 round 2");
        assertThat(chat.text()).isEqualTo("#1 has one round only: there is nothing to split off.");
    }

    @Test
    @DisplayName("GIVEN an application whose latest round was on 17 November WHEN round 1 is dated 10 November THEN "
            + "the bot asks whether that is right before saving, and yes keeps the rounds in date order")
    void aRoundBeforeTheLatestIsAskedAbout() {
        final ChatDriver chat = screen(CORE);
        chat.say("round 1");
        assertThat(chat.text().lines()).contains("Round 2 of #1 Acme Analytics - Data Analyst.");
        for (final String answer : new String[] {"2026-11-10 10:00", "phone", "skip", "they didn't say", "skip",
            "skip", "email"}) {
            chat.say(answer);
        }
        chat.click("Confirm");
        // THEN asked, not saved yet
        assertThat(chat.text().lines()).contains("That date comes before the latest round of #1 Acme Analytics - Data "
                + "Analyst (Tue 17 Nov). Is it right? I'll keep the rounds in date order and plan the check-ins from "
                + "the latest.", "[Yes, save it]", "[Change the date]", "[A separate application]");
        assertThat(CORE.core().followUps.find(member(chat), 1)
                .orElseThrow().stored().roundCount()).isOne();
        chat.click("Yes, save it");
        chat.expect("Saved as round 2 of #1");
        chat.say("show 1");
        assertThat(chat.text().lines()).containsSubsequence("Round 1: Tue 10 Nov, 10:00, phone",
                "Round 2: Tue 17 Nov, 10:00, phone, with Rita Gomez (Recruiter)");
    }

    @Test
    @DisplayName("GIVEN #1 of one round WHEN the same company and role are entered again THEN the bot asks whether it "
            + "is #1's next round; yes saves it as round 2, and the next entry is offered as round 3 of 2 rounds")
    void theNextRoundIsOffered() {
        final ChatDriver chat = screen(CORE);
        enterAcme(chat, "Data Analyst", "yesterday at 2pm");
        assertThat(chat.text()).isEqualTo("You already have #1 Acme Analytics - Data Analyst (1 round, the latest on "
                + "Tue 17 Nov). Is this its next round? Then one plan follows the whole process: this round's "
                + "thank-yous, and one set of check-ins after it.\n[Yes, round 2 of #1]\n[No, a separate application]");

        chat.click("Yes, round 2 of #1");
        // THEN saved as a round, with the way to its next draft
        assertThat(chat.text()).startsWith("Saved as round 2 of #1, Acme Analytics. Here is your plan;");
        assertThat(chat.last().messages().get(0).buttons()).containsExactly(
                Button.primary("Show the next draft", "draft 1"), Button.of("All my interviews", "list"));

        enterAcme(chat, "data analyst", "today at 9am");
        assertThat(chat.text()).startsWith("You already have #1 Acme Analytics - Data Analyst (2 rounds, the latest on "
                + "Tue 24 Nov).").endsWith("\n[Yes, round 3 of #1]\n[No, a separate application]");
    }

    @Test
    @DisplayName("GIVEN two applications to the same company and role WHEN it is entered a third time THEN the bot "
            + "asks about the latest of them, #2")
    void theLatestOfTwoIsOffered() {
        final ChatDriver chat = screen(CORE);
        secondApplication(chat, "yesterday at 2pm");

        enterAcme(chat, "Data Analyst", "today at 9am");

        assertThat(chat.text()).startsWith("You already have #2 Acme Analytics - Data Analyst (1 round, the latest on "
                + "Tue 24 Nov).");
    }

    @Test
    @DisplayName("GIVEN #1 at Acme Analytics for Data Analyst WHEN another role there is entered THEN it is saved as "
            + "#2 without asking; AND once #1 is archived, a new Data Analyst interview there is not asked about either")
    void anotherRoleOrAClosedApplicationIsNotAsked() {
        final ChatDriver chat = screen(CORE);

        enterAcme(chat, "Product Analyst", "yesterday at 2pm");
        assertThat(chat.text()).startsWith("Saved as #2, Acme Analytics.");

        chat.say("archive 1");
        enterAcme(chat, "Data Analyst", "today at 9am");
        assertThat(chat.text()).startsWith("Saved as #3, Acme Analytics.");
    }

    @Test
    @DisplayName("GIVEN #1 of one round WHEN the member edits it, or its round 1 THEN the bot says only which "
            + "interview is edited")
    void editingAnApplicationOfOneRound() {
        final ChatDriver chat = screen(CORE);

        chat.say("edit 1");
        assertThat(chat.text().lines().findFirst()).contains("Editing #1.");
        chat.say("cancel");
        chat.say("edit 1 round 1");
        assertThat(chat.text().lines().findFirst()).contains("Editing #1.");
    }

    @Test
    @DisplayName("GIVEN #1 of two rounds WHEN the member edits it THEN its latest round is edited and the bot says how "
            + "to edit another; edit 1 round 1 shows the first round's notes; a round saved after editing is updated")
    void editingARound() {
        final ChatDriver chat = twoRounds();

        chat.say("edit 1");
        assertThat(chat.text().lines()).startsWith("Editing #1, its latest round (edit 1 round N for another).")
                .contains("When: Tuesday 24 November 2026 at 14:00");
        chat.say("cancel");
        chat.say("edit 1 round 1");
        assertThat(chat.text().lines()).startsWith("Editing #1, round 1.")
                .contains("When: Tuesday 17 November 2026 at 10:00");
        chat.say("cancel");
        chat.say("edit 1 round 2");
        chat.click("Confirm");
        assertThat(chat.text()).startsWith("Updated #1, Acme Analytics.");
    }

    @Test
    @DisplayName("GIVEN the member at the summary of round 2 of #1 WHEN that round is split off meanwhile (another "
            + "device) THEN confirm saves nothing and says the interview no longer exists")
    void aRoundGoneMeanwhile() {
        final ChatDriver chat = twoRounds();
        chat.say("edit 1 round 2");

        CORE.core().followUps.split(member(chat), 1, 2);
        chat.click("Confirm");

        assertThat(chat.text()).isEqualTo("That interview no longer exists, so there was nothing to save.");
    }

    @Test
    @DisplayName("GIVEN #1, a screen on 17 November WHEN the member enters its next round, yesterday with Tom Baker "
            + "THEN the summary shows the plan of the whole application: Tom's thank-you is round 2's")
    void aRoundsSummaryShowsTheApplicationsPlan() {
        final ChatDriver chat = screen(CORE);
        chat.say("round 1");
        for (final String answer : new String[] {"yesterday at 2pm", "video", "Tom Baker", "they didn't say", "skip",
            "skip", "skip", "email"}) {
            chat.say(answer);
        }
        // THEN
        assertThat(chat.text().lines()).contains("Here's what I have, and the plan it gives. Save it?",
                "now: thank-you to Tom Baker (round 2)", "skipped: thank-you to Rita Gomez (round 1; 7 days after the "
                        + "interview, a thank-you has lost its point; the check-in does the job now)");
    }
}
