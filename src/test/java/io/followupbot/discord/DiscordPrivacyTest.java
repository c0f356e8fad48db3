package io.followupbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.followupbot.testkit.DiscordBot;
import io.followupbot.testkit.DiscordEmulator;
import io.followupbot.testkit.DiscordUser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No one is pinged by the bot, and what is personal stays out of shared channels: the real bot (JDA) against
 * the Discord emulator, which records every request body as JDA sent it.
 */
final class DiscordPrivacyTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @RegisterExtension
    static final DiscordBot BOT = DiscordBot.at("2026-03-02T15:00:00Z").zone("UTC");

    @Test
    @DisplayName("GIVEN a member who types @everyone and <@id> WHEN the bot answers in DMs, in a server and through "
            + "hooks THEN every message it sends has allowed_mentions empty: no one is pinged")
    void noMessagePings() {
        final DiscordUser ana = BOT.user("100000000000000011", "ana");
        ana.slashInServer("help");
        ana.dm("@everyone <@100000000000000099> <@&5555> hello");
        ana.dm("help");
        await().atMost(WAIT).until(() -> ana.transcript().split("Here's what I can do", -1).length >= 3);

        final List<JsonNode> messages = BOT.discord().requests().stream().filter(request -> request.method().equals("POST"))
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
    void sharedDmAnswersAreEphemeral() {
        final DiscordUser bea = BOT.user("100000000000000012", "bea");
        final DiscordUser.Sent shared = bea.slashInFriendDm("100000000000000013", "list");
        await().atMost(WAIT).until(() -> !BOT.discord().followups(shared.token()).isEmpty());
        final DiscordUser.Sent own = bea.slashInDm("list");
        await().atMost(WAIT).until(() -> !BOT.discord().followups(own.token()).isEmpty());

        assertThat(BOT.discord().callbacks(shared.id()).get(0).json().path("data").path("flags").asInt() & 64).isEqualTo(64);
        assertThat(BOT.discord().followups(shared.token())).allSatisfy(message ->
                assertThat(message.json().path("flags").asInt() & 64).isEqualTo(64));
        assertThat(BOT.discord().followups(own.token())).allSatisfy(message ->
                assertThat(message.json().path("flags").asInt() & 64).isZero());
    }
}
