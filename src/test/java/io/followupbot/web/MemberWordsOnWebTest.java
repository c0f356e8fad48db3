package io.followupbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followupbot.Application;
import io.followupbot.chat.MemberText;
import io.followupbot.testkit.SettableClock;
import io.followupbot.testkit.TestConfigs;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a member typed, inside the bot's own sentences in the web chat: plain text, never the page's bold. */
final class MemberWordsOnWebTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Application application;
    private String base;

    @BeforeEach
    void start() {
        application = Application.start(TestConfigs.webChat(folder.resolve("bot.db")),
                new SettableClock(Instant.parse("2026-03-10T19:00:00Z")));
        base = "http://127.0.0.1:" + application.webPort();
    }

    @AfterEach
    void stop() {
        application.close();
    }

    @Test
    @DisplayName("GIVEN a company *Robotics*, a role _lead_ ~x~ and an interviewer `Dana` WHEN the member saves "
            + "THEN the page gets the sentence as typed, in runs none of which makes the member's stars bold, "
            + "and no marker character reaches it")
    void memberStarsAreNeverBoldOnThePage() throws Exception {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        for (final String answer : List.of("/followup", "Ana Ruiz", "*Robotics*", "_lead_ ~x~", "today 2pm", "video",
                "`Dana`", "by Friday", "their dbt migration", "skip", "skip", "email")) {
            say(client, answer);
        }
        final String body = say(client, "confirm");
        final JsonNode saved = savedMessage(JSON.readTree(body));

        assertThat(saved.path("text").asText()).startsWith("Saved as #1, *Robotics*. Here is your plan");
        final List<String> bold = new ArrayList<>();
        saved.path("runs").forEach(run -> {
            if (run.path("bold").asBoolean()) {
                bold.add(run.path("text").asText());
            }
        });
        assertThat(bold).isEmpty();
        assertThat(saved.path("runs").get(0).path("text").asText()).startsWith("Saved as #1, *Robotics*.");
        assertThat(body).doesNotContain(String.valueOf(MemberText.OPEN), String.valueOf(MemberText.CLOSE),
                "\\ue000", "\\ue001");
        assertThat(say(client, "list")).contains("#1 *Robotics* - _lead_ ~x~")
                .doesNotContain("\\ue000", "\\ue001");
    }

    private String say(final HttpClient client, final String text) throws Exception {
        final HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/message"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("text", text, "zone", "America/New_York")))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode savedMessage(final JsonNode reply) {
        for (final JsonNode message : reply.findParents("text")) {
            if (message.path("text").asText().startsWith("Saved as #1")) {
                return message;
            }
        }
        throw new AssertionError("no \"Saved as #1\" message in " + reply);
    }
}
