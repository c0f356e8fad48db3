package io.followupbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followupbot.Application;
import io.followupbot.testkit.SettableClock;
import io.followupbot.testkit.TestConfigs;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web chat reads an employer's message: an invite shared as a file ({@code POST /api/file}) or an email pasted
 * whole (past the length an answer may have); the transcript keeps neither.
 */
final class WebSharedFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Application application;
    private String base;
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @BeforeEach
    void start() {
        application = Application.start(TestConfigs.webChat(folder.resolve("bot.db")),
                new SettableClock(Instant.parse("2026-03-10T23:00:00Z")));
        base = "http://127.0.0.1:" + application.webPort();
    }

    @AfterEach
    void stop() {
        application.close();
    }

    @Test
    @DisplayName("GIVEN a calendar invite for tomorrow WHEN the member shares it on the web page THEN the summary comes "
            + "back, one Confirm saves the interview, and the transcript names the file without its content; a "
            + "rejection pasted afterwards ends the application")
    void sharedInviteIsSavedAfterOneConfirmation() throws Exception {
        final JsonNode shared = post("/api/file?name=invite.ics&zone=America/New_York", "application/octet-stream",
                resource("invite-tomorrow.ics"));

        final JsonNode summary = shared.path("messages").get(0);
        assertThat(summary.path("text").asText()).contains("An interview invitation from")
                .contains("Here's what I have, and the plan it gives. Save it?");
        final String confirm = value(summary, "Confirm");
        final JsonNode saved = post("/api/message", "application/json", JSON.writeValueAsBytes(Map.of("text", confirm,
                "kind", "button", "label", "Confirm", "zone", "America/New_York")));

        assertThat(saved.path("messages").get(0).path("text").asText()).startsWith("Saved as #1,");
        final String history = get("/api/history");
        assertThat(history).contains("(shared invite.ics)").doesNotContain("BEGIN:VCALENDAR");

        // AND a rejection pasted afterwards ends that application after one button
        final JsonNode proposal = post("/api/message", "application/json", JSON.writeValueAsBytes(Map.of("text",
                new String(resource("rejection.txt"), StandardCharsets.UTF_8), "zone", "America/New_York")));
        final String close = value(proposal.path("messages").get(0), "Yes, close #1");
        post("/api/message", "application/json", JSON.writeValueAsBytes(Map.of("text", close, "kind", "button",
                "label", "Yes, close #1", "zone", "America/New_York")));
        final String stage = application.store().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT stage FROM interviews").mapTo(String.class).one());
        assertThat(stage).isEqualTo("REJECTED");
    }

    @Test
    @DisplayName("GIVEN a rejection email longer than an answer may be WHEN pasted whole THEN it is read (no length "
            + "refusal) and the transcript keeps a placeholder, not the email")
    void pastedEmailPastTheAnswerLimit() throws Exception {
        final String email = new String(resource("rejection.txt"), StandardCharsets.UTF_8)
                + "\n" + "We keep every application on file for a year. ".repeat(60);

        final JsonNode answer = post("/api/message", "application/json", JSON.writeValueAsBytes(Map.of("text", email,
                "zone", "America/New_York")));

        assertThat(answer.path("messages").get(0).path("text").asText()).startsWith("A rejection from");
        assertThat(get("/api/history")).contains("(an employer's message, pasted; not kept)")
                .doesNotContain("move forward with other candidates");
    }

    private JsonNode post(final String path, final String type, final byte[] body) throws Exception {
        final HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private String get(final String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String value(final JsonNode message, final String label) {
        for (final JsonNode button : message.path("buttons")) {
            if (button.path("label").asText().equals(label)) {
                return button.path("value").asText();
            }
        }
        throw new AssertionError("no button " + label + " in " + message);
    }

    private static byte[] resource(final String name) throws Exception {
        try (InputStream in = WebSharedFilesTest.class.getResourceAsStream("/employer/chat/" + name)) {
            return in.readAllBytes();
        }
    }
}
