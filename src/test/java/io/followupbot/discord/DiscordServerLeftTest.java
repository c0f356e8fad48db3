package io.followupbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.followupbot.testkit.DiscordBot;
import io.followupbot.testkit.DiscordUser;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A server that removes the bot takes its community settings with it (GUILD_DELETE): its defaults, its wording and
 * its members' link to it go; the members' own data stays, since a Discord account is one member on every server.
 */
final class DiscordServerLeftTest {

    private static final String OTHER_SERVER = "800000000000000077";

    @RegisterExtension
    final DiscordBot bot = DiscordBot.at("2026-03-02T15:00:00Z");

    @Test
    @DisplayName("GIVEN two servers with their own settings and a member who used the bot in one WHEN that server "
            + "removes the bot THEN its settings, wording and the member's link to it are deleted, the member and the "
            + "other server's settings stay")
    void leavingAServerRemovesItsCommunity() {
        bot.discord().serverJoined(DiscordUser.GUILD_ID);
        bot.discord().serverJoined(OTHER_SERVER);
        final DiscordUser ana = bot.user("100000000000000301", "ana");
        ana.slashInServer("list");
        await().atMost(Duration.ofSeconds(15)).until(() -> bot.count("SELECT COUNT(*) FROM member_community WHERE "
                + "community_id = '" + DiscordUser.GUILD_ID + "'") == 1);
        for (final String server : new String[] {DiscordUser.GUILD_ID, OTHER_SERVER}) {
            bot.application().store().jdbi().useHandle(handle -> {
                handle.execute("INSERT INTO community_settings (platform, community_id, cadence, updated_at) VALUES "
                        + "('discord', ?, 'gentle', 1)", server);
                handle.execute("INSERT INTO community_templates (platform, community_id, kind, body, updated_at) "
                        + "VALUES ('discord', ?, 'check_in', 'Hello {{name}}', 1)", server);
            });
        }

        // WHEN the first server removes the bot
        bot.discord().serverLeft(DiscordUser.GUILD_ID);

        // THEN its rows go within seconds; the member and the other server stay
        await().atMost(Duration.ofSeconds(15)).until(() -> bot.count("SELECT COUNT(*) FROM community_settings WHERE "
                + "community_id = '" + DiscordUser.GUILD_ID + "'") == 0);
        assertThat(bot.count("SELECT COUNT(*) FROM community_templates WHERE community_id = '" + DiscordUser.GUILD_ID
                + "'")).isZero();
        assertThat(bot.count("SELECT COUNT(*) FROM member_community WHERE community_id = '" + DiscordUser.GUILD_ID + "'"))
                .isZero();
        assertThat(bot.count("SELECT COUNT(*) FROM members WHERE user_id = '" + ana.id() + "'")).isEqualTo(1);
        assertThat(bot.count("SELECT COUNT(*) FROM community_settings WHERE community_id = '" + OTHER_SERVER + "'"))
                .isEqualTo(1);
        assertThat(bot.count("SELECT COUNT(*) FROM community_templates WHERE community_id = '" + OTHER_SERVER + "'"))
                .isEqualTo(1);
    }

}
