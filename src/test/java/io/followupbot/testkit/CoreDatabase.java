package io.followupbot.testkit;

import java.nio.file.Path;
import java.time.Instant;

/**
 * The databases a test class runs its core on when it specifies what must hold on both: with
 * {@code @ParameterizedClass(name = "on {0}") @EnumSource(CoreDatabase.class)} every test runs on each.
 */
public enum CoreDatabase {

    /** A SQLite file in the test's folder. */
    SQLITE {
        @Override
        public TestCore core(final Path folder, final Instant now) {
            return new TestCore(folder, now);
        }
    },
    /** A new, empty database on the embedded PostgreSQL of this test run (the folder is not used). */
    POSTGRESQL {
        @Override
        public TestCore core(final Path folder, final Instant now) {
            return new TestCore(TestDatabases.postgres(), now, 1000);
        }
    };

    /** A core on this database whose clock reads {@code now}. */
    public abstract TestCore core(Path folder, Instant now);
}
