package io.followupbot.delivery;

import io.followupbot.testkit.SettableClock;
import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.store.BulkPlans;
import io.followupbot.store.Claim;
import io.followupbot.store.Database;
import io.followupbot.store.Settlement;
import io.followupbot.store.DeliveryStore;
import io.followupbot.store.Store;
import io.followupbot.testkit.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delivery at scale on SQLite: dispatch throughput to a fake platform with 1,000,000 stored steps of which
 * 100,000 are due, and the cost of the due-work query at 10,000 versus 1,000,000 stored steps.
 *
 * <p>Not a unit test; run it with
 * {@code mvn -B -q test -Dtest=DeliveryBenchmark -Dgroups=benchmark -DexcludedGroups=none}. It prints
 * {@code BENCH dispatch_per_s <value> nudges/s} and {@code BENCH due_query_ratio_1m_10k <value> ratio}.
 */
@Tag("benchmark")
@DisplayName("Delivery benchmark")
class DeliveryBenchmark {

    private static final Instant NOW = AbstractDispatcherTest.START;
    private static final int QUERY_ROUNDS = 2_000;
    private static final int BATCH = 500;

    @TempDir
    Path folder;

    @Test
    @DisplayName("dispatches at least 2,000 nudges/s, each settled as it is sent, and as fast within 10% with member "
            + "data sealed; finding due work at 1M steps costs at most 1.5x that at 10k")
    void benchmark() {
        try (Database small = TestDatabases.openSqlite(folder.resolve("small.db"));
             Database large = TestDatabases.openSqlite(folder.resolve("large.db"));
             Database sealed = TestDatabases.openSqlite(folder.resolve("sealed.db"), TestDatabases.SEALED)) {
            // GIVEN 10,000 stored steps (1,000 due) and 1,000,000 stored steps (100,000 due), twice: in the clear and
            // with member data sealed (FOLLOWUP_ENCRYPTION_KEY set, issue 32)
            final long smallSteps = fill(small, 100);
            final long started = System.nanoTime();
            final long largeSteps = fill(large, 10_000);
            final double insertSeconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("BENCH insert_1m_steps %.1f s (%d steps)%n", insertSeconds, largeSteps);
            fill(sealed, 10_000);
            final DeliveryStore smallStore = deliveryStore(small);
            final DeliveryStore largeStore = deliveryStore(large);
            final DeliveryStore sealedStore = deliveryStore(sealed);
            System.out.println("BENCH due_query_plan " + largeStore.dueQueryPlan().replace('\n', ' '));

            // WHEN the due-work query runs alternately on both, warm, many times
            final double smallMicros = medianMicros(smallStore, largeStore, true);
            final double largeMicros = medianMicros(smallStore, largeStore, false);
            final double ratio = largeMicros / smallMicros;
            System.out.printf("BENCH due_query_10k %.1f us (%d steps)%n", smallMicros, smallSteps);
            System.out.printf("BENCH due_query_1m %.1f us (%d steps)%n", largeMicros, largeSteps);
            io.followupbot.bench.BenchReport.figure("due_query_ratio_1m_10k", Math.round(ratio * 100) / 100.0, "ratio");

            // AND a few batches go through the store by hand, to show where the time goes
            final long delivered = phases(largeStore, 10);
            final long sealedDelivered = phases(sealedStore, 10);

            // AND two dispatchers drain the 95,000 due steps left of each, batch by batch in alternation, to a
            // platform that accepts everything
            final AtomicLong sent = new AtomicLong();
            final Drained drained = drain(dispatcher(largeStore, sent), dispatcher(sealedStore, sent));
            final double perSecond = drained.plain() / drained.plainSeconds();
            final double sealedPerSecond = drained.sealed() / drained.sealedSeconds();
            System.out.printf("BENCH dispatch_detail %.0f nudges/s (%d in %.1f s, batches of %d)%n", perSecond,
                    drained.plain(), drained.plainSeconds(), BATCH);
            System.out.printf("BENCH dispatch_sealed_detail %.0f nudges/s (%d in %.1f s, batches of %d)%n",
                    sealedPerSecond, drained.sealed(), drained.sealedSeconds(), BATCH);
            io.followupbot.bench.BenchReport.figure("dispatch_per_s", Math.round(perSecond), "nudges/s");
            io.followupbot.bench.BenchReport.figure("dispatch_sealed_per_s", Math.round(sealedPerSecond), "nudges/s");
            io.followupbot.bench.BenchReport.figure("dispatch_sealed_ratio",
                    Math.round(sealedPerSecond / perSecond * 100) / 100.0, "ratio");

            // THEN every due step went out once, fast enough, and the query cost did not grow with the table
            assertThat(delivered + drained.plain()).isEqualTo(100_000);
            assertThat(sealedDelivered + drained.sealed()).isEqualTo(100_000);
            assertThat(sent.get()).isEqualTo(drained.plain() + drained.sealed());
            assertThat(BulkPlans.count(large.jdbi(), "delivered")).isEqualTo(100_000);
            assertThat(BulkPlans.count(sealed.jdbi(), "delivered")).isEqualTo(100_000);
            assertThat(perSecond).isGreaterThanOrEqualTo(2_000);
            assertThat(ratio).isLessThanOrEqualTo(1.5);
        }
    }

    /** How many each dispatcher delivered, and the seconds each spent. */
    private record Drained(long plain, double plainSeconds, long sealed, double sealedSeconds) {
    }

    private static Dispatcher dispatcher(final DeliveryStore store, final AtomicLong sent) {
        return new Dispatcher(store, new TestRenderer(), nudge -> {
            sent.incrementAndGet();
            return SendResult.delivered();
        }, UnreachableNotifier.NONE, new SettableClock(NOW), DispatcherSettings.standard("bench").withBatchSize(BATCH));
    }

    /** Runs the two dispatchers one batch each in turn until neither finds work, timing each apart. */
    private static Drained drain(final Dispatcher plain, final Dispatcher sealed) {
        final long[] delivered = new long[2];
        final long[] nanos = new long[2];
        final Dispatcher[] both = {plain, sealed};
        boolean work = true;
        for (int round = 0; work; round++) {
            work = false;
            for (int turn = 0; turn < 2; turn++) {
                final int which = (round + turn) % 2;
                final long started = System.nanoTime();
                final DispatchReport report = both[which].runOnce();
                nanos[which] += System.nanoTime() - started;
                delivered[which] += report.delivered();
                work |= report.tookWork();
            }
        }
        return new Drained(delivered[0], nanos[0] / 1e9, delivered[1], nanos[1] / 1e9);
    }

    /** Claims, reads and settles batches without a dispatcher, timing each phase; returns how many it delivered. */
    private static long phases(final DeliveryStore store, final int batches) {
        long claimNanos = 0;
        long contextNanos = 0;
        long settleNanos = 0;
        long delivered = 0;
        for (int batch = 0; batch < batches; batch++) {
            final long started = System.nanoTime();
            final Claim claim = store.claimDue("phases", NOW, Duration.ofMinutes(5), BATCH);
            final long claimed = System.nanoTime();
            store.contextFor(claim.steps());
            final long read = System.nanoTime();
            final Settlement settlement = store.settlementOf(claim);
            claim.steps().forEach(step -> settlement.delivered(step, NOW));
            store.settle(settlement);
            final long settled = System.nanoTime();
            claimNanos += claimed - started;
            contextNanos += read - claimed;
            settleNanos += settled - read;
            delivered += claim.steps().size();
        }
        System.out.printf("BENCH batch_phases_ms claim %.1f context %.1f settle %.1f (per batch of %d)%n",
                claimNanos / 1e6 / batches, contextNanos / 1e6 / batches, settleNanos / 1e6 / batches, BATCH);
        return delivered;
    }

    /**
     * Members with 10 interviews of 10 steps each; the first step of each interview fell due in the last ten
     * minutes (the morning's nudges of a running bot; steps later than that would be a catch-up after downtime,
     * which spaces a member's nudges hours apart).
     */
    private static long fill(final Database database, final int members) {
        final long now = NOW.toEpochMilli();
        final long hour = Duration.ofHours(1).toMillis();
        final long window = Duration.ofMinutes(10).toMillis();
        return BulkPlans.insert(database.jdbi(), "slack", members, 10, 10, now,
                (interview, step) -> step == 0 ? now - window + interview % window : now + step * 24 * hour);
    }

    private static DeliveryStore deliveryStore(final Database database) {
        return new DeliveryStore(new Store(database.jdbi(), new SettableClock(NOW), AbstractDispatcherTest.DEFAULTS),
                database.isPostgres());
    }

    /** Median time of one due-work query (first 500 due ids), measured in alternation with the other store. */
    private static double medianMicros(final DeliveryStore small, final DeliveryStore large, final boolean ofSmall) {
        final long[] times = new long[QUERY_ROUNDS];
        for (int round = -QUERY_ROUNDS / 4; round < QUERY_ROUNDS; round++) {
            final DeliveryStore first = round % 2 == 0 ? small : large;
            final DeliveryStore second = first == small ? large : small;
            final long smallOrLarge = time(first, ofSmall == (first == small));
            final long other = time(second, ofSmall == (second == small));
            if (round >= 0) {
                times[round] = smallOrLarge + other;
            }
        }
        Arrays.sort(times);
        return times[QUERY_ROUNDS / 2] / 1_000.0;
    }

    /** The query's time in nanoseconds when {@code counted}, else 0 (it still runs, to keep the alternation). */
    private static long time(final DeliveryStore store, final boolean counted) {
        final long started = System.nanoTime();
        final int found = store.findDue(NOW, BATCH).size();
        final long elapsed = System.nanoTime() - started;
        if (found != BATCH) {
            throw new IllegalStateException("expected " + BATCH + " due steps, found " + found);
        }
        return counted ? elapsed : 0;
    }
}
