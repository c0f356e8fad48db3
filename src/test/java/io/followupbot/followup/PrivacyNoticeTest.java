package io.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.MemberText;
import io.followupbot.config.BotConfig;
import io.followupbot.testkit.TestConfigs;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The privacy notice says what this bot's configuration really does: who runs it, how long data stays, the key. */
final class PrivacyNoticeTest {

    private static final String WHAT = "Your settings (zone, country, nudge hour, quiet hours, weekly goal, the name and "
            + "signature for your drafts), the interviews you enter (company, role, when, the interviewers' names, "
            + "titles and emails, your notes), each interview's plan and what you did with it, and your answers while "
            + "we set one up.";
    private static final String ONLY_YOU = "Only you. Community admins see totals only, counting just the members who "
            + "agreed to be counted, and only once five or more did. ";
    private static final String WORKSPACES = " When a Slack workspace removes the app, everything of that workspace is "
            + "deleted within a minute; when a Discord server removes it, that server's settings go and your own data "
            + "stays.";

    @Test
    @DisplayName("GIVEN a bot run with the defaults WHEN its notice is shown THEN it reads, part by part, exactly so")
    void defaults() {
        assertThat(PrivacyNotice.defaults().text()).isEqualTo(PrivacyNotice.TITLE
                + "\n- What: " + WHAT
                + "\n- Who sees it: " + ONLY_YOU + "The database is not encrypted: whoever runs this bot can read it."
                + "\n- How long: An application closed (an outcome, a move-on or an archive) is deleted after 365 days."
                + " If you don't use me for 540 days, I delete everything about you, after telling you a week before."
                + WORKSPACES
                + "\n- Your copy: `export` gives you all of it as a spreadsheet, a JSON file and a calendar."
                + "\n- Delete: `forget-me` deletes everything about you at once; nothing is kept."
                + "\n- Questions: Ask your community's admins, who installed this bot.");
    }

    @Test
    @DisplayName("GIVEN a key, data kept for ever and an operator with a contact WHEN the notice is shown THEN it says "
            + "the data is encrypted, stays, and who runs the bot, their words quoted as text")
    void operatorKeyAndNoRetention() {
        final PrivacyNotice notice = new PrivacyNotice(new BotConfig.Privacy("Bootcamp <Careers>", "privacy@x.test"),
                new BotConfig.Retention(0, 0), true);

        assertThat(notice.parts()).extracting(PrivacyNotice.Part::heading)
                .containsExactly("What", "Who sees it", "How long", "Your copy", "Delete", "Questions");
        assertThat(notice.parts().get(1).text()).isEqualTo(ONLY_YOU + "What you typed is encrypted in the database.");
        assertThat(notice.parts().get(2).text()).isEqualTo("Closed applications stay until you delete them. "
                + "Your data stays however long you are away." + WORKSPACES);
        assertThat(notice.parts().get(5).text()).isEqualTo("This bot is run by "
                + MemberText.quote("Bootcamp <Careers>") + " ("
                + MemberText.quote("privacy@x.test") + ").");
    }

    @Test
    @DisplayName("GIVEN a bot-config.yml that names no operator and sets no retention WHEN its notice is made THEN it "
            + "is the notice of the defaults")
    void fromTheConfiguration(@TempDir final Path folder) {
        assertThat(PrivacyNotice.of(TestConfigs.webChat(folder.resolve("bot.db")))).isEqualTo(PrivacyNotice.defaults());
    }

    @Test
    @DisplayName("GIVEN only a contact, or only an operator WHEN the notice is shown THEN the question goes to the "
            + "community's admins at that contact, or to the operator alone")
    void operatorOrContactAlone() {
        final String contactOnly = new PrivacyNotice(new BotConfig.Privacy("", "help@x.test"),
                BotConfig.Retention.DEFAULT, false).parts().get(5).text();
        final String operatorOnly = new PrivacyNotice(new BotConfig.Privacy("Bootcamp", ""),
                BotConfig.Retention.DEFAULT, false).parts().get(5).text();

        assertThat(contactOnly).isEqualTo("This bot is run by your community's admins ("
                + MemberText.quote("help@x.test") + ").");
        assertThat(operatorOnly).isEqualTo("This bot is run by " + MemberText.quote("Bootcamp")
                + ".");
    }
}
