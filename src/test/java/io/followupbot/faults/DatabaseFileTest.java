package io.followupbot.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.Application;
import io.followupbot.testkit.TestConfigs;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite file deleted or replaced under a running bot: found before the next write, the member told and
 * nothing confirmed, {@code /health} failing with the reason.
 */
final class DatabaseFileTest {

    @TempDir
    Path folder;

    private Path database;
    private Application application;
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @BeforeEach
    void start() {
        database = folder.resolve("bot.db");
        application = Application.start(TestConfigs.webChat(database), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        application.close();
    }

    private String base() {
        return "http://127.0.0.1:" + application.webPort();
    }

    private HttpResponse<String> say(final String text) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(base() + "/api/message"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\",\"zone\":\"America/New_York\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> health() throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(base() + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("GIVEN a member mid-intake WHEN the database file is deleted THEN their next answer is refused with "
            + "the reason, nothing is confirmed, and /health fails saying the file is missing")
    void deletedFile() throws Exception {
        say("/followup");
        assertThat(say("skip").body()).contains("company");
        assertThat(health().statusCode()).isEqualTo(200);

        Files.delete(database);
        final String reply = say("Acme Analytics").body();

        assertThat(reply).contains("can't save anything right now").contains("database file is missing")
                .doesNotContain("role");
        final HttpResponse<String> health = health();
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("degraded").contains("the database file is missing");
    }

    @Test
    @DisplayName("GIVEN a running bot WHEN another file is put in place of its database THEN writes are refused and "
            + "/health says the file was replaced")
    void replacedFile() throws Exception {
        say("/followup");
        final Path other = folder.resolve("other.db");
        Files.copy(database, other);
        Files.move(other, database, StandardCopyOption.REPLACE_EXISTING);

        assertThat(say("skip").body()).contains("can't save anything right now").contains("database file was replaced");
        final HttpResponse<String> health = health();
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("the database file was replaced");
    }
}
