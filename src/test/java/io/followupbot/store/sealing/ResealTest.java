package io.followupbot.store.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.followupbot.Main;
import io.followupbot.config.BotConfig;
import io.followupbot.config.Encryption;
import io.followupbot.config.Secret;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.Stage;
import io.followupbot.interview.StoredInterview;
import io.followupbot.sealing.FieldKey;
import io.followupbot.sealing.TokenSeal;
import io.followupbot.store.Database;
import io.followupbot.store.Store;
import io.followupbot.store.StoreException;
import io.followupbot.store.TranscriptStore;
import io.followupbot.testkit.SettableClock;
import io.followupbot.testkit.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-sealing under a new key, and the refusal of a key that does not fit the data (issue 32). */
final class ResealTest {

    private static final Instant NOW = Instant.parse("2026-03-10T19:00:00Z");
    private static final String OLD = "the old key that reseal retires";
    private static final String NEW = "the new key that replaces it in 2026";

    @TempDir
    Path folder;

    private BotConfig.Database settings(final String key, final String... old) {
        return TestDatabases.sqlite(folder).withEncryption(new Encryption(Secret.of(key),
                List.of(old).stream().map(Secret::of).toList()));
    }

    private static String id(final String key) {
        return FieldKey.derive(Secret.of(key)).id();
    }

    /** One member with one interview named {@code company}, stored with these settings. */
    private String store(final BotConfig.Database settings, final String user, final String company) {
        try (Database database = Database.openAndMigrate(settings)) {
            final Store store = TestDatabases.store(database, new SettableClock(NOW));
            final String memberId = store.inTransaction(session -> {
                final String id = session.memberFor(new MemberKey("web", "local", user), user + " display").id();
                session.addInterview(id, new Interview(company, "Analyst", NOW, Duration.ofMinutes(30),
                        InterviewFormat.VIDEO, List.of(new Interviewer("Ana Ruiz", "CTO", "ana@example.com", "")),
                        Optional.empty(), ContactChannel.EMAIL, NOW, "notes of " + user), Stage.WAITING);
                session.saveConversation(id, "{\"of\":\"" + user + "\"}");
                return id;
            });
            new TranscriptStore(database.jdbi(), 10).append(memberId, 1L, List.of(new TranscriptStore.Entry("member",
                    "hello from " + user), new TranscriptStore.Entry("bot", "hi " + user)), false, 0);
            return memberId;
        }
    }

    @Test
    @DisplayName("GIVEN members stored in the clear, under an old key and under the new one WHEN reseal runs with "
            + "the new key and the old one THEN every sealed value is under the new key, the old key is retired, a "
            + "database opened with the new key alone reads everything, and a second run rewrites nothing")
    void resealMovesEverythingToTheNewKey() throws Exception {
        // GIVEN one member written before any key, one under the old key, one under the new key (a half-done rotation)
        final String clear = store(TestDatabases.sqlite(folder), "clear", "Clear Corp");
        final String old = store(settings(OLD), "old", "Old Corp");
        final String fresh = store(settings(NEW, OLD), "fresh", "Fresh Corp");
        // AND a Slack workspace's bot token sealed under the old key
        try (Database database = Database.openAndMigrate(settings(NEW, OLD))) {
            database.jdbi().useHandle(handle -> handle.createUpdate("INSERT INTO slack_installations (team_id, "
                    + "bot_token, installed_at) VALUES ('T1', :token, 0)")
                    .bind("token", new TokenSeal(Secret.of(OLD), List.of()).seal("xoxb-old-1")).execute());
        }
        // WHEN reseal runs from the command line, with the new key and the old one
        final Path config = config();
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int status = Main.commandLine(Map.of(Encryption.KEY, NEW, Encryption.OLD_KEYS, OLD),
                new PrintWriter(out, true), new PrintWriter(err, true)).execute("reseal", "--config", config.toString());
        // THEN it says what it did
        assertThat(status).as(err.toString()).isEqualTo(0);
        assertThat(out.toString()).contains("members: 2 of 3 rows rewritten", "interviews: 2 of 3 rows rewritten",
                "interviewers: 2 of 3 rows rewritten", "transcripts: 4 of 6 rows rewritten",
                "slack_installations: 1 of 1 rows rewritten",
                "Member data is sealed under key id " + id(NEW) + "; the old keys are no longer needed.");
        // AND with the new key alone, the database opens and reads everything
        try (Database database = Database.openAndMigrate(settings(NEW))) {
            assertThat(KeyRegistry.inUse(database.jdbi())).containsExactly(id(NEW));
            assertThat(new TokenSeal(Secret.of(NEW), List.of()).open(database.jdbi().withHandle(handle -> handle
                    .createQuery("SELECT bot_token FROM slack_installations").mapTo(String.class).one())))
                    .isEqualTo("xoxb-old-1");
            final Store store = TestDatabases.store(database, new SettableClock(NOW));
            for (final String user : List.of("clear", "old", "fresh")) {
                final String memberId = user.equals("clear") ? clear : user.equals("old") ? old : fresh;
                store.useTransaction(session -> {
                    final StoredInterview stored = session.interviews(memberId).get(0);
                    assertThat(session.member(memberId).orElseThrow().displayName()).isEqualTo(user + " display");
                    assertThat(stored.interview().addition()).isEqualTo("notes of " + user);
                    assertThat(stored.interview().interviewers().get(0).name()).isEqualTo("Ana Ruiz");
                    assertThat(session.conversation(memberId).orElseThrow().state()).isEqualTo("{\"of\":\"" + user + "\"}");
                });
                assertThat(new TranscriptStore(database.jdbi(), 10).of(memberId)).extracting(row -> row.body())
                        .containsExactly("hello from " + user, "hi " + user);
            }
            assertThat(rawValues(database)).isNotEmpty()
                    .allMatch(value -> value.startsWith("\u001Fsealed:" + id(NEW) + ":"));
            // AND a second run finds nothing left to do
            assertThat(new Reseal(database.jdbi(), false, 2, new TokenSeal(Secret.of(NEW), List.of())).run(done -> { }))
                    .allMatch(done -> done.rewritten() == 0);
        }
    }

    @Test
    @DisplayName("GIVEN member data sealed under a key WHEN the database opens without a key, or with another "
            + "one THEN it refuses, naming the key ids and the variables to set, never a key")
    void aMissingOrWrongKeyIsRefused() throws Exception {
        // GIVEN
        store(settings(OLD), "someone", "Sealed Corp");
        // WHEN / THEN without a key
        assertThatThrownBy(() -> Database.openAndMigrate(TestDatabases.sqlite(folder)))
                .isInstanceOf(StoreException.class)
                .hasMessage("member data in the database is sealed under key id " + id(OLD)
                        + ", but FOLLOWUP_ENCRYPTION_KEY is not set: set it to the key the data was sealed with");
        // WHEN / THEN with another key
        assertThatThrownBy(() -> Database.openAndMigrate(settings(NEW)))
                .isInstanceOf(StoreException.class)
                .hasMessage("member data in the database is sealed under key id " + id(OLD) + ", and "
                        + "FOLLOWUP_ENCRYPTION_KEY (key id " + id(NEW) + ") is not that key: set FOLLOWUP_ENCRYPTION_KEY "
                        + "to the key the data was sealed with, or keep the new key, give the old one in "
                        + "FOLLOWUP_ENCRYPTION_OLD_KEYS and run reseal")
                .hasMessageNotContaining(OLD).hasMessageNotContaining(NEW);
        // AND the bot itself refuses to start, in one line, exit status 1
        final StringWriter err = new StringWriter();
        final int status = Main.commandLine(Map.of(Encryption.KEY, NEW), new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true)).execute("run", "--config", config().toString());
        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).startsWith("member data in the database is sealed under key id " + id(OLD))
                .doesNotContain(NEW).doesNotContain(OLD);
        // AND the right key still opens it
        try (Database database = Database.openAndMigrate(settings(OLD))) {
            assertThat(KeyRegistry.inUse(database.jdbi())).containsExactly(id(OLD));
        }
    }

    /** A bot-config.yml on the test's database, with the web chat on a free port. */
    private Path config() throws java.io.IOException {
        return Files.writeString(folder.resolve("bot-config.yml"), "database:\n  url: jdbc:sqlite:"
                + folder.resolve("followup.db") + "\nweb:\n  port: 0\n");
    }

    @Test
    @DisplayName("GIVEN reseal without FOLLOWUP_ENCRYPTION_KEY THEN it refuses and says what to set")
    void resealNeedsTheNewKey() throws Exception {
        final Path config = config();
        final StringWriter err = new StringWriter();
        final int status = Main.commandLine(Map.of(Encryption.OLD_KEYS, OLD), new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true)).execute("reseal", "--config", config.toString());
        assertThat(status).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("FOLLOWUP_ENCRYPTION_KEY is not set: set it to the new key, and "
                + "FOLLOWUP_ENCRYPTION_OLD_KEYS to the old ones (or use --in-the-clear to store member data unsealed)");
    }

    /** Every non-empty value of every sealed column, read raw. */
    private static List<String> rawValues(final Database database) {
        final List<String> values = new ArrayList<>();
        for (final SealedColumns.Table table : SealedColumns.ALL) {
            database.jdbi().useHandle(handle -> handle.createQuery("SELECT " + String.join(", ", table.columns())
                    + " FROM " + table.name()).mapToMap().list().forEach(row -> row.values().stream()
                    .filter(value -> value != null && !value.toString().isEmpty())
                    .forEach(value -> values.add(value.toString()))));
        }
        return values;
    }
}
