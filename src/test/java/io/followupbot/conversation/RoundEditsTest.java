package io.followupbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForClass;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code edit N round R}, {@code split N round R} and {@code round N} refusing what they cannot do: a round the
 * application does not have, the round it was entered with, an application closed or with no interview yet.
 */
final class RoundEditsTest {

    /** Wednesday 25 November 2026, 10:00 in New York. */
    private static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(NOW);

    /** {@link RoundCommandsTest#secondApplication}, merged: #1 of two rounds, the screen then Tom Baker's. */
    private static ChatDriver twoRounds() {
        final ChatDriver chat = RoundCommandsTest.screen(CORE);
        RoundCommandsTest.secondApplication(chat, "yesterday at 2pm");
        chat.say("merge 2 into 1");
        chat.expect("Merged #2 into #1");
        return chat;
    }

    @Test
    @DisplayName("GIVEN an application of one round WHEN the member edits a round it does not have THEN the reply says "
            + "how many it has; edit 1 round 1 opens that round's summary")
    void editNamesOnlyTheRoundsThereAre() {
        final ChatDriver chat = RoundCommandsTest.screen(CORE);
        // WHEN round 2 and round 0 of one round
        chat.say("edit 1 round 2");
        final String second = chat.text();
        chat.say("edit 1 round 0");
        // THEN refused, in the singular
        assertThat(second).isEqualTo("#1 has 1 round. Type edit 1 round N with one of them.");
        assertThat(chat.text()).isEqualTo(second);
        // WHEN round 1
        chat.say("edit 1 round 1");
        // THEN its summary, to change
        assertThat(chat.text()).startsWith("Editing #1.\nHere's what I have, and the plan it gives. Save it?\n"
                + "Company: Acme Analytics\nRole: Data Analyst\nWhen: Tuesday 17 November 2026 at 10:00\n");
    }

    @Test
    @DisplayName("GIVEN an application of two rounds WHEN the member edits round 3, then round 2 THEN round 3 is refused "
            + "(2 rounds), round 2 opens Tom Baker's round; edit 1 alone opens the latest")
    void editOfTwoRounds() {
        final ChatDriver chat = twoRounds();
        chat.say("edit 1 round 3");
        assertThat(chat.text()).isEqualTo("#1 has 2 rounds. Type edit 1 round N with one of them.");
        chat.say("edit 1 round 2");
        assertThat(chat.text()).startsWith("Editing #1, round 2.\nHere's what I have, and the plan it gives. Save it?\n"
                + "Company: Acme Analytics\nRole: Data Analyst\nWhen: Tuesday 24 November 2026 at 14:00\n"
                + "Format: video\nInterviewers: Tom Baker\n");
        chat.say("cancel");
        chat.say("edit 1");
        assertThat(chat.text()).startsWith("Editing #1, its latest round (edit 1 round N for another).\nHere's what I "
                + "have, and the plan it gives. Save it?\nCompany: Acme Analytics\nRole: Data Analyst\nWhen: Tuesday 24 "
                + "November 2026 at 14:00\n");
    }

    @Test
    @DisplayName("GIVEN an application with no interview yet WHEN the member types edit THEN the reply says there is "
            + "nothing to edit, and how to add its first interview or change it")
    void anApplicationWithoutInterviewHasNothingToEdit() {
        final ChatDriver chat = RoundCommandsTest.screen(CORE);
        chat.say("applied Globex, Product Manager yesterday");
        chat.say("edit 2");
        assertThat(chat.text()).isEqualTo("#2 is an application with no interview yet, so there is nothing to edit. When "
                + "they invite you, type round 2; to change the company, role or day, archive 2 and type applied again.");
    }

    @Test
    @DisplayName("GIVEN an application of two rounds WHEN the member splits off round 0, round 3 or round 1 THEN "
            + "round 0 and 3 are refused with the range, and round 1, the one it was entered with, stays")
    void splitRefusesRoundsItCannotSplitOff() {
        final ChatDriver chat = twoRounds();
        chat.say("split 1 round 0");
        final String zero = chat.text();
        chat.say("split 1 round 3");
        assertThat(zero).isEqualTo("Which round? Type split 1 round N, with N from 1 to 2 (show 1 lists them).");
        assertThat(chat.text()).isEqualTo(zero);
        chat.say("split 1 round 1");
        assertThat(chat.text()).isEqualTo("Round 1 is the one #1 was entered with, and it keeps its history. Split off "
                + "the other rounds instead.");
    }

    @Test
    @DisplayName("GIVEN a closed application WHEN the member types round 1 THEN the reply says it is closed and how "
            + "to add a new application; no questions start")
    void aClosedApplicationHasNoNextRound() {
        final ChatDriver chat = RoundCommandsTest.screen(CORE);
        chat.say("heard 1 rejected");
        chat.say("round 1");
        assertThat(chat.text()).isEqualTo("#1 Acme Analytics - Data Analyst is closed (rejected). Type new to add an "
                + "interview for a new application.");
    }
}
