package io.followupbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.store.Database;
import io.followupbot.testkit.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The delivery contract on a SQLite file (WAL, BEGIN IMMEDIATE), the default store. */
@DisplayName("Delivery on SQLite")
class SqliteDispatcherTest extends AbstractDispatcherTest {

    @TempDir
    Path folder;

    @Override
    Database openDatabase() {
        return TestDatabases.openSqlite(folder.resolve("bot.db"));
    }

    @Override
    int instances() {
        return 2;
    }

    @Test
    @DisplayName("the due-work query walks the (status, due_at) index and needs no sort")
    void dueQueryUsesTheIndex() {
        // GIVEN the migrated schema
        // WHEN SQLite explains the due-work query
        final String plan = delivery.dueQueryPlan();
        // THEN it searches the index plan_steps_due, and builds no temporary b-tree for ORDER BY
        assertThat(plan).contains("plan_steps_due").contains("SEARCH").doesNotContain("TEMP B-TREE");
    }
}
