package io.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A storage failure is told in words a member and an operator can act on; any other failure is not storage trouble. */
final class StorageTroubleTest {

    @Test
    @DisplayName("GIVEN a full disk under the driver's failure WHEN described THEN it says the disk is full")
    void fullDisk() {
        final RuntimeException failure = new IllegalStateException("could not save",
                new SQLException("[SQLITE_FULL] Insertion failed because database is full (database or disk is full)"));

        assertThat(StorageTrouble.describe(failure)).contains("the database's disk is full");
    }

    @Test
    @DisplayName("GIVEN a failure that has nothing to do with storage WHEN described THEN there is nothing to say")
    void somethingElse() {
        assertThat(StorageTrouble.describe(new IllegalArgumentException("bad date"))).isEmpty();
    }
}
