package io.followupbot.community;

import io.followupbot.testkit.TestCore;
import io.followupbot.testkit.TestDatabases;
import java.time.Instant;

/** The weekly digest on a real (embedded) PostgreSQL: once a week across runs and instances, as on SQLite. */
final class DigestsOnPostgresTest extends DigestsTest {

    @Override
    TestCore core(final Instant now) {
        return new TestCore(TestDatabases.postgres(), now, 1000);
    }
}
