package io.followupbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Discord emulator's rate limits, with the headers JDA reads")
final class DiscordEmulatorRateLimitsTest {

    @AutoClose
    private final DiscordEmulator discord = new DiscordEmulator();
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(final String path) throws Exception {
        return http.send(HttpRequest.newBuilder(discord.apiUrl().resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"hello\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("GIVEN one channel (the buckets refilling by the test's clock, so that slow calls do not race the real "
            + "one) WHEN six messages are sent at once THEN five pass, counting down X-RateLimit-Remaining in one bucket, "
            + "and the sixth is refused with 429, Retry-After in whole seconds and retry_after in JSON; a second later "
            + "one more passes")
    void pacesARoute() throws Exception {
        final SettableClock clock = new SettableClock(Instant.parse("2026-03-02T15:00:00Z"));
        discord.rateLimits(DiscordRateLimits.documented().on(clock));
        final List<HttpResponse<String>> passed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            passed.add(post("channels/800000000000000001/messages"));
        }

        final HttpResponse<String> refused = post("channels/800000000000000001/messages");

        assertThat(passed).extracting(HttpResponse::statusCode).containsOnly(200);
        assertThat(passed).extracting(response -> response.headers().firstValue("X-RateLimit-Remaining").orElseThrow())
                .containsExactly("4", "3", "2", "1", "0");
        assertThat(passed.get(0).headers().firstValue("X-RateLimit-Limit")).contains("5");
        assertThat(passed).extracting(response -> response.headers().firstValue("X-RateLimit-Bucket").orElseThrow())
                .containsOnly(passed.get(0).headers().firstValue("X-RateLimit-Bucket").orElseThrow());
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).contains("1");
        assertThat(refused.headers().firstValue("X-RateLimit-Scope")).contains("user");
        assertThat(refused.headers().firstValue("X-RateLimit-Global")).isEmpty();
        assertThat(refused.body()).contains("\"retry_after\":1.000,").contains("\"global\":false");
        assertThat(discord.rateLimited()).hasSize(1);
        // AND WHEN the second a message is worth has passed, one more passes, and the next is refused again
        clock.advance(Duration.ofSeconds(1));
        assertThat(post("channels/800000000000000001/messages").statusCode()).isEqualTo(200);
        assertThat(post("channels/800000000000000001/messages").statusCode()).isEqualTo(429);
        assertThat(discord.rateLimited()).hasSize(2);
    }

    @Test
    @DisplayName("GIVEN the bot's global limit (a burst of 50; refilling a thousand times slower here, so that the "
            + "test does not race the clock) WHEN 51 channels get a message at once THEN the 51st is refused as global")
    void pacesTheBot() throws Exception {
        discord.rateLimits(DiscordRateLimits.documented().faster(0.001));
        for (int i = 0; i < 50; i++) {
            assertThat(post("channels/80000000000000%04d/messages".formatted(i)).statusCode()).isEqualTo(200);
        }

        final HttpResponse<String> refused = post("channels/800000000000009999/messages");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("X-RateLimit-Global")).contains("true");
        assertThat(refused.body()).contains("\"global\":true");
    }
}
