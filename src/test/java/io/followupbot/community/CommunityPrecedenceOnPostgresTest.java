package io.followupbot.community;

import io.followupbot.testkit.TestCore;
import io.followupbot.testkit.TestDatabases;
import java.time.Instant;

/** The precedence member, community, bot-config.yml on a real (embedded) PostgreSQL, as on SQLite. */
final class CommunityPrecedenceOnPostgresTest extends CommunityPrecedenceTest {

    @Override
    TestCore core(final Instant now) {
        return new TestCore(TestDatabases.postgres(), now, 1000);
    }
}
