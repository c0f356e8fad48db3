package io.followupbot.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.followupbot.chat.Outbound;
import io.followupbot.config.BotConfig;
import io.followupbot.config.Secret;
import io.followupbot.delivery.Dispatcher;
import io.followupbot.delivery.DispatcherSettings;
import io.followupbot.delivery.Nudge;
import io.followupbot.delivery.NudgeRenderer;
import io.followupbot.delivery.SendResult;
import io.followupbot.delivery.UnreachableNotifier;
import io.followupbot.store.Database;
import io.followupbot.store.DeliveryStore;
import io.followupbot.store.StorageHealth;
import io.followupbot.testkit.LogCapture;
import io.followupbot.testkit.SettableClock;
import io.followupbot.testkit.TestDatabases;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The dispatcher's poller when the database fails under it: no hot loop (a pause doubling to a minute), one
 * log line per change of state, the failure visible to the health check, and nothing sent twice meanwhile.
 * Each test prints the figures it asserts: log lines and attempts in the watched window, and the poller's CPU.
 */
@Isolated("LogCapture listens to the root logger: no other test class may log meanwhile")
final class DeliveryFaultsTest {

    private static final Instant NOW = Instant.parse("2026-03-10T19:00:00Z");
    /** How long the failing poller is watched. */
    private static final Duration WATCH = Duration.ofSeconds(6);

    @TempDir
    Path folder;

    private final List<String> sent = new CopyOnWriteArrayList<>();

    private static BotConfig.Database sqlite(final Path file, final String parameters) {
        return new BotConfig.Database("jdbc:sqlite:" + file + parameters, "", Secret.none());
    }

    private Dispatcher dispatcher(final Database database, final String instance) {
        final SettableClock clock = new SettableClock(NOW);
        final NudgeRenderer renderer = (step, interview, member) -> new Nudge(step.id(), member.id(), member.key(),
                member.dmChannel(), interview.id(), interview.number(), step.kind(), step.key(), step.recipient(),
                Outbound.text("nudge"));
        return new Dispatcher(new DeliveryStore(TestDatabases.store(database, clock), false), renderer, nudge -> {
            sent.add(nudge.stepId());
            return SendResult.delivered();
        }, UnreachableNotifier.NONE, clock, DispatcherSettings.standard(instance));
    }

    private static long lines(final LogCapture logs, final String text) {
        return Arrays.stream(logs.text().split("\n")).filter(line -> line.contains(text)).count();
    }

    /**
     * Starts the poller and watches it for {@link #WATCH} while it logs at most one line; prints the fault's figures
     * (lines a minute, the poller's CPU, nudges sent) and returns the lines it logged meanwhile.
     */
    private List<String> watch(final Dispatcher dispatcher, final LogCapture logs, final String fault,
            final String instance) {
        final int before = logs.events().size();
        dispatcher.start();
        await().during(WATCH).atMost(WATCH.plusSeconds(5)).until(() -> logs.events().size() - before <= 1);
        final List<String> logged = List.copyOf(logs.events().subList(before, logs.events().size()));
        final long cpuMillis = pollerCpuNanos(instance) / 1_000_000;
        System.out.printf("FAULT %s: %d log lines in %d s (%.0f per minute), poller CPU %d ms, sent %d%n", fault,
                logged.size(), WATCH.toSeconds(), logged.size() * 60.0 / WATCH.toSeconds(), cpuMillis, sent.size());
        return logged;
    }

    private static long pollerCpuNanos(final String instance) {
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals("nudge-dispatcher-" + instance))
                .mapToLong(thread -> threads.getThreadCpuTime(thread.getId())).sum();
    }

    @Test
    @DisplayName("GIVEN a due nudge and a read-only database WHEN the poller runs THEN it pauses between attempts, logs "
            + "one line, reports the problem, and once the file is writable again sends the nudge once")
    void readOnlyDatabaseDoesNotSpin() throws Exception {
        final Path file = folder.resolve("ro.db");
        try (Database writable = Database.openAndMigrate(sqlite(file, ""))) {
            CrashRecoveryTest.seed(TestDatabases.store(writable, new SettableClock(NOW.minus(Duration.ofDays(1)))), 1);
        }
        StorageFaultsTest.immutable(file, true);
        try (Database readOnly = Database.open(sqlite(file, ""));
             LogCapture logs = new LogCapture();
             Dispatcher dispatcher = dispatcher(readOnly, "ro")) {
            // WHEN the poller runs on the read-only file for a while
            final List<String> logged = watch(dispatcher, logs, "read_only", "ro");
            // THEN one line, the reason for the health check, nothing sent
            assertThat(logged).singleElement().asString().contains("delivering nudges failed: the database is read-only");
            assertThat(dispatcher.problem()).contains("the database is read-only");
            assertThat(new StorageHealth(readOnly).problem()).contains("the database is read-only");
            assertThat(sent).isEmpty();

            // WHEN the file is writable again
            StorageFaultsTest.immutable(file, false);
            // THEN the nudge goes out once, one line says so, and the problem is gone
            await().atMost(Duration.ofSeconds(90)).until(() -> sent.size() == 1 && dispatcher.problem().isEmpty());
            assertThat(lines(logs, "delivering nudges works again")).isEqualTo(1);
            assertThat(new StorageHealth(readOnly).problem()).isEmpty();
        } finally {
            StorageFaultsTest.immutable(file, false);
        }
    }

    @Test
    @DisplayName("GIVEN due nudges and a full disk WHEN the poller runs THEN it pauses between attempts, logs one line, "
            + "reports the disk is full, and sends no nudge twice")
    void fullDiskDoesNotSpin() throws Exception {
        final Path file = folder.resolve("full.db");
        final int pages;
        try (Database roomy = Database.openAndMigrate(sqlite(file, ""))) {
            CrashRecoveryTest.seed(TestDatabases.store(roomy, new SettableClock(NOW.minus(Duration.ofDays(1)))), 20);
            pages = roomy.jdbi().withHandle(handle -> handle.createQuery("PRAGMA page_count").mapTo(Integer.class).one());
        }
        try (Database full = Database.open(sqlite(file, "?max_page_count=" + pages));
             LogCapture logs = new LogCapture();
             Dispatcher dispatcher = dispatcher(full, "full")) {
            // GIVEN the free room of the file filled up to its last page
            fill(full);
            // WHEN the poller runs for a while
            final List<String> logged = watch(dispatcher, logs, "disk_full", "full");
            // THEN one line, the reason for the health check, and no nudge sent more than once
            assertThat(logged).singleElement().asString().contains("delivering nudges failed: the database's disk is full");
            assertThat(dispatcher.problem()).contains("the database's disk is full");
            assertThat(sent).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(1);
        }
    }

    /** Writes rows until SQLite says the database or disk is full. */
    private static void fill(final Database database) {
        try {
            for (int row = 0; row < 100_000; row++) {
                final int id = row;
                database.jdbi().useHandle(handle -> handle.createUpdate("INSERT INTO events (id, member_id, "
                        + "interview_id, kind, payload, occurred_at, recorded_at) VALUES (:id, (SELECT MIN(id) FROM members), "
                        + "NULL, 'filler', :payload, 0, 0)").bind("id", "filler-" + id).bind("payload", "x".repeat(200)).execute());
            }
        } catch (final RuntimeException full) {
            assertThat(full).hasStackTraceContaining("full");
            return;
        }
        throw new AssertionError("the database never filled up");
    }
}
