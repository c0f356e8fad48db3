package io.followupbot.followup;

import io.followupbot.testkit.TestCore;
import io.followupbot.testkit.TestDatabases;
import java.nio.file.Path;

/** The retention specification on a real (embedded) PostgreSQL. */
final class RetentionOnPostgresTest extends RetentionTest {

    @Override
    TestCore core(final Path where) {
        return new TestCore(TestDatabases.postgres(), java.time.Instant.parse("2026-03-10T15:00:00Z"), 1000);
    }
}
