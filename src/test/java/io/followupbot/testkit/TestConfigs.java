package io.followupbot.testkit;

import io.followupbot.config.BotConfig;
import io.followupbot.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Configurations for tests that start the whole application. */
public final class TestConfigs {

    private TestConfigs() {
    }

    /** {@code yaml} written as bot-config.yml in {@code folder}: the file a command's {@code --config} names. */
    public static Path writtenIn(final Path folder, final String yaml) throws IOException {
        return Files.writeString(folder.resolve("bot-config.yml"), yaml);
    }

    /** No platforms (so the web chat starts) on a free port, a SQLite file, members in New York by default. */
    public static BotConfig webChat(final Path databaseFile) {
        return webChat(databaseFile, Map.of());
    }

    /** The same with more sections of bot-config.yml after it, e.g. a community's {@code work-search-log} words. */
    public static BotConfig webChat(final Path databaseFile, final String moreSections) {
        return new ConfigLoader(Map.of()).parse(text(databaseFile) + moreSections, "test");
    }

    /** The same with this environment, e.g. {@link TestDatabases#SEALED_ENVIRONMENT} to seal member data. */
    public static BotConfig webChat(final Path databaseFile, final Map<String, String> environment) {
        return new ConfigLoader(environment).parse(text(databaseFile), "test");
    }

    private static String text(final Path databaseFile) {
        return """
                database:
                  url: jdbc:sqlite:%s
                defaults:
                  time-zone: America/New_York
                web:
                  port: 0
                """.formatted(databaseFile);
    }
}
