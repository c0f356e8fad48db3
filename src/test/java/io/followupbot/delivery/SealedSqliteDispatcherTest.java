package io.followupbot.delivery;

import io.followupbot.store.Database;
import io.followupbot.testkit.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;

/** The whole delivery contract again with member data sealed (FOLLOWUP_ENCRYPTION_KEY set, issue 32). */
@DisplayName("Delivery on SQLite, member data sealed")
class SealedSqliteDispatcherTest extends AbstractDispatcherTest {

    @TempDir
    Path folder;

    @Override
    Database openDatabase() {
        return TestDatabases.openSqlite(folder.resolve("bot.db"), TestDatabases.SEALED);
    }

    @Override
    int instances() {
        return 2;
    }
}
