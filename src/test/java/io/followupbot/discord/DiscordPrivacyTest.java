package io.followupbot.discord;

import static io.followupbot.testkit.DiscordUser.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.followupbot.testkit.DiscordBot;
import io.followupbot.testkit.DiscordEmulator;
import io.followupbot.testkit.DiscordUser;
import io.followupbot.testkit.OnDiscord;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * No one is pinged by the bot, and what is personal stays out of shared channels: the real bot (JDA) against
 * the Discord emulator, which records every request body as JDA sent it.
 */
@OnDiscord(at = "2026-03-02T15:00:00Z", zone = "UTC")
final class DiscordPrivacyTest {

    @Test
    @DisplayName("GIVEN a member who types @everyone and <@id> WHEN the bot answers in DMs, in a server and through "
            + "hooks THEN every message it sends has allowed_mentions empty: no one is pinged")
    void noMessagePings(final DiscordBot bot, final DiscordUser ana) {
        ana.slashInServer("help");
        ana.dm("@everyone <@100000000000000099> <@&5555> hello");
        ana.dm("help");
        await().atMost(WAIT).until(() -> ana.transcript().split("Here's what I can do", -1).length >= 3);

        final List<JsonNode> messages = bot.discord().requests().stream().filter(request -> request.method().equals("POST"))
                .map(DiscordEmulator.Request::json).filter(json -> json != null && json.has("content")).toList();
        assertThat(messages).hasSizeGreaterThanOrEqualTo(3);
        assertThat(messages).allSatisfy(message -> {
            assertThat(message.path("allowed_mentions").path("parse").isArray()).as(message.toString()).isTrue();
            assertThat(message.path("allowed_mentions").path("parse")).as(message.toString()).isEmpty();
            assertThat(message.path("allowed_mentions").path("users")).isEmpty();
            assertThat(message.path("allowed_mentions").path("roles")).isEmpty();
        });
    }

    @Test
    @DisplayName("GIVEN a user install WHEN the member runs /followup list in a DM with a friend THEN the answer is "
            + "ephemeral (only the member sees it); in their DM with the bot it is an ordinary message")
    void sharedDmAnswersAreEphemeral(final DiscordBot bot, final DiscordUser bea) {
        final DiscordUser.Sent shared = bea.slashInFriendDm("100000000000000013", "list");
        await().atMost(WAIT).until(() -> !bot.discord().followups(shared.token()).isEmpty());
        final DiscordUser.Sent own = bea.slashInDm("list");
        await().atMost(WAIT).until(() -> !bot.discord().followups(own.token()).isEmpty());

        assertThat(bot.discord().callbacks(shared.id()).get(0).json().path("data").path("flags").asInt() & 64).isEqualTo(64);
        assertThat(bot.discord().followups(shared.token())).allSatisfy(message ->
                assertThat(message.json().path("flags").asInt() & 64).isEqualTo(64));
        assertThat(bot.discord().followups(own.token())).allSatisfy(message ->
                assertThat(message.json().path("flags").asInt() & 64).isZero());
    }
}
