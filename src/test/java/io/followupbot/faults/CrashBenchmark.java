package io.followupbot.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.followupbot.bench.BenchReport;
import io.followupbot.chat.Outbound;
import io.followupbot.delivery.Dispatcher;
import io.followupbot.delivery.DispatcherSettings;
import io.followupbot.delivery.Nudge;
import io.followupbot.delivery.SendResult;
import io.followupbot.delivery.UnreachableNotifier;
import io.followupbot.store.Database;
import io.followupbot.store.DeliveryStore;
import io.followupbot.testkit.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delivery under crashes and on time: the bot process killed with SIGKILL mid-batch several times (restarted
 * each time under a new instance id, as when no FOLLOWUP_INSTANCE_ID is set, so it waits for the dead one's
 * lease), and the lateness of nudges with the bot running. Prints {@code BENCH crash_repeats_max},
 * {@code BENCH crash_recovery_s} and {@code BENCH nudge_lateness_p99_ms}.
 */
@Tag("benchmark")
@DisplayName("Crash and lateness benchmark")
class CrashBenchmark {

    @TempDir
    Path folder;

    @Test
    @DisplayName("three kills of 200 nudges at 80 ms each: at most one repeat per crash, recovery within 60 s")
    void kills() throws Exception {
        final KillRuns kills = new KillRuns(folder);
        try {
            final KillRuns.Result result = kills.run(200, 3, false, 80);
            System.out.println("BENCH crash_detail " + result);
            BenchReport.figure("crash_repeats_max", result.maxRepeats(), "nudges");
            BenchReport.figure("crash_recovery_s", Math.round(result.recoverySeconds() * 10) / 10.0, "s");
            assertThat(result.lost()).isZero();
            assertThat(result.maxRepeats()).isLessThanOrEqualTo(1);
            assertThat(result.recoverySeconds()).isLessThan(60);
        } finally {
            kills.stop();
        }
    }

    @Test
    @DisplayName("500 nudges falling due over 10 s with the bot running: p99 lateness within 1 s")
    void lateness() {
        final ZoneId zone = KillRuns.middayZone();
        final Map<String, Long> lateness = new ConcurrentHashMap<>();
        try (Database database = Database.openAndMigrate(TestDatabases.sqlite(folder))) {
            // 500 members with one step each, due evenly over ten seconds from five seconds from now
            final long start = Instant.now().plusSeconds(5).toEpochMilli();
            io.followupbot.store.BulkPlans.insert(database.jdbi(), "web", 500, 1, 1, Instant.now().toEpochMilli(),
                    (interview, step) -> start + 10_000L * interview / 500);
            final Clock clock = Clock.systemUTC();
            final long started = clock.millis();
            final Map<String, Instant> dueOf = new ConcurrentHashMap<>();
            try (Dispatcher dispatcher = new Dispatcher(new DeliveryStore(KillRuns.store(database, clock, zone), false),
                    (step, interview, member) -> {
                        dueOf.put(step.id(), step.dueAt());
                        return new Nudge(step.id(), member.id(), member.key(), member.dmChannel(), interview.id(),
                                interview.number(), step.kind(), step.key(), step.recipient(), Outbound.text("nudge"));
                    }, nudge -> {
                        // from the due time, or from the start of the bot for a step due before it started
                        lateness.put(nudge.stepId(), clock.millis()
                                - Math.max(dueOf.get(nudge.stepId()).toEpochMilli(), started));
                        return SendResult.delivered();
                    }, UnreachableNotifier.NONE, clock, DispatcherSettings.standard("lateness"))) {
                dispatcher.start();
                await().atMost(Duration.ofSeconds(60)).until(() -> lateness.size() == 500);
            }
        }
        final List<Long> sorted = new ArrayList<>(lateness.values());
        Collections.sort(sorted);
        final long p99 = sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1);
        System.out.printf("BENCH nudge_lateness_detail p50 %d ms, p99 %d ms, max %d ms (%d nudges)%n",
                sorted.get(sorted.size() / 2), p99, sorted.get(sorted.size() - 1), sorted.size());
        BenchReport.figure("nudge_lateness_p99_ms", p99, "ms");
        assertThat(sorted.get(0)).isGreaterThanOrEqualTo(0);
        assertThat(p99).isLessThanOrEqualTo(1_000);
    }
}
