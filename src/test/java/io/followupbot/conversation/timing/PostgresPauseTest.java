package io.followupbot.conversation.timing;

import io.followupbot.config.BotConfig;
import io.followupbot.testkit.TestDatabases;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Pause and resume on PostgreSQL")
final class PostgresPauseTest extends AbstractPauseTest {

    private BotConfig.Database database;

    @Override
    BotConfig.Database database() {
        if (database == null) {
            database = TestDatabases.postgres();
        }
        return database;
    }
}
