package io.followupbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.followupbot.Application;
import io.followupbot.config.BotConfig;
import io.followupbot.config.ConfigLoader;
import io.followupbot.testkit.DiscordEmulator;
import io.followupbot.testkit.DiscordUser;
import io.followupbot.testkit.SettableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that removes the bot takes its community settings with it (GUILD_DELETE): its defaults, its wording and
 * its members' link to it go; the members' own data stays, since a Discord account is one member on every server.
 */
final class DiscordServerLeftTest {

    private static final String TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.emulated.server-left-token";
    private static final String OTHER_SERVER = "800000000000000077";

    @TempDir
    Path folder;

    private DiscordEmulator discord;
    private Application application;

    @BeforeEach
    void start() {
        discord = new DiscordEmulator();
        final BotConfig config = new ConfigLoader(Map.of("DISCORD_TOKEN", TOKEN))
                .parse("""
                        database:
                          url: jdbc:sqlite:%s
                        discord:
                          token: ${DISCORD_TOKEN:-}
                          api-url: %s
                          gateway-url: %s
                        """.formatted(folder.resolve("bot.db"), discord.apiUrl(), discord.gatewayUrl()), "test");
        application = Application.start(config, new SettableClock(Instant.parse("2026-03-02T15:00:00Z")));
    }

    @AfterEach
    void stop() {
        application.close();
        discord.close();
    }

    @Test
    @DisplayName("GIVEN two servers with their own settings and a member who used the bot in one WHEN that server "
            + "removes the bot THEN its settings, wording and the member's link to it are deleted, the member and the "
            + "other server's settings stay")
    void leavingAServerRemovesItsCommunity() {
        discord.serverJoined(DiscordUser.GUILD_ID);
        discord.serverJoined(OTHER_SERVER);
        final DiscordUser ana = new DiscordUser(discord, "100000000000000301", "ana");
        ana.slashInServer("list");
        await().atMost(Duration.ofSeconds(15)).until(() -> count("SELECT COUNT(*) FROM member_community WHERE "
                + "community_id = '" + DiscordUser.GUILD_ID + "'") == 1);
        for (final String server : new String[] {DiscordUser.GUILD_ID, OTHER_SERVER}) {
            application.store().jdbi().useHandle(handle -> {
                handle.execute("INSERT INTO community_settings (platform, community_id, cadence, updated_at) VALUES "
                        + "('discord', ?, 'gentle', 1)", server);
                handle.execute("INSERT INTO community_templates (platform, community_id, kind, body, updated_at) "
                        + "VALUES ('discord', ?, 'check_in', 'Hello {{name}}', 1)", server);
            });
        }

        // WHEN the first server removes the bot
        discord.serverLeft(DiscordUser.GUILD_ID);

        // THEN its rows go within seconds; the member and the other server stay
        await().atMost(Duration.ofSeconds(15)).until(() -> count("SELECT COUNT(*) FROM community_settings WHERE "
                + "community_id = '" + DiscordUser.GUILD_ID + "'") == 0);
        assertThat(count("SELECT COUNT(*) FROM community_templates WHERE community_id = '" + DiscordUser.GUILD_ID
                + "'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM member_community WHERE community_id = '" + DiscordUser.GUILD_ID + "'"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM members WHERE user_id = '" + ana.id() + "'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM community_settings WHERE community_id = '" + OTHER_SERVER + "'"))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM community_templates WHERE community_id = '" + OTHER_SERVER + "'"))
                .isEqualTo(1);
    }

    private int count(final String sql) {
        return application.store().jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Integer.class).one());
    }
}
