package io.followupbot.web;

import io.followupbot.testkit.TestConfigs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followupbot.Application;
import io.followupbot.config.BotConfig;
import io.followupbot.store.StoreSession;
import io.followupbot.testkit.SettableClock;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class WebChatApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    /** Tuesday 10 March 2026, 15:00 in New York. */
    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-10T19:00:00Z"));
    private Application application;
    private String base;

    @BeforeEach
    void start() {
        final BotConfig config = TestConfigs.webChat(folder.resolve("bot.db"));
        application = Application.start(config, clock);
        base = "http://127.0.0.1:" + application.webPort();
    }

    @AfterEach
    void stop() {
        application.close();
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private HttpResponse<String> post(final HttpClient client, final String contentType, final String body)
            throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + "/api/message"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String say(final HttpClient client, final String text) throws Exception {
        final HttpResponse<String> response = post(client, "application/json",
                JSON.writeValueAsString(Map.of("text", text, "zone", "America/New_York")));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    @DisplayName("GIVEN malformed, oversized or non-JSON requests WHEN posted THEN each is refused cleanly and nothing is stored")
    void refusesBadRequests() throws Exception {
        final HttpClient client = browser();

        assertThat(post(client, "application/json", "{not json").statusCode()).isEqualTo(400);
        assertThat(post(client, "application/json", "[1,2]").statusCode()).isEqualTo(400);
        assertThat(post(client, "application/json", "{\"text\": 5}").statusCode()).isEqualTo(400);
        assertThat(post(client, "text/plain", "{\"text\":\"hi\"}").statusCode()).isEqualTo(415);
        final HttpResponse<String> huge = post(client, "application/json",
                "{\"text\":\"" + "a".repeat(50_000) + "\"}");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("too large");
        assertThat(application.store().inTransaction(StoreSession::allMembers)).isEmpty();
    }

    @Test
    @DisplayName("GIVEN two browsers WHEN each talks to the bot THEN each is its own member and sees only its own pipeline")
    void oneMemberPerBrowserSession() throws Exception {
        final HttpClient ana = browser();
        final HttpClient ben = browser();
        say(ana, "/followup");
        say(ana, "skip");
        say(ana, "Acme");
        assertThat(say(ben, "/followup")).contains("How should I sign");
        assertThat(say(ana, "Analyst")).contains("When was the interview");
        assertThat(application.store().inTransaction(StoreSession::allMembers)).hasSize(2);
    }

    @Test
    @DisplayName("GIVEN a stored interview WHEN its thank-you falls due THEN the nudge reaches the open page and the history")
    void nudgeArrivesByServerSentEvents() throws Exception {
        final HttpClient client = browser();
        for (final String answer : List.of("/followup", "Ana Ruiz | +1 555 0100", "Acme", "Data Analyst",
                "today 2pm", "video", "Ben Ode, Head of Data, ben@acme.test", "by Friday", "their dbt migration",
                "skip", "skip", "email")) {
            say(client, answer);
        }
        assertThat(say(client, "confirm")).contains("Saved as #1");

        final List<String> received = new CopyOnWriteArrayList<>();
        final HttpResponse<InputStream> stream = client.send(HttpRequest.newBuilder(URI.create(base + "/api/events"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        final Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    received.add(line);
                }
            } catch (final java.io.IOException closed) {
                // the server stopped
            }
        });
        reader.setDaemon(true);
        reader.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> received.stream().anyMatch(line -> line.contains("listening")));

        clock.advance(Duration.ofHours(4));
        application.dispatchNow();

        await().atMost(Duration.ofSeconds(5)).until(() -> received.stream().anyMatch(line -> line.startsWith("data:")
                && line.contains("Time to thank Ben Ode")));
        final JsonNode history = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(base + "/api/history"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        final JsonNode nudge = history.get("messages").get(history.get("messages").size() - 1);
        assertThat(nudge.get("text").asText()).contains("Time to thank Ben Ode");
        assertThat(nudge.get("draft").get("body").asText()).contains("dbt");
        assertThat(nudge.get("buttons").findValuesAsText("value")).contains("sent 1 thank_you@Ben_Ode", "heard 1");

        final JsonNode pipeline = JSON.readTree(client.send(HttpRequest.newBuilder(URI.create(base + "/api/pipeline"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(pipeline.get("interviews").get(0).get("steps").findValuesAsText("status")).contains("due", "upcoming");
    }
}
