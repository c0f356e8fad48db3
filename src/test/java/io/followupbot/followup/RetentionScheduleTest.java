package io.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.followupbot.config.BotConfig;
import io.followupbot.delivery.Nudge;
import io.followupbot.delivery.SendResult;
import io.followupbot.testkit.CoreForEachTest;
import io.followupbot.testkit.LogCapture;
import io.followupbot.testkit.TestCore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Isolated;

/** Retention runs in the background from start-up, says in the log what it did, and stops with the bot. */
@Isolated("LogCapture listens to the root logger: no other test class may log meanwhile")
final class RetentionScheduleTest {

    @RegisterExtension
    static final CoreForEachTest CORE = CoreForEachTest.at(Instant.parse("2026-03-10T15:00:00Z"));

    private final TestCore core = CORE.core();
    private final List<Nudge> sent = new CopyOnWriteArrayList<>();

    @Test
    @DisplayName("GIVEN a member silent for 534 days WHEN retention starts THEN a run tells them at once, on a daemon "
            + "thread (start-up does not wait, shutdown is not held), the log says so, and close stops the thread")
    void runsAtStartAndStopsOnClose() {
        // GIVEN
        core.app.members().arrive(new Members.Arrival(CORE.chat("ana").key(), "Ana", Optional.empty(), ""));
        core.clock.advance(Duration.ofDays(534));
        final Set<Thread> before = retentionThreads();
        final Retention retention = new Retention(new BotConfig.Retention(365, 540), core.store, nudge -> {
            sent.add(nudge);
            return SendResult.delivered();
        }, core.clock);
        try (LogCapture logs = new LogCapture()) {
            // WHEN
            retention.start();
            // THEN
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(logs.text()).contains(
                    "retention: 0 closed application(s) deleted, 1 member(s) told, 0 member(s) deleted"));
            assertThat(sent).hasSize(1);
            final Set<Thread> started = retentionThreads();
            started.removeAll(before);
            final Thread thread = started.stream().findFirst().orElseThrow();
            assertThat(thread.isDaemon()).isTrue();
            retention.close();
            await().atMost(Duration.ofSeconds(10)).until(() -> !thread.isAlive());
        }
    }

    private static Set<Thread> retentionThreads() {
        final Set<Thread> threads = new java.util.HashSet<>(Thread.getAllStackTraces().keySet());
        threads.removeIf(thread -> !thread.getName().equals("retention"));
        return threads;
    }
}
