package io.followupbot.community;

import io.followupbot.testkit.TestCore;
import io.followupbot.testkit.TestDatabases;
import java.time.Instant;

/**
 * The community's figures, consent, forget-me and export on a real (embedded) PostgreSQL: the same
 * specification as on SQLite, through the V8 tables and the store's community queries as PostgreSQL runs them.
 */
final class CommunityStatsOnPostgresTest extends CommunityStatsTest {

    @Override
    TestCore core(final Instant now) {
        return new TestCore(TestDatabases.postgres(), now, 1000);
    }
}
