package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.followupbot.testkit.TestCore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SlackSocketModeTest {

    private static final String APP_TOKEN = "xapp-1-test-app-token-91c2";

    @TempDir
    Path folder;

    @Test
    @DisplayName("GIVEN an app token WHEN Slack sends a slash command envelope over the socket THEN the app acks its envelope_id and replies")
    void slashCommandOverSocketMode() {
        try (SlackEmulator emulator = new SlackEmulator(); TestCore core = new TestCore(folder, SlackHarness.NOW);
             SlackBot bot = new SlackBot(SlackHarness.config(folder, emulator, """
                       bot-token: %s
                       app-token: %s
                     """.formatted(SlackHarness.BOT_TOKEN, APP_TOKEN)).slack(), core.engine, Optional.empty())) {
            bot.start();
            await().atMost(Duration.ofSeconds(15)).until(emulator::socketConnected);
            assertThat(emulator.calls("apps.connections.open")).first().satisfies(call ->
                    assertThat(call.token()).isEqualTo(APP_TOKEN));

            emulator.sendOverSocket("""
                    {"envelope_id":"env-42","type":"slash_commands","accepts_response_payload":true,"payload":{\
                    "token":"legacy","team_id":"T1","team_domain":"community","channel_id":"DU5","channel_name":\
                    "directmessage","user_id":"U5","user_name":"sam","command":"/followup","text":"help",\
                    "api_app_id":"A1","response_url":"http://127.0.0.1:1/r","trigger_id":"t1"}}""");

            await().atMost(Duration.ofSeconds(15)).until(() -> emulator.socketMessages().stream()
                    .anyMatch(message -> message.contains("\"envelope_id\":\"env-42\"")));
            await().atMost(Duration.ofSeconds(15)).until(() -> emulator.calls("chat.postMessage").stream()
                    .anyMatch(call -> call.arg("channel").equals("DU5") && call.allText().contains("Here's what I can do")));
            assertThat(core.count("SELECT COUNT(*) FROM members WHERE workspace_id = 'T1' AND user_id = 'U5'")).isEqualTo(1);
        }
    }
}
