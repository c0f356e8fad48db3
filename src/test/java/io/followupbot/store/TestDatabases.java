package io.followupbot.store;

import io.followupbot.config.BotConfig;
import io.followupbot.config.Secret;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** Real databases for tests: a SQLite file, or a fresh database in an embedded PostgreSQL server. */
public final class TestDatabases {

    private static final AtomicInteger CREATED = new AtomicInteger();

    private TestDatabases() {
    }

    public static Database sqlite(final Path file) {
        return Database.openAndMigrate(new BotConfig.Database("jdbc:sqlite:" + file.toAbsolutePath(), "",
                Secret.none()));
    }

    /** A new, migrated database on the server, so that tests sharing one server never see each other's rows. */
    public static Database postgres(final EmbeddedPostgres server) {
        final String name = "followup_" + CREATED.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (final SQLException failure) {
            throw new IllegalStateException("cannot create the test database " + name, failure);
        }
        return Database.openAndMigrate(new BotConfig.Database(server.getJdbcUrl("postgres", name), "postgres",
                Secret.none()));
    }
}
