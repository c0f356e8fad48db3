package io.followupbot.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;

/**
 * The SQLite file as the bot opened it: its identity (device and inode) is pinned once the schema is in place,
 * and every connection the store takes first checks that the file is still there and still the same one. A
 * file deleted, moved or replaced under a running bot is found before the next write, which is refused: the
 * open connections would otherwise go on writing into a deleted file, and a restart would start empty.
 * A stat per connection: a few microseconds.
 */
final class DatabaseFile {

    /** The start of the message of a missing file; {@link StoreFailures} recognises it. */
    static final String MISSING = "the database file is missing";
    /** The start of the message of a replaced file; {@link StoreFailures} recognises it. */
    static final String REPLACED = "the database file was replaced";
    /** The start of the message of a file whose identity cannot be read; {@link StoreFailures} recognises it. */
    static final String UNREADABLE = "the database file cannot be read";

    private final Path file;
    private volatile Object pinned;

    DatabaseFile(final Path file) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
    }

    Path path() {
        return file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    /** Remembers which file this is; from now on another one (or none) at the path is a fault. */
    void pin() {
        try {
            pinned = identity().orElse(null);
        } catch (final UncheckedIOException unreadable) {
            throw new StoreException(unreadable(unreadable));
        }
    }

    /** What is wrong with the file now, if anything. */
    Optional<String> problem() {
        final Object expected = pinned;
        if (expected == null) {
            return Optional.empty();
        }
        final Optional<Object> now;
        try {
            now = identity();
        } catch (final UncheckedIOException unreadable) {
            return Optional.of(unreadable(unreadable));
        }
        if (now.isEmpty()) {
            return Optional.of(MISSING + " (" + file + " was deleted or moved while the bot was running)");
        }
        if (!now.get().equals(expected)) {
            return Optional.of(REPLACED + " (" + file + " is another file than the one the bot opened)");
        }
        return Optional.empty();
    }

    /** Throws a {@link StoreException} when the file is missing or replaced. */
    void check() {
        final Optional<String> problem = problem();
        if (problem.isPresent()) {
            throw new StoreException(problem.get());
        }
    }

    private Optional<Object> identity() {
        try {
            final BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            final Object key = attributes.fileKey();
            return Optional.of(key == null ? attributes.creationTime() : key);
        } catch (final NoSuchFileException missing) {
            return Optional.empty();
        } catch (final IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private String unreadable(final UncheckedIOException failure) {
        return UNREADABLE + " (" + file + ": " + failure.getCause().getClass().getSimpleName() + ")";
    }
}
