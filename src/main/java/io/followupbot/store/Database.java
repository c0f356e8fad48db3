package io.followupbot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import io.followupbot.config.BotConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jdbi.v3.core.extension.ExtensionFactory;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.sqlobject.SqlObjectFactory;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.sqlite.SQLiteConfig;
import io.followupbot.sealing.FieldCipher;
import io.followupbot.sealing.SealingException;
import io.followupbot.store.sealing.KeyRegistry;
import io.followupbot.store.sealing.Sealing;
import io.followupbot.store.sealing.SealingMigration;

/**
 * The one database of the bot: a connection pool, Flyway migrations and a {@link Jdbi}.
 *
 * <p>On SQLite every connection runs in WAL mode with foreign keys on, a busy timeout, and
 * {@code BEGIN IMMEDIATE} transactions: a write transaction takes the write lock when it starts, so two
 * writers queue on the busy timeout instead of failing on a lock upgrade, and a transaction interrupted by
 * an exception is rolled back whole.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;
    /** Reads through a memory map shared by all connections, instead of a read() per page: 1 GiB of address space. */
    private static final long SQLITE_MMAP_BYTES = 1L << 30;
    /** Page cache per connection, in KiB (a negative cache_size): 16 MiB instead of SQLite's 2. */
    private static final int SQLITE_CACHE_KIB = 16 * 1024;
    /**
     * Checkpoint the WAL every 16,384 pages (64 MiB) rather than 1,000: a page written by several commits in
     * between (a claim and its settlement touch the same rows) is copied back once, and the fsync of a
     * checkpoint is paid less often. The WAL file is cut back to 64 MiB after each checkpoint.
     */
    private static final int SQLITE_WAL_CHECKPOINT_PAGES = 16_384;
    private static final long SQLITE_WAL_LIMIT_BYTES = 64L << 20;

    /** Every SqlObject interface of the store. */
    static final List<Class<?>> DAOS = List.of(MemberDao.class, InterviewDao.class, EventDao.class,
            PlanStepDao.class, DeliveryDao.class);

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final boolean postgres;
    private final Optional<DatabaseFile> file;

    private Database(final HikariDataSource dataSource, final boolean postgres, final Optional<DatabaseFile> file,
                     final FieldCipher cipher) {
        this.dataSource = dataSource;
        this.postgres = postgres;
        this.file = file;
        // Every connection first checks that the SQLite file is still the one opened (see DatabaseFile).
        this.jdbi = Jdbi.create(file.<ConnectionFactory>map(guarded -> () -> {
            guarded.check();
            return dataSource.getConnection();
        }).orElse(dataSource::getConnection)).installPlugin(new SqlObjectPlugin());
        Sealing.use(jdbi, cipher);
        if (!postgres) {
            jdbi.setTransactionHandler(new SerialisedWrites(jdbi.getTransactionHandler()));
        }
    }

    /**
     * Works out each DAO's SqlObject metadata once, in the root configuration. Jdbi 3.54 caches it per
     * configuration, and every handle starts from a copy of the root: metadata first computed inside a handle
     * stays in that handle, so each {@code handle.attach} built it again by reflection (jdbi/jdbi#2991, fixed
     * after 3.54, which is the newest release served here). Computed here, every handle opened afterwards starts
     * with it; it was half the CPU of an intake step. Handles opened before still work, only slower. It takes
     * about 180 ms, so the application runs it once it is ready rather than during its start-up.
     */
    public void describeDaos() {
        final Extensions extensions = jdbi.getConfig(Extensions.class);
        final ExtensionFactory sqlObjects = extensions.findFactory(SqlObjectFactory.class)
                .orElseThrow(() -> new IllegalStateException("the SqlObject plugin is not installed"));
        for (final Class<?> dao : DAOS) {
            extensions.findMetadata(dao, sqlObjects);
        }
    }

    /** Opens the pool; does not migrate. */
    public static Database open(final BotConfig.Database settings) {
        final HikariConfig pool = new HikariConfig();
        pool.setPoolName("followup-db");
        pool.setJdbcUrl(settings.jdbcUrl());
        if (settings.isPostgres()) {
            if (!settings.user().isEmpty()) {
                pool.setUsername(settings.user());
            }
            if (settings.password().isSet()) {
                pool.setPassword(settings.password().reveal());
            }
            pool.setMaximumPoolSize(8);
        } else {
            settings.sqliteFile().ifPresent(Database::createParentFolder);
            settings.sqliteFile().filter(path -> !Files.exists(path)).ifPresent(path -> LOG.warn(
                    "there is no database at {}: starting with a new, empty one", path.toAbsolutePath()));
            final SQLiteConfig sqlite = new SQLiteConfig();
            sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
            sqlite.enforceForeignKeys(true);
            sqlite.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
            sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            sqlite.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, Long.toString(SQLITE_MMAP_BYTES));
            sqlite.setCacheSize(-SQLITE_CACHE_KIB);
            // Deleted rows are overwritten with zeros, so forget-me leaves no bytes of the member in the file.
            sqlite.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
            sqlite.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, Integer.toString(SQLITE_WAL_CHECKPOINT_PAGES));
            sqlite.setPragma(SQLiteConfig.Pragma.JOURNAL_SIZE_LIMIT, Long.toString(SQLITE_WAL_LIMIT_BYTES));
            pool.setDataSourceProperties(sqlite.toProperties());
            pool.setMaximumPoolSize(4);
            // A connection that found the file read-only stays read-only: it is dropped, so that the bot writes
            // again as soon as the file is writable again.
            pool.setExceptionOverride(new SQLExceptionOverride() {
                @java.lang.Override
                public SQLExceptionOverride.Override adjudicate(final SQLException failure) {
                    return StoreFailures.classify(failure).filter(kind -> kind == StoreFailures.Kind.READ_ONLY)
                            .map(kind -> SQLExceptionOverride.Override.MUST_EVICT)
                            .orElse(SQLExceptionOverride.Override.CONTINUE_EVICT);
                }
            });
        }
        pool.setMinimumIdle(1);
        pool.setInitializationFailTimeout(-1);
        try {
            return new Database(new HikariDataSource(pool), settings.isPostgres(),
                    settings.sqliteFile().map(DatabaseFile::new), FieldCipher.of(settings.encryption()));
        } catch (final RuntimeException failure) {
            throw new StoreException("cannot open the database " + settings.describe() + ": "
                    + rootMessage(failure), failure);
        }
    }

    /** Opens, brings the schema up to date and describes the DAOs; the usual way in. */
    public static Database openAndMigrate(final BotConfig.Database settings) {
        final Database database = open(settings);
        try {
            database.migrate();
            database.describeDaos();
            return database;
        } catch (final RuntimeException failure) {
            database.close();
            throw failure;
        }
    }

    /**
     * Applies the pending Flyway migrations of {@code db/migration} (and the one in Java for sealed data), then
     * refuses a key that does not open the member data already sealed ({@link KeyRegistry}); returns how many ran.
     */
    public int migrate() {
        try {
            final MigrateResult result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .loggers("slf4j")
                    .javaMigrations(new SealingMigration())
                    .load()
                    .migrate();
            file.ifPresent(DatabaseFile::pin);
            KeyRegistry.check(jdbi, Sealing.of(jdbi));
            return result.migrationsExecuted;
        } catch (final SealingException refused) {
            throw new StoreException(refused.getMessage());
        } catch (final RuntimeException failure) {
            throw new StoreException("the database could not be migrated: " + rootMessage(failure), failure);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public boolean isPostgres() {
        return postgres;
    }

    /** The SQLite file and its guard, when the database is a SQLite file. */
    Optional<DatabaseFile> file() {
        return file;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static void createParentFolder(final Path file) {
        final Path parent = file.toAbsolutePath().getParent();
        if (parent == null) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (final IOException failure) {
            throw new StoreException("cannot create the folder " + parent + " for the database: "
                    + failure.getClass().getSimpleName(), failure);
        }
    }

    static String rootMessage(final Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
