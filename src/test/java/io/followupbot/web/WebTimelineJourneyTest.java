package io.followupbot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followupbot.Application;
import io.followupbot.testkit.SettableClock;
import io.followupbot.testkit.TestConfigs;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The member's real timeline through the web chat's API: a late entry at night, one the next morning, one to come. */
final class WebTimelineJourneyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    /** Wednesday 11 March 2026, 23:00 in New York: inside the default quiet hours. */
    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-12T03:00:00Z"));
    private Application application;
    private String base;

    @BeforeEach
    void start() {
        application = Application.start(TestConfigs.webChat(folder.resolve("bot.db")), clock);
        base = "http://127.0.0.1:" + application.webPort();
    }

    @AfterEach
    void stop() {
        application.close();
    }

    private String say(final HttpClient client, final String text) throws Exception {
        final HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/message"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("text", text, "zone", "America/New_York")))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private JsonNode get(final HttpClient client, final String path) throws Exception {
        return JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private String intake(final HttpClient client, final String when) throws Exception {
        for (final String answer : List.of("Acme", "Data Analyst", when, "video", "Priya Shah, Head of Data",
                "they didn't say", "their dbt migration", "skip", "skip", "email")) {
            say(client, answer);
        }
        return say(client, "confirm");
    }

    @Test
    @DisplayName("GIVEN yesterday's interview entered at 23:00 WHEN saved THEN the thank-you waits for the morning, "
            + "then comes as 'send it today'; the card shows the current stage after it is sent")
    void lateEntryAtNight() throws Exception {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        say(client, "/followup");
        say(client, "Ana Ruiz | ana@example.com");
        final String saved = intake(client, "yesterday at 10am");
        // quiet hours: not now, but when they end
        assertThat(saved).contains("Thu 12 Mar, 08:00").contains("thank-you to Priya Shah")
                .contains("after the thank-you to Priya Shah").doesNotContain("Tue 10 Mar");

        clock.advance(Duration.ofHours(9));
        application.dispatchNow();
        await().atMost(Duration.ofSeconds(5)).until(() -> get(client, "/api/history").toString().contains("send it today"));

        assertThat(say(client, "I sent the thank-you to Priya")).contains("marked as sent");
        final JsonNode card = get(client, "/api/pipeline").findValues("stage").get(0);
        assertThat(card.asText()).isEqualTo("waiting to hear");
        assertThat(say(client, "show 1")).contains("LinkedIn connection to Priya Shah").contains("done");
    }

    @Test
    @DisplayName("GIVEN an interview tomorrow WHEN entered THEN the questions are in the future tense and no thank-you "
            + "draft comes before it")
    void upcoming() throws Exception {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        say(client, "/followup");
        say(client, "skip");
        say(client, "Acme");
        say(client, "Data Analyst");
        assertThat(say(client, "tomorrow 3pm")).contains("Will it be by phone, video or on-site?");
        assertThat(say(client, "video")).contains("Who will interview you");
        say(client, "skip");
        say(client, "email");
        assertThat(say(client, "confirm")).contains("prepare for the interview");
        assertThat(say(client, "draft 1")).contains("hasn't happened yet").doesNotContain("Thank you for meeting me");
    }
}
