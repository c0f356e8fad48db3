package io.followupbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.config.BotConfig;
import io.followupbot.delivery.ReleaseFixtureWriter;
import io.followupbot.followup.FollowUps;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.policy.BusinessCalendars;
import io.followupbot.policy.FollowUpPolicy;
import io.followupbot.store.sealing.SealingMigration;
import io.followupbot.testkit.SettableClock;
import io.followupbot.testkit.TestDatabases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by the release that kept every interview on its own (schema 10; the committed fixture
 * {@code fixtures/release-7}, made by {@link ReleaseFixtureWriter}) opens with this release: every interview is an
 * application of one round, under its number, with the same plan and the same steps already sent.
 */
final class ReleaseMigrationTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/release-7");
    /** The rows copied to PostgreSQL, parents first. */
    private static final List<String> TABLES = List.of("members", "interviews", "interviewers", "plan_steps", "events",
            "conversations", "transcripts");
    private static final String STEPS = "SELECT id, interview_id, step_key, status, due_at, delivered_at FROM plan_steps "
            + "ORDER BY id";

    @TempDir
    Path folder;

    @Test
    @DisplayName("GIVEN the release's SQLite file WHEN this release opens it THEN every interview is an application of "
            + "one round with the plan that release worked out, and no step already sent is planned again")
    void sqliteFileOfTheRelease() throws IOException, SQLException {
        // GIVEN the file as the release left it
        final Path file = folder.resolve("followup.db");
        Files.copy(FIXTURE.resolve("followup.db"), file);
        final List<String> stepsBefore = rows("jdbc:sqlite:" + file, STEPS);

        // WHEN this release migrates it and works the plans out again
        try (Database database = Database.openAndMigrate(TestDatabases.sqlite(folder))) {
            assertUnchanged(database, stepsBefore);
        }
    }

    @Test
    @DisplayName("GIVEN the release's rows in PostgreSQL at schema 10 WHEN this release migrates it THEN the plans and "
            + "the steps already sent are the same")
    void postgresOfTheRelease() throws IOException, SQLException {
        // GIVEN a PostgreSQL database at the release's schema, holding the fixture's rows
        final BotConfig.Database settings = TestDatabases.postgres();
        Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), settings.password().reveal())
                .locations("classpath:db/migration").javaMigrations(new SealingMigration()).target("10").load()
                .migrate();
        copyFixtureTo(settings);
        final List<String> stepsBefore = rows("jdbc:sqlite:" + FIXTURE.resolve("followup.db"), STEPS);

        // WHEN this release opens it
        try (Database database = Database.openAndMigrate(settings)) {
            assertUnchanged(database, stepsBefore);
        }
    }

    private static void assertUnchanged(final Database database, final List<String> stepsBefore) throws IOException {
        final SettableClock clock = new SettableClock(ReleaseFixtureWriter.NOW);
        final Store store = TestDatabases.store(database, clock);
        final FollowUps followUps = new FollowUps(store, new FollowUpPolicy(BusinessCalendars.withoutClosures()), clock);
        final List<Member> members = store.read(session -> List.of(
                session.findMember(new MemberKey("slack", "T1", "U1")).orElseThrow(),
                session.findMember(new MemberKey("discord", "G1", "42")).orElseThrow()));

        // THEN each interview is an application of one round under its number
        assertThat(followUps.pipeline(members.get(0))).extracting(tracked -> tracked.number() + " "
                + tracked.stored().roundCount() + " " + tracked.stored().interview().company())
                .containsExactly("1 1 Acme Analytics", "2 1 Globex", "3 1 Initech");
        // AND its plan is the one the release worked out, step by step
        assertThat(ReleaseFixtureWriter.plans(followUps, members))
                .containsExactlyElementsOf(Files.readAllLines(FIXTURE.resolve("plans.txt")));
        // AND the stored steps, the sent ones among them, are untouched
        final List<String> stepsAfter = database.jdbi().withHandle(handle -> handle.createQuery(STEPS)
                .map((row, context) -> line(row)).list());
        assertThat(stepsAfter).containsExactlyElementsOf(stepsBefore);
        // AND replanning them (as a change of settings does) plans again no step already delivered
        members.forEach(followUps::replanAll);
        final List<String> deliveredAgain = database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT p.step_key FROM plan_steps p WHERE p.status = 'pending' AND EXISTS (SELECT 1 FROM plan_steps d "
                        + "WHERE d.interview_id = p.interview_id AND d.step_key = p.step_key AND d.due_at = p.due_at "
                        + "AND d.status = 'delivered')").mapTo(String.class).list());
        assertThat(deliveredAgain).isEmpty();
        final int delivered = database.jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM plan_steps "
                + "WHERE status = 'delivered'").mapTo(Integer.class).one());
        assertThat(delivered).isEqualTo(4);
    }

    private static List<String> rows(final String url, final String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             ResultSet row = connection.createStatement().executeQuery(sql)) {
            final List<String> lines = new ArrayList<>();
            while (row.next()) {
                lines.add(line(row));
            }
            return lines;
        }
    }

    private static String line(final ResultSet row) throws SQLException {
        return row.getString(1) + " " + row.getString(2) + " " + row.getString(3) + " " + row.getString(4) + " "
                + row.getLong(5) + " " + row.getLong(6);
    }

    /** Every row of the fixture's tables, column by column, into the PostgreSQL database. */
    private static void copyFixtureTo(final BotConfig.Database settings) throws SQLException {
        try (Connection from = DriverManager.getConnection("jdbc:sqlite:" + FIXTURE.resolve("followup.db"));
             Connection to = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password().reveal())) {
            for (final String table : TABLES) {
                try (ResultSet rows = from.createStatement().executeQuery("SELECT * FROM " + table)) {
                    final int columns = rows.getMetaData().getColumnCount();
                    final List<String> names = new ArrayList<>();
                    for (int column = 1; column <= columns; column++) {
                        names.add(rows.getMetaData().getColumnName(column));
                    }
                    final String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                            + String.join(", ", names.stream().map(name -> "?").toList()) + ")";
                    try (PreparedStatement statement = to.prepareStatement(insert)) {
                        while (rows.next()) {
                            for (int column = 1; column <= columns; column++) {
                                statement.setObject(column, rows.getObject(column));
                            }
                            statement.executeUpdate();
                        }
                    }
                }
            }
        }
    }
}
