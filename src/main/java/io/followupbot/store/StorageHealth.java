package io.followupbot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the database can be used now, for the health check: the SQLite file still the one opened, writable,
 * with room on its disk, and the schema in place; on PostgreSQL, the schema reachable. A few file checks and
 * one empty query.
 */
public final class StorageHealth {

    /** Less free space than this on the database's disk counts as full. */
    private static final long MIN_FREE_BYTES = 1L << 20;

    private final Database database;

    public StorageHealth(final Database database) {
        this.database = database;
    }

    /** What is wrong with the database now, in words for an operator, if anything. */
    public Optional<String> problem() {
        final Optional<DatabaseFile> file = database.file();
        if (file.isPresent()) {
            final Optional<String> fault = file.get().problem().or(() -> fileProblem(file.get().path()));
            if (fault.isPresent()) {
                return fault;
            }
        }
        try {
            database.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM plan_steps WHERE 1 = 0")
                    .mapTo(Integer.class).one());
            return Optional.empty();
        } catch (final RuntimeException failure) {
            final String message = Database.rootMessage(failure);
            final String lower = message.toLowerCase(Locale.ROOT);
            if (lower.contains("no such table") || lower.contains("does not exist")) {
                return Optional.of("the database is not migrated (its tables are missing)");
            }
            return Optional.of(StoreFailures.classify(failure).map(StoreFailures.Kind::description)
                    .orElse("the database cannot be read: " + message));
        }
    }

    private static Optional<String> fileProblem(final Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (!Files.isWritable(file) || !Files.isWritable(file.toAbsolutePath().getParent())) {
            return Optional.of(StoreFailures.Kind.READ_ONLY.description());
        }
        return spaceProblem(() -> Files.getFileStore(file).getUsableSpace());
    }

    /** The free space on the database's disk, or an {@link IOException} when the file system won't say. */
    interface FreeSpace {
        long bytes() throws IOException;
    }

    /** A disk too full to write, or one whose free space is unknown: neither is healthy. */
    static Optional<String> spaceProblem(final FreeSpace free) {
        try {
            return free.bytes() < MIN_FREE_BYTES ? Optional.of(StoreFailures.Kind.DISK_FULL.description())
                    : Optional.empty();
        } catch (final IOException unknown) {
            return Optional.of("the free space on the database's disk is unknown (" + unknown.getClass().getSimpleName()
                    + ")");
        }
    }
}
