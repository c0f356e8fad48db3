package io.followupbot.community;

import io.followupbot.testkit.TestCore;
import io.followupbot.testkit.TestDatabases;
import java.time.Instant;

/** The weekly-goal figure on a real (embedded) PostgreSQL: the V13 column and the consenting members' query there. */
final class GoalStatsOnPostgresTest extends GoalStatsTest {

    @Override
    TestCore core(final Instant now) {
        return new TestCore(TestDatabases.postgres(), now, 1000);
    }
}
