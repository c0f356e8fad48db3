package io.followupbot.testkit;

import io.followupbot.config.BotConfig;
import io.followupbot.config.Encryption;
import io.followupbot.config.Secret;
import io.followupbot.interview.Cadence;
import io.followupbot.store.Database;
import io.followupbot.store.Store;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Real databases for tests: a SQLite file in a temporary folder, or a fresh database on an embedded PostgreSQL. */
public final class TestDatabases {

    public static final BotConfig.Defaults DEFAULTS = new BotConfig.Defaults(ZoneId.of("America/New_York"), "US",
            LocalTime.of(9, 0), LocalTime.of(21, 0), LocalTime.of(8, 0), Cadence.STANDARD);

    /** The key of the tests that run with member data sealed (issue 32), as FOLLOWUP_ENCRYPTION_KEY. */
    public static final String TEST_KEY = "test key: sealed at rest, 2026";
    public static final Encryption SEALED = new Encryption(Secret.of(TEST_KEY), List.of());
    /** The environment that sets it. */
    public static final Map<String, String> SEALED_ENVIRONMENT = Map.of(Encryption.KEY, TEST_KEY);

    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    public static BotConfig.Database sqlite(final Path folder) {
        return new BotConfig.Database("jdbc:sqlite:" + folder.resolve("followup.db"), "", Secret.none());
    }

    /** A SQLite file whose member data is sealed under {@link #TEST_KEY}, or not. */
    public static BotConfig.Database sqlite(final Path folder, final boolean sealed) {
        return sqlite(folder).withEncryption(sealed ? SEALED : Encryption.OFF);
    }

    /** A new, empty database on the one embedded PostgreSQL server of this test run. */
    public static synchronized BotConfig.Database postgres() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (final IOException ignored) {
                        // the JVM is ending anyway
                    }
                }));
            }
            final String name = "t" + UUID.randomUUID().toString().replace("-", "");
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            return new BotConfig.Database(postgres.getJdbcUrl("postgres", name), "postgres", Secret.none());
        } catch (final IOException failure) {
            throw new UncheckedIOException(failure);
        } catch (final SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** A migrated SQLite database in this file. */
    public static Database openSqlite(final Path file) {
        return openSqlite(file, Encryption.OFF);
    }

    /** A migrated SQLite database in this file, its member data sealed with these keys. */
    public static Database openSqlite(final Path file, final Encryption encryption) {
        return Database.openAndMigrate(new BotConfig.Database("jdbc:sqlite:" + file.toAbsolutePath(), "",
                Secret.none(), encryption));
    }

    /** A new, migrated database on the given server, so tests sharing one server never see each other's rows. */
    public static Database openPostgres(final EmbeddedPostgres server) {
        final String name = "followup_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (final SQLException failure) {
            throw new IllegalStateException("cannot create the test database " + name, failure);
        }
        return Database.openAndMigrate(new BotConfig.Database(server.getJdbcUrl("postgres", name), "postgres",
                Secret.none()));
    }

    public static Store store(final Database database, final Clock clock) {
        return new Store(database.jdbi(), clock, DEFAULTS);
    }
}
