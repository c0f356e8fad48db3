package io.followupbot.metrics;

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
import java.time.Clock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /metrics} in Prometheus' text format, as an operator scrapes it. */
final class MetricsTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("GIVEN a running bot and a member in the intake WHEN Prometheus scrapes /metrics THEN it reads nudges "
            + "sent/failed/retried, the due backlog and its age, intake answers, platform errors by kind and the "
            + "storage state, which drops to 0 when the database file goes")
    void scrape() throws Exception {
        final Path database = folder.resolve("bot.db");
        try (Application application = Application.start(TestConfigs.webChat(database), Clock.systemUTC())) {
            final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            final String base = "http://127.0.0.1:" + application.webPort();
            for (final String text : new String[] {"/followup", "skip", "Acme"}) {
                browser.send(HttpRequest.newBuilder(URI.create(base + "/api/message"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text
                                + "\",\"zone\":\"America/New_York\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
            }

            final HttpResponse<String> metrics = browser.send(HttpRequest.newBuilder(URI.create(base + "/metrics"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
            assertThat(metrics.body()).contains("followup_nudges_sent_total 0.0", "followup_nudges_failed_total",
                    "followup_nudges_retried_total", "followup_due_backlog 0.0", "followup_due_backlog_age_seconds",
                    "followup_platform_errors_total{kind=\"permanent\"}", "followup_storage_ok 1.0")
                    .containsPattern("followup_intake_answers_total [12]\\.0");

            Files.delete(database);
            final String degraded = browser.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(degraded).contains("followup_storage_ok 0.0");
        }
    }
}
