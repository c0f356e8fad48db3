package io.followupbot;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.config.BotConfig;
import io.followupbot.config.ConfigLoader;
import io.followupbot.testkit.LogCapture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated("LogCapture listens to the root logger: no other test class may log meanwhile")
final class ApplicationTest {

    @Test
    @DisplayName("GIVEN no platform credentials WHEN the bot starts THEN it says so in one line and serves the web chat")
    void startsTheWebChatWithoutPlatforms(@TempDir final Path folder) throws Exception {
        final BotConfig config = new ConfigLoader(Map.of()).parse("""
                database:
                  url: jdbc:sqlite:%s
                web:
                  port: 0
                """.formatted(folder.resolve("bot.db")), "test");

        try (LogCapture logs = new LogCapture();
             Application application = Application.start(config, Clock.systemUTC())) {
            final HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + application.webPort() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
            assertThat(logs.text()).contains("No Slack or Discord credentials are set: starting the local web chat")
                    .contains("followup-bot ready in");
        }
        assertThat(folder.resolve("bot.db")).exists();
    }
}
