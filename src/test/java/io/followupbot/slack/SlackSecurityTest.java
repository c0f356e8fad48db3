package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.MemberKey;
import io.followupbot.testkit.Journeys;
import io.followupbot.testkit.LogCapture;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated("LogCapture listens to the root logger: no other test class may log meanwhile")
final class SlackSecurityTest {

    @RegisterExtension
    static final LogCapture LOGS = new LogCapture();
    @RegisterExtension
    final SlackHarness harness = SlackHarness.standard();

    @Test
    @DisplayName("GIVEN forged, missing or stale signatures WHEN Slack requests arrive THEN 401 and no member is created")
    void unsignedRequestsChangeNothing() {
        final String body = SignedSlack.slashCommandBody("T1", "U1", "C1", "list");
        final long now = Instant.now().getEpochSecond();

        final HttpResponse<String> forged = harness.slack().postRaw(body, Map.of("X-Slack-Request-Timestamp",
                Long.toString(now), "X-Slack-Signature", "v0=" + "ab".repeat(32)));
        final HttpResponse<String> missing = harness.slack().postRaw(body, Map.of());
        final HttpResponse<String> noTimestamp = harness.slack().postRaw(body, Map.of("X-Slack-Signature",
                "v0=" + "cd".repeat(32)));
        final HttpResponse<String> stale = harness.slack().post(body, false, now - 6 * 60, Map.of());
        final HttpResponse<String> otherSecret = new SignedSlack(harness.application().webPort(), "not-the-secret")
                .post(body, false);

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(noTimestamp.statusCode()).isEqualTo(401);
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(otherSecret.statusCode()).isEqualTo(401);
        assertThat(harness.count("SELECT COUNT(*) FROM members")).isZero();
        assertThat(harness.emulator().calls("chat.postMessage")).isEmpty();
        assertThat(harness.emulator().calls("chat.postEphemeral")).isEmpty();

        // the control: the same body, properly signed and fresh, is accepted
        assertThat(harness.slack().post(body, false).statusCode()).isEqualTo(200);
        harness.member("T1", "U1").awaitText(0, "interview");
        assertThat(harness.count("SELECT COUNT(*) FROM members")).isEqualTo(1);
    }

    @Test
    @DisplayName("GIVEN a signed slash command WHEN the same request is replayed THEN the replay gets 401 and runs nothing")
    void replayedRequestRefused() {
        final String body = SignedSlack.slashCommandBody("T1", "U1", "C1", "help");
        final long now = Instant.now().getEpochSecond();

        assertThat(harness.slack().post(body, false, now, Map.of()).statusCode()).isEqualTo(200);
        harness.member("T1", "U1").awaitText(0, "Here's what I can do");
        final HttpResponse<String> replay = harness.slack().post(body, false, now, Map.of());

        assertThat(replay.statusCode()).isEqualTo(401);
        final int since = harness.emulator().callCount();
        assertThat(harness.slack().post(body, false, now + 1, Map.of()).statusCode()).isEqualTo(200);
        harness.member("T1", "U1").awaitText(since, "Here's what I can do");
    }

    @Test
    @DisplayName("GIVEN a captured signed snooze-like command WHEN it is replayed with X-Slack-Retry-Num THEN it runs "
            + "once; timestamps more than five minutes ahead are refused too")
    void replayWithRetryHeaderRunsOnce() {
        final String body = SignedSlack.slashCommandBody("T1", "U1", "C1", "help");
        final long now = Instant.now().getEpochSecond();
        assertThat(harness.slack().post(body, false, now, Map.of()).statusCode()).isEqualTo(200);
        harness.member("T1", "U1").awaitText(0, "Here's what I can do");

        for (int retry = 1; retry <= 3; retry++) {
            harness.slack().post(body, false, now, Map.of("X-Slack-Retry-Num", Integer.toString(retry),
                    "X-Slack-Retry-Reason", "http_timeout"));
        }
        final int future = harness.slack().post(body, false, now + 3600, Map.of()).statusCode();
        final int farFuture = harness.slack().post(body, false, now + 365L * 24 * 3600, Map.of()).statusCode();
        harness.member("T1", "U1").say("settings", "Your settings");

        assertThat(future).isEqualTo(401);
        assertThat(farFuture).isEqualTo(401);
        assertThat(harness.emulator().calls().stream().filter(call -> call.allText().contains("Here's what I can do")))
                .hasSize(1);
    }

    @Test
    @DisplayName("GIVEN correctly signed but malformed payloads WHEN they arrive THEN 400, one log line each, no stack "
            + "trace")
    void malformedSignedPayloadIs400() {
        final List<String> bodies = List.of("{\"type\":\"event_callback\",\"event\":", "payload=%7Bnot-json",
                "{\"type\":\"event_callback\",\"event\":{\"type\":\"message\",\"user\":[1,2]}}");
        final int before = LOGS.events().size();
        for (final String body : bodies) {
            final boolean json = body.startsWith("{");
            final HttpResponse<String> response = harness.slack().post(body, json);
            assertThat(response.statusCode()).as(body).isIn(200, 400);
            assertThat(response.statusCode()).as(body).isNotEqualTo(500);
        }
        final List<String> lines = LOGS.events().subList(before, LOGS.events().size());
        assertThat(lines).hasSizeLessThanOrEqualTo(bodies.size()).noneMatch(line -> line.contains("\tat "));
        // (a later timestamp: the same body in the same second would be a replay of the first)
        assertThat(harness.slack().post(bodies.get(0), true, Instant.now().getEpochSecond() + 2, Map.of())
                .statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("GIVEN an event WHEN Slack retries it with X-Slack-Retry-Num THEN the member's message is handled once")
    void retriedEventHandledOnce() {
        final SlackMember ana = harness.member("T1", "U1");
        final String event = SignedSlack.messageEventBody("T1", "U1", "EvRetried1", "help");
        assertThat(harness.slack().post(event, true).statusCode()).isEqualTo(200);
        ana.awaitText(0, "Here's what I can do");

        assertThat(harness.slack().post(event, true, Instant.now().getEpochSecond(),
                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")).statusCode()).isEqualTo(200);
        assertThat(harness.slack().post(event, true, Instant.now().getEpochSecond() + 1, Map.of()).statusCode())
                .isEqualTo(200);
        ana.say("settings", "Your settings");

        assertThat(harness.emulator().calls("chat.postMessage").stream()
                .filter(call -> call.allText().contains("Here's what I can do"))).hasSize(1);
    }

    @Test
    @DisplayName("GIVEN an interview #1 of a member of workspace T1 WHEN the same user id in T2 presses buttons naming #1 THEN T2 sees nothing of it")
    void otherWorkspaceSeesNothing() {
        Journeys.enterInterview(harness.application().engine(), new MemberKey("slack", "T1", "U1"),
                "Zebracorp Secret Labs");

        final SlackMember intruder = harness.member("T2", "U1");
        final String all = intruder.press("show 1", "no interview #1") + intruder.press("draft 1", "#1")
                + intruder.press("heard 1 rejected", "#1") + intruder.press("archive 1", "#1");

        assertThat(all).doesNotContain("Zebracorp");
        assertThat(harness.count("SELECT COUNT(*) FROM interviews WHERE archived = 0"))
                .isEqualTo(1);
        assertThat(harness.count("SELECT COUNT(*) FROM events")).isEqualTo(
                harness.count("SELECT COUNT(*) FROM events e JOIN members m ON m.id = e.member_id WHERE m.workspace_id = 'T1'"));
    }

    @Test
    @DisplayName("GIVEN tokens and a signing secret WHEN a member uses the bot and a nudge fails THEN no log line holds a secret")
    void secretsNeverLogged() {
        final SlackMember ana = harness.member("T1", "U1");
        ana.command("C1", "help", "Here's what I can do");
        harness.emulator().failHttp("chat.postMessage", 500, null, 1);
        harness.emulator().failWith("views.publish", "invalid_auth");
        harness.slack().post(SignedSlack.homeOpenedBody("T1", "U1", "Ev" + UUID.randomUUID()), true);
        harness.slack().post(SignedSlack.slashCommandBody("T1", "U1", "C1", "list"), false);
        harness.slack().postRaw(SignedSlack.slashCommandBody("T1", "U1", "C1", "list"), Map.of());
        ana.say("settings", "Your settings");
        harness.awaitCalls(0, call -> call.method().equals("views.publish"));

        assertThat(LOGS.text()).isNotBlank().doesNotContain(SlackHarness.BOT_TOKEN)
                .doesNotContain(SlackHarness.SIGNING_SECRET).doesNotContain("xoxb-");
    }
}
