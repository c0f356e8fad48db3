package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.testkit.SettableClock;
import java.net.URI;
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

/**
 * The emulator's buckets refill by a clock these tests hold, not by the real time: "at once" is then at once however
 * slow the HTTP calls are on a loaded machine, and a refill comes only when a test moves the clock on.
 */
@DisplayName("The Slack emulator refuses what goes over Slack's documented rate limits")
final class SlackEmulatorRateLimitsTest {

    @AutoClose
    private final SlackEmulator emulator = new SlackEmulator();
    private final HttpClient http = HttpClient.newHttpClient();
    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-02T15:00:00Z"));

    SlackEmulatorRateLimitsTest() {
        emulator.rateClock(clock);
    }

    private HttpResponse<String> call(final String method, final String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(emulator.apiUrl() + method))
                .header("Authorization", "Bearer xoxb-one-workspace")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<Integer> statuses(final String method, final int times, final java.util.function.IntFunction<String> form)
            throws Exception {
        final List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            statuses.add(call(method, form.apply(i)).statusCode());
        }
        return statuses;
    }

    @Test
    @DisplayName("GIVEN one DM channel WHEN 21 messages are posted into it at once THEN the burst of 20 passes and the "
            + "21st is refused with 429, Retry-After 1 and error ratelimited, and is not carried out")
    void pacesOneChannel() throws Exception {
        final List<Integer> statuses = statuses("chat.postMessage", 20, i -> "channel=D1&text=hello");

        final HttpResponse<String> refused = call("chat.postMessage", "channel=D1&text=hello");

        assertThat(statuses).containsOnly(200);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).contains("1");
        assertThat(refused.body()).contains("\"error\":\"ratelimited\"");
        assertThat(emulator.accepted("chat.postMessage")).hasSize(20);
        assertThat(emulator.rateLimited()).hasSize(1);
    }

    @Test
    @DisplayName("GIVEN a workspace (its burst of 30; refilling a thousand times slower here, so that the test does not "
            + "race the clock) WHEN 31 messages go to 31 channels at once THEN 30 pass and the 31st is refused")
    void pacesTheWorkspace() throws Exception {
        emulator.rateLimits(SlackRateLimits.documented().faster(0.001));
        final List<Integer> statuses = statuses("chat.postMessage", 31, i -> "channel=D" + i + "&text=hello");

        assertThat(statuses.subList(0, 30)).containsOnly(200);
        assertThat(statuses.get(30)).isEqualTo(429);
    }

    @Test
    @DisplayName("GIVEN conversations.open, a Tier 3 method (50 a minute) WHEN 51 DMs are opened at once THEN 50 pass "
            + "and the 51st is told to wait the 1.2 s a call is worth, in whole seconds: 2; 1.2 s later one more passes")
    void pacesATier() throws Exception {
        final List<Integer> statuses = statuses("conversations.open", 50, i -> "users=U" + i);

        final HttpResponse<String> refused = call("conversations.open", "users=U50");

        assertThat(statuses).containsOnly(200);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).contains("2");
        assertThat(emulator.accepted("conversations.open")).hasSize(50);
        // AND WHEN 1.1 s have passed, the 51st is still refused; at 1.2 s it passes, and the next is refused again
        clock.advance(Duration.ofMillis(1100));
        assertThat(call("conversations.open", "users=U50").statusCode()).isEqualTo(429);
        clock.advance(Duration.ofMillis(100));
        assertThat(statuses("conversations.open", 2, i -> "users=U5" + i)).containsExactly(200, 429);
    }

    @Test
    @DisplayName("GIVEN a test that loosens the limits WHEN it posts 100 messages into one channel THEN all pass")
    void canBeLoosened() throws Exception {
        emulator.rateLimits(SlackRateLimits.unlimited());

        assertThat(statuses("chat.postMessage", 100, i -> "channel=D1&text=hello")).containsOnly(200);
    }
}
