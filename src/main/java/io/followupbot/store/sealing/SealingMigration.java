package io.followupbot.store.sealing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 10, for sealed member data (issue 32): the table of the keys in use, and, on PostgreSQL, every
 * sealed column as TEXT, since a sealed value is longer than its VARCHAR bound allowed for the plain one (SQLite
 * does not enforce those bounds, and cannot alter a column's type). In Java because the two databases need
 * different statements; everything else stays portable SQL in {@code db/migration}.
 */
public final class SealingMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("10");
    }

    @Override
    public String getDescription() {
        return "sealed member data";
    }

    @Override
    public Integer getChecksum() {
        return 10;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(final Context context) throws SQLException {
        final Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE sealing_keys (key_id VARCHAR(16) PRIMARY KEY, "
                    + "retired INTEGER NOT NULL DEFAULT 0)");
            if (!connection.getMetaData().getURL().startsWith("jdbc:postgresql:")) {
                return;
            }
            for (final SealedColumns.Table table : SealedColumns.AT_VERSION_10) {
                for (final String column : table.columns()) {
                    statement.execute("ALTER TABLE " + table.name() + " ALTER COLUMN " + column + " TYPE TEXT");
                }
            }
        }
    }
}
