package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.followupbot.store.BulkPlans;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Delivery through a storm of 429s from Slack")
final class SlackRateLimitStormTest {

    /** Tuesday 10 March 2026, 14:00 UTC: no member is in quiet hours. */
    private static final Instant MIDDAY = Instant.parse("2026-03-10T14:00:00Z");
    private static final int MEMBERS = 30;

    @RegisterExtension
    final SlackHarness harness = SlackHarness.standard();

    private static int count(final org.jdbi.v3.core.Jdbi jdbi, final String where) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM plan_steps WHERE " + where)
                .mapTo(Integer.class).one());
    }

    @Test
    @DisplayName("GIVEN 30 due nudges and Slack at its documented limits WHEN it also refuses 7 posts in a row with "
            + "429 THEN every member gets their nudge exactly once, and none fails")
    void losesAndRepeatsNothing() {
        // GIVEN 30 members, one nudge each, due a minute ago
        harness.clock().set(MIDDAY);
        final long due = MIDDAY.minusSeconds(60).toEpochMilli();
        BulkPlans.insert(harness.application().store().jdbi(), "slack", MEMBERS, 1, 1, due, (interview, step) -> due);
        harness.emulator().failHttp("chat.postMessage", 429, "1", 7);

        // WHEN the dispatcher works through them: all are settled (delivered, or waiting for their step's retry
        // after five refusals in a row), then the bot's clock passes that retry's minute (never while a claim is
        // live: its lease would run out under it) and the last go out
        final var jdbi = harness.application().store().jdbi();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            harness.application().dispatchNow();
            return count(jdbi, "status = 'delivered' OR status = 'pending' AND attempts > 0") == MEMBERS;
        });
        harness.clock().advance(Duration.ofMinutes(2));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            harness.application().dispatchNow();
            return BulkPlans.count(jdbi, "delivered") == MEMBERS;
        });

        // THEN one message per member, in their own DM, and no step failed
        final Map<String, Long> perChannel = harness.emulator().accepted("chat.postMessage").stream()
                .collect(Collectors.groupingBy(call -> call.arg("channel"), Collectors.counting()));
        assertThat(perChannel).hasSize(MEMBERS);
        assertThat(perChannel.values()).allMatch(count -> count == 1);
        assertThat(BulkPlans.count(harness.application().store().jdbi(), "failed")).isZero();
        assertThat(harness.emulator().calls("conversations.open")).hasSize(MEMBERS);
        assertThat(perChannel.keySet()).allMatch(channel -> channel.startsWith("DU"));
    }
}
