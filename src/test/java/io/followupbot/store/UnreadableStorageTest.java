package io.followupbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database file or a disk the bot cannot read is reported as such, never as missing or healthy. */
final class UnreadableStorageTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("GIVEN a pinned database file WHEN its folder becomes a plain file THEN the problem says the file "
            + "cannot be read, not that it is missing, and operators are told so")
    void anUnreadableFileIsNotAMissingOne() throws IOException {
        // GIVEN the file, pinned
        final Path data = Files.createDirectory(folder.resolve("data"));
        final DatabaseFile file = new DatabaseFile(Files.createFile(data.resolve("bot.db")));
        file.pin();
        assertThat(file.problem()).isEmpty();

        // WHEN its folder is replaced by a plain file (reading the database file now fails with "not a directory")
        Files.delete(data.resolve("bot.db"));
        Files.delete(data);
        Files.createFile(data);

        // THEN the problem is that it cannot be read
        final String expected = "the database file cannot be read (" + data.resolve("bot.db").toAbsolutePath()
                + ": FileSystemException)";
        assertThat(file.problem()).contains(expected);
        assertThat(StoreFailures.classify(new StoreException(expected))).contains(StoreFailures.Kind.UNREADABLE);
    }

    @Test
    @DisplayName("GIVEN a deleted database file THEN it is still reported missing")
    void aDeletedFileIsMissing() throws IOException {
        final DatabaseFile file = new DatabaseFile(Files.createFile(folder.resolve("bot.db")));
        file.pin();

        Files.delete(folder.resolve("bot.db"));

        assertThat(file.problem()).hasValueSatisfying(problem -> assertThat(problem)
                .startsWith("the database file is missing"));
    }

    @Test
    @DisplayName("GIVEN the free space of the database's disk WHEN it is unknown THEN the storage is not healthy; "
            + "WHEN it is too little THEN the disk is full; WHEN there is room THEN nothing is wrong")
    void freeSpace() {
        assertThat(StorageHealth.spaceProblem(() -> {
            throw new IOException("statvfs failed");
        })).contains("the free space on the database's disk is unknown (IOException)");
        assertThat(StorageHealth.spaceProblem(() -> 0L)).contains("the database's disk is full");
        assertThat(StorageHealth.spaceProblem(() -> Long.MAX_VALUE)).isEqualTo(Optional.empty());
    }
}
