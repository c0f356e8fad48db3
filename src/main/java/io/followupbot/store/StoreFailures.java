package io.followupbot.store;

import java.util.Locale;
import java.util.Optional;

/** Recognises the database failures a person can act on: a full disk, a read-only database file,
 * a database file deleted or replaced under the running bot. */
public final class StoreFailures {

    /** What went wrong, for an operator. */
    public enum Kind {
        DISK_FULL("the database's disk is full"),
        READ_ONLY("the database is read-only"),
        MISSING(DatabaseFile.MISSING),
        REPLACED(DatabaseFile.REPLACED),
        UNREADABLE(DatabaseFile.UNREADABLE);

        private final String description;

        Kind(final String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private StoreFailures() {
    }

    public static Optional<Kind> classify(final Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            final String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.startsWith(DatabaseFile.MISSING)) {
                return Optional.of(Kind.MISSING);
            }
            if (message.startsWith(DatabaseFile.REPLACED)) {
                return Optional.of(Kind.REPLACED);
            }
            if (message.startsWith(DatabaseFile.UNREADABLE)) {
                return Optional.of(Kind.UNREADABLE);
            }
            if (message.contains("sqlite_full") || message.contains("database or disk is full")
                    || message.contains("no space left on device") || message.contains("could not extend file")) {
                return Optional.of(Kind.DISK_FULL);
            }
            if (message.contains("sqlite_readonly") || message.contains("readonly database")
                    || message.contains("read-only transaction") || message.contains("read-only file system")) {
                return Optional.of(Kind.READ_ONLY);
            }
        }
        return Optional.empty();
    }
}
