package io.followupbot.store;

import io.followupbot.config.BotConfig;
import io.followupbot.interview.Cadence;
import io.followupbot.testkit.Folders;
import io.followupbot.testkit.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A migrated SQLite file of the test's own, with the store on a clock stopped at {@link #NOW} and Berlin's defaults,
 * for the tests of the delivery store. Registered on an instance field, it opens with the test's instance (so that
 * other fields can take its stores) and closes after the test.
 *
 * <pre>{@code
 * @RegisterExtension
 * final DeliveryDatabase database = new DeliveryDatabase();
 * private final DeliveryStore delivery = database.delivery();
 * }</pre>
 */
final class DeliveryDatabase implements AfterEachCallback {

    /** Monday 3 March 2025, 10:00 in Berlin. */
    static final Instant NOW = Instant.parse("2025-03-03T09:00:00Z");
    /** How long a claim holds its steps. */
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final BotConfig.Defaults DEFAULTS = new BotConfig.Defaults(ZoneId.of("Europe/Berlin"), "DE",
            LocalTime.of(9, 0), LocalTime.of(21, 0), LocalTime.of(8, 0), Cadence.STANDARD);

    private final Path folder;
    private final Database database;
    private final Store store;

    DeliveryDatabase() {
        try {
            folder = Files.createTempDirectory("followup-delivery-");
        } catch (final IOException noFolder) {
            throw new UncheckedIOException(noFolder);
        }
        database = TestDatabases.openSqlite(folder.resolve("bot.db"));
        store = new Store(database.jdbi(), Clock.fixed(NOW, ZoneOffset.UTC), DEFAULTS);
    }

    @Override
    public void afterEach(final ExtensionContext context) throws IOException {
        try {
            database.close();
        } finally {
            Folders.delete(folder);
        }
    }

    Jdbi jdbi() {
        return database.jdbi();
    }

    Store store() {
        return store;
    }

    /** The delivery store on it, member data in the clear. */
    DeliveryStore delivery() {
        return new DeliveryStore(store, false);
    }
}
