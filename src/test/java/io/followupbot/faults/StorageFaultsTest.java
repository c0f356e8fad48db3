package io.followupbot.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.followupbot.policy.BusinessCalendars;
import io.followupbot.config.BotConfig;
import io.followupbot.config.Secret;
import io.followupbot.conversation.ConversationEngine;
import io.followupbot.conversation.ConversationParts;
import io.followupbot.drafts.DraftChecker;
import io.followupbot.drafts.DraftRenderer;
import io.followupbot.followup.UseCases;
import io.followupbot.interview.MemberKey;
import io.followupbot.policy.FollowUpPolicy;
import io.followupbot.dates.LooseDateParser;
import io.followupbot.store.Database;
import io.followupbot.store.Store;
import io.followupbot.store.StoreException;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.LogCapture;
import io.followupbot.testkit.SettableClock;
import io.followupbot.testkit.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** A full disk, a read-only database and several processes' worth of writers on one SQLite file. */
@Isolated("LogCapture listens to the root logger: no other test class may log meanwhile")
final class StorageFaultsTest {

    private static final Instant NOW = Instant.parse("2026-03-10T19:00:00Z");

    @TempDir
    Path folder;

    private static BotConfig.Database sqlite(final Path file, final String parameters) {
        return new BotConfig.Database("jdbc:sqlite:" + file + parameters, "", Secret.none());
    }

    private static ConversationEngine engine(final Store store, final SettableClock clock) {
        final UseCases app = UseCases.on(store, new FollowUpPolicy(BusinessCalendars.withoutClosures()), new LooseDateParser(), clock);
        return new ConversationEngine(app, clock, Duration.ofDays(7), 100, 2000, new ConversationParts(
                new LooseDateParser(), app.followUps(), DraftRenderer.builtIn(), new DraftChecker(), app.exports()));
    }

    private static int count(final Database database, final String sql) {
        return database.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Integer.class).one());
    }

    @Test
    @DisplayName("GIVEN the disk fills up WHEN members keep writing THEN they get a clear answer, the log says why, "
            + "and what was stored stays sound")
    void fullDisk() {
        final Path file = folder.resolve("full.db");
        try (Database roomy = Database.openAndMigrate(sqlite(file, ""))) {
            assertThat(count(roomy, "SELECT COUNT(*) FROM members")).isZero();
        }
        final int pages;
        try (Database measure = Database.open(sqlite(file, ""))) {
            pages = count(measure, "PRAGMA page_count");
        }
        final SettableClock clock = new SettableClock(NOW);
        try (Database tight = Database.open(sqlite(file, "?max_page_count=" + (pages + 3)));
             LogCapture logs = new LogCapture()) {
            final Store store = TestDatabases.store(tight, clock);
            final ConversationEngine engine = engine(store, clock);
            String lastReply = "";
            for (int member = 0; member < 200 && !lastReply.contains("storage"); member++) {
                final ChatDriver driver = new ChatDriver(engine, new MemberKey("web", "local", "m" + member),
                        Optional.empty());
                driver.command("");
                lastReply = driver.say("skip " + "x".repeat(1900)).plainText();
            }

            assertThat(lastReply).contains("can't save anything right now").contains("disk is full")
                    .contains("Nothing was changed");
            assertThat(logs.text()).contains("could not save: the database's disk is full");
            final String integrity = tight.jdbi().withHandle(handle -> handle.createQuery("PRAGMA integrity_check")
                    .mapTo(String.class).one());
            assertThat(integrity).isEqualTo("ok");
            assertThat(count(tight, "SELECT COUNT(*) FROM members")).isPositive();
        }
    }

    /**
     * Makes a file read-only even for root (the tests run as root in CI, where permission bits do not stop
     * writes): the ext4 immutable flag.
     */
    static void immutable(final Path file, final boolean on) throws Exception {
        final Process chattr = new ProcessBuilder("chattr", on ? "+i" : "-i", file.toString()).inheritIO().start();
        assertThat(chattr.waitFor()).as("chattr needs root on ext4").isZero();
    }

    @Test
    @DisplayName("GIVEN a read-only database WHEN the bot starts on it or a member writes THEN the error says so plainly")
    void readOnlyDatabase() throws Exception {
        final Path file = folder.resolve("ro.db");
        try (Database writable = Database.openAndMigrate(sqlite(file, ""))) {
            assertThat(count(writable, "SELECT COUNT(*) FROM members")).isZero();
        }
        final Path fresh = folder.resolve("fresh-ro.db");
        java.nio.file.Files.createFile(fresh);
        immutable(fresh, true);
        immutable(file, true);
        try {
            assertThatThrownBy(() -> Database.openAndMigrate(sqlite(fresh, "")))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("readonly");

            final SettableClock clock = new SettableClock(NOW);
            try (Database readOnly = Database.open(sqlite(file, ""))) {
                final ChatDriver driver = new ChatDriver(engine(TestDatabases.store(readOnly, clock), clock),
                        new MemberKey("web", "local", "ro"), Optional.empty());
                driver.command("");
                driver.expect("the database is read-only");
            }
        } finally {
            immutable(fresh, false);
            immutable(file, false);
        }
    }

    @Test
    @DisplayName("GIVEN two separate connection pools on one SQLite file WHEN both write at once THEN no SQLITE_BUSY "
            + "escapes and every write is stored")
    void concurrentWritersAcrossPools() throws Exception {
        final Path file = folder.resolve("busy.db");
        final SettableClock clock = new SettableClock(NOW);
        try (Database first = Database.openAndMigrate(sqlite(file, ""));
             Database second = Database.open(sqlite(file, ""))) {
            final List<Store> stores = List.of(TestDatabases.store(first, clock), TestDatabases.store(second, clock));
            final ExecutorService pool = Executors.newFixedThreadPool(6);
            final List<Future<?>> writes = new ArrayList<>();
            for (int writer = 0; writer < 6; writer++) {
                final Store store = stores.get(writer % 2);
                final int id = writer;
                writes.add(pool.submit(() -> {
                    for (int index = 0; index < 40; index++) {
                        final MemberKey key = new MemberKey("web", "local", "w" + id + "-" + index);
                        store.useTransaction(session -> session.saveConversation(
                                session.memberFor(key, "m").id(), "{\"state\":\"idle\",\"since\":0}"));
                    }
                }));
            }
            for (final Future<?> write : writes) {
                write.get();
            }
            pool.shutdown();

            assertThat(count(first, "SELECT COUNT(*) FROM members")).isEqualTo(240);
            assertThat(count(second, "SELECT COUNT(*) FROM conversations")).isEqualTo(240);
        }
    }
}
