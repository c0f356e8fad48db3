package io.followupbot.conversation.timing;

import io.followupbot.config.BotConfig;
import io.followupbot.testkit.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Pause and resume on SQLite")
final class SqlitePauseTest extends AbstractPauseTest {

    @TempDir
    Path folder;

    @Override
    BotConfig.Database database() {
        return TestDatabases.sqlite(folder);
    }
}
