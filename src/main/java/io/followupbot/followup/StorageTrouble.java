package io.followupbot.followup;

import io.followupbot.store.StoreFailures;
import java.util.Optional;

/** Whether a failure means the storage could not be used (full, read-only, locked, gone), in words. */
public final class StorageTrouble {

    private StorageTrouble() {
    }

    /** What went wrong with the storage, for a member and the log; empty when the failure is something else. */
    public static Optional<String> describe(final Throwable failure) {
        return StoreFailures.classify(failure).map(StoreFailures.Kind::description);
    }
}
