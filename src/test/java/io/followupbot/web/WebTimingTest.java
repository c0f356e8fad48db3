package io.followupbot.web;

import io.followupbot.testkit.WebVisitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followupbot.Application;
import io.followupbot.testkit.SettableClock;
import io.followupbot.testkit.TestConfigs;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A member's say over timing in the local web chat (issue 31), through its HTTP API as the page uses it: a nudge's
 * snoozes are buttons, and a pause shows in the page's note (the pipeline's {@code pausedUntil}).
 */
final class WebTimingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    /** Tuesday 10 March 2026, 15:00 in New York. */
    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-10T19:00:00Z"));
    private Application application;
    private String base;
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @BeforeEach
    void start() throws Exception {
        application = Application.start(TestConfigs.webChat(folder.resolve("bot.db"), Map.of()), clock);
        base = "http://127.0.0.1:" + application.webPort();
        for (final String answer : List.of("/followup", "Ana Ruiz | +1 555 0100", "Acme", "Data Analyst",
                "today 2pm", "video", "Ben Ode, Head of Data, ben@acme.test", "by Friday", "their dbt migration",
                "skip", "skip", "email", "confirm")) {
            send(Map.of("text", answer, "zone", "America/New_York"));
        }
    }

    @AfterEach
    void stop() {
        application.close();
    }

    private JsonNode send(final Map<String, Object> request) throws Exception {
        return JSON.readTree(browser.send(HttpRequest.newBuilder(URI.create(base + "/api/message"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request))).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private JsonNode get(final String path) throws Exception {
        return JSON.readTree(browser.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    /** The page is open: its event stream listens for nudges. */
    private void openPage() throws Exception {
        final List<String> received = WebVisitor.lines(browser.send(HttpRequest.newBuilder(URI.create(base + "/api/events"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream()));
    }

    private static Map<String, String> buttons(final JsonNode message) {
        final Map<String, String> buttons = new LinkedHashMap<>();
        message.path("buttons").forEach(button -> buttons.put(button.path("label").asText(),
                button.path("value").asText()));
        return buttons;
    }

    @Test
    @DisplayName("GIVEN the thank-you nudge on the open page on Tuesday evening WHEN the member presses next business "
            + "day THEN the nudge offered the four snoozes as buttons, and the thank-you comes back on Wednesday at 09:00")
    void snoozeChoicesAreButtons() throws Exception {
        // GIVEN the nudge
        openPage();
        clock.advance(Duration.ofHours(4));
        application.dispatchNow();
        await().atMost(Duration.ofSeconds(5)).until(() -> buttons(last(get("/api/history"))).containsKey("I sent it"));
        final Map<String, String> buttons = buttons(last(get("/api/history")));

        // WHEN the member presses next business day
        final JsonNode reply = send(Map.of("text", buttons.get("Snooze till next business day"), "kind", "button",
                "label", "Snooze till next business day"));

        // THEN
        assertThat(buttons).containsEntry("Snooze 1 hour", "snooze 1 thank_you@Ben_Ode in an hour")
                .containsEntry("Snooze till tomorrow", "snooze 1 thank_you@Ben_Ode tomorrow morning")
                .containsEntry("Snooze till next business day", "snooze 1 thank_you@Ben_Ode next business day")
                .containsEntry("Snooze till next week", "snooze 1 thank_you@Ben_Ode next week");
        assertThat(reply.get("messages").get(0).get("text").asText())
                .isEqualTo("Okay, I'll remind you about the thank-you to Ben Ode on Wed 11 Mar, 09:00.");
    }

    @Test
    @DisplayName("GIVEN a member on the web page WHEN they pause until Monday, then resume THEN the page's pipeline "
            + "says until when while it lasts, and nothing after")
    void pauseShowsOnThePage() throws Exception {
        // GIVEN / WHEN paused
        send(Map.of("text", "pause until Monday"));

        // THEN the pipeline says until Monday 09:00 in New York
        assertThat(get("/api/pipeline").path("pausedUntil").asText()).isEqualTo("2026-03-16T13:00:00Z");

        // WHEN resumed THEN no more
        send(Map.of("text", "resume"));
        assertThat(get("/api/pipeline").has("pausedUntil")).isFalse();
    }

    private static JsonNode last(final JsonNode history) {
        final JsonNode messages = history.get("messages");
        return messages.get(messages.size() - 1);
    }
}
