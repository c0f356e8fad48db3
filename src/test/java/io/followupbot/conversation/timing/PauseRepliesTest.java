package io.followupbot.conversation.timing;

import static io.followupbot.testkit.TestMoments.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Button;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForClass;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What {@code pause} answers, typed on Tuesday 10 March 2026 at 19:00 in New York, besides pausing. */
final class PauseRepliesTest {

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(TUESDAY_EVENING);

    private final ChatDriver ana = CORE.newChat();

    @Test
    @DisplayName("GIVEN a member paused until Monday WHEN they type pause alone THEN the reply says until when, with "
            + "a button to resume now")
    void pauseAloneShowsThePause() {
        ana.command("pause until Monday");

        ana.command("pause");

        assertThat(ana.text()).isEqualTo("Your reminders are paused until Monday 16 March 2026 at 09:00.\n"
                + "[Resume now]");
        assertThat(ana.last().messages().get(0).buttons()).extracting(Button::value).containsExactly("resume");
    }

    @Test
    @DisplayName("GIVEN a member on a Tuesday WHEN they pause until next Friday THEN the bot asks which Friday, with a "
            + "button for each; nothing is paused yet")
    void aDoubtfulDayIsAskedAbout() {
        ana.command("pause until next Friday");

        assertThat(ana.text()).isEqualTo("Which Friday do you mean: Friday 13 March 2026 or Friday 20 March 2026?\n"
                + "[Fri 13 Mar]\n[Fri 20 Mar]");
        assertThat(ana.last().messages().get(0).buttons()).extracting(Button::value)
                .containsExactly("pause until 2026-03-13", "pause until 2026-03-20");
        assertThat(ana.command("pause").plainText()).as("nothing is paused")
                .isEqualTo("Until when? For example pause until Monday, or pause until 3 August.");
    }

    @Test
    @DisplayName("GIVEN a member WHEN they pause until words that name no day THEN the reply says how to write one; "
            + "nothing is paused")
    void noDayNoPause() {
        ana.command("pause until pigs fly");

        assertThat(ana.text()).isEqualTo("I couldn't read \"pigs fly\" as a date. Write it like \"Friday\", \"next Monday\", \"end of next week\", "
                + "\"in two weeks\", \"early next month\", \"3/14\", \"14 March\" or \"2026-03-14\" - or say \"they didn't "
                + "say\".");
        assertThat(ana.command("pause").plainText()).as("nothing is paused")
                .isEqualTo("Until when? For example pause until Monday, or pause until 3 August.");
    }
}
