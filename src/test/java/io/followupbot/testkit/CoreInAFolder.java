package io.followupbot.testkit;

import io.followupbot.interview.MemberKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * What {@link CoreForClass} and {@link CoreForEachTest} share: a {@link TestCore} on a real SQLite file in a temporary
 * folder of its own, whose clock reads {@code start} when it opens; they decide when it opens and closes.
 */
public abstract class CoreInAFolder {

    /** What the core's clock reads when it opens. */
    protected final Instant start;
    private Path folder;
    private TestCore core;

    protected CoreInAFolder(final Instant start) {
        this.start = start;
    }

    /** Opens a new core in a new folder. */
    final void open() throws IOException {
        folder = Files.createTempDirectory("followup-core-");
        core = new TestCore(folder, start);
    }

    /** Whether a core is open. */
    final boolean isOpen() {
        return core != null;
    }

    /** Closes the core and deletes its folder. */
    final void close() throws IOException {
        core.close();
        core = null;
        Folders.delete(folder);
    }

    /** The open core: its engine, store, use cases and clock. */
    public final TestCore core() {
        return core;
    }

    /** The open core's folder, where its database lives. */
    public final Path folder() {
        return folder;
    }

    /** A chat as {@code key}, with no time zone from the platform. */
    public final ChatDriver chat(final MemberKey key) {
        return new ChatDriver(core.engine, key, Optional.empty());
    }
}
