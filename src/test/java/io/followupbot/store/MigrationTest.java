package io.followupbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.config.BotConfig;
import io.followupbot.testkit.TestDatabases;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class MigrationTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("GIVEN a new SQLite file WHEN migrated twice THEN every table exists and the second run applies nothing")
    void sqliteMigrations() {
        assertMigrates(TestDatabases.sqlite(folder));
    }

    @Test
    @DisplayName("GIVEN a new PostgreSQL database WHEN migrated twice THEN the same SQL runs unchanged")
    void postgresMigrations() {
        assertMigrates(TestDatabases.postgres());
    }

    @Test
    @DisplayName("GIVEN SQLite WHEN a connection is opened THEN WAL, foreign keys and a busy timeout are on")
    void sqlitePragmas() {
        try (Database database = Database.openAndMigrate(TestDatabases.sqlite(folder))) {
            database.jdbi().useHandle(handle -> {
                assertThat(handle.createQuery("PRAGMA journal_mode").mapTo(String.class).one()).isEqualToIgnoringCase("wal");
                assertThat(handle.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one()).isEqualTo(1);
                assertThat(handle.createQuery("PRAGMA busy_timeout").mapTo(Integer.class).one()).isGreaterThanOrEqualTo(5000);
            });
        }
    }

    private static void assertMigrates(final BotConfig.Database settings) {
        try (Database database = Database.open(settings)) {
            assertThat(database.migrate()).isGreaterThanOrEqualTo(1);
            assertThat(database.migrate()).isZero();
            for (final String table : List.of("members", "interviews", "interviewers", "plan_steps", "conversations",
                    "events", "member_pauses", "button_ids")) {
                final int rows = database.jdbi().withHandle(handle ->
                        handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
                assertThat(rows).as(table).isZero();
            }
        }
    }
}
