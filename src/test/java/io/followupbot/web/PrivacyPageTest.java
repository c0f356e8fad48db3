package io.followupbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followupbot.Application;
import io.followupbot.config.BotConfig;
import io.followupbot.config.ConfigLoader;
import io.followupbot.followup.PrivacyNotice;
import io.followupbot.testkit.SettableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The privacy notice: {@code privacy} in the chat and {@code GET /privacy} say the same, from the operator's
 * configuration, and the page is readable without the web chat's access token (listings link to it).
 */
final class PrivacyPageTest {

    private static final String TOKEN = "access-token-0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PART = Pattern.compile("<h2>([^<]*)</h2>\\n<p>(.*?)</p>");

    /** One part of the page: its heading and its paragraph, as the browser shows them. */
    private record Part(String heading, String text) {
    }

    @TempDir
    Path folder;

    private Application application;
    private String base;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        final BotConfig config = new ConfigLoader(Map.of("FOLLOWUP_RETENTION_CLOSED_DAYS", "200")).parse("""
                database:
                  url: jdbc:sqlite:%s
                web:
                  port: 0
                  access-token: %s
                privacy:
                  operator: Bootcamp <Careers> Team
                  contact: privacy@bootcamp.example
                retention:
                  inactive-days: 400
                """.formatted(folder.resolve("bot.db"), TOKEN), "test");
        application = Application.start(config, new SettableClock(Instant.parse("2026-03-10T19:00:00Z")));
        base = "http://127.0.0.1:" + application.webPort();
    }

    @AfterEach
    void stop() {
        application.close();
    }

    @Test
    @DisplayName("GIVEN an operator, a contact and retention of 200 (from the environment) and 400 days WHEN a stranger "
            + "opens /privacy without the access token THEN it is served, every part of the notice is there with the "
            + "figures, and the operator's name is shown as text, not markup")
    void pageIsPublicAndComplete() throws Exception {
        final HttpResponse<String> page = get("/privacy");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        assertThat(page.body()).contains("<h1>" + PrivacyNotice.TITLE + "</h1>");
        final List<Part> parts = parts(page.body());
        assertThat(parts).extracting(Part::heading).containsExactly("What", "Who sees it", "How long", "Your copy",
                "Delete", "Questions");
        assertThat(String.join(" ", parts.stream().map(Part::text).toList())).contains("deleted after 200 days").contains("If you don't use me for 400 days")
                .contains("This bot is run by Bootcamp <Careers> Team (privacy@bootcamp.example).")
                .contains("The database is not encrypted");
        assertThat(page.body()).doesNotContain("<Careers>").contains("&lt;Careers&gt;");
        assertThat(get("/").statusCode()).as("the chat itself still needs the token").isEqualTo(401);
    }

    @Test
    @DisplayName("GIVEN the same bot WHEN a member types privacy in the web chat THEN the reply says, part by part, "
            + "what the page says")
    void commandAndPageAgree() throws Exception {
        final HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(base + "/api/message"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", "privacy",
                        "zone", "America/New_York")))).build(), HttpResponse.BodyHandlers.ofString());
        final String chat = texts(JSON.readTree(reply.body())).replace("\uE000", "").replace("\uE001", "");
        final List<Part> parts = parts(get("/privacy").body());

        assertThat(chat).startsWith(PrivacyNotice.TITLE);
        assertThat(parts).hasSize(6).allSatisfy(part -> assertThat(chat).contains("- " + part.heading() + ": "
                + part.text().replaceAll("<code>([^<]*)</code>", "`$1`")));
    }

    /** The page's parts, its text unescaped as a browser would show it (code marks kept). */
    private static List<Part> parts(final String html) {
        final List<Part> parts = new ArrayList<>();
        final Matcher matcher = PART.matcher(html);
        while (matcher.find()) {
            parts.add(new Part(matcher.group(1), matcher.group(2).replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&amp;", "&")));
        }
        return parts;
    }

    private HttpResponse<String> get(final String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String texts(final JsonNode node) {
        final StringBuilder all = new StringBuilder();
        node.findValues("text").forEach(text -> all.append(text.asText()).append('\n'));
        return all.toString();
    }
}
