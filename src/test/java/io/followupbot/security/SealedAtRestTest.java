package io.followupbot.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.config.BotConfig;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.Stage;
import io.followupbot.interview.StepKind;
import io.followupbot.interview.StoredInterview;
import io.followupbot.store.Claim;
import io.followupbot.store.Database;
import io.followupbot.store.DeliveryStore;
import io.followupbot.store.Settlement;
import io.followupbot.store.Store;
import io.followupbot.store.TranscriptStore;
import io.followupbot.testkit.SettableClock;
import io.followupbot.testkit.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With FOLLOWUP_ENCRYPTION_KEY set, nothing a member typed is stored readable (issue 32). */
final class SealedAtRestTest {

    private static final Instant NOW = Instant.parse("2026-03-10T19:00:00Z");
    /** Everything the member typed, each string written once through the store. */
    private static final List<String> TYPED = List.of("Zebracorn Analytics", "Wombat Whisperer", "Quillon Vandermeer",
            "Principal Gardener", "quillon@zebracorn.example", "asked about hedgehogs", "talked about the aquarium",
            "cut churn with tapirs", "Marigold Fennimore", "Marigold signs off", "marigold.display",
            "conversation-of-marigold", "transcript-of-marigold", "event-of-marigold");

    @TempDir
    Path folder;

    @Test
    @DisplayName("GIVEN a key WHEN a member's profile, interview, interviewers, plan, delivery, events, conversation "
            + "and web transcript are stored on SQLite THEN the store reads them back, and neither the database file "
            + "nor its WAL holds any string the member typed")
    void sqliteFileAndWalHoldNoMemberText() throws Exception {
        final Path file = folder.resolve("followup.db");
        // GIVEN a key
        try (Database database = Database.openAndMigrate(TestDatabases.sqlite(folder, true))) {
            // WHEN everything is stored
            final String memberId = storeEverything(database);
            // THEN the store reads it back as typed
            assertReadsBack(database, memberId);
            // AND the raw bytes hold none of it, nor do the columns read raw
            final String bytes = onDisk(file);
            assertThat(Files.exists(file.resolveSibling("followup.db-wal"))).as("the WAL is read too").isTrue();
            TYPED.forEach(typed -> assertThat(bytes).as("bytes of " + typed).doesNotContain(typed));
            assertThat(bytes).contains("U0MARIGOLD");
            assertNoMemberTextInAnyColumn(database, "SELECT name FROM sqlite_master WHERE type = 'table'");
        }
    }

    @Test
    @DisplayName("GIVEN a key WHEN the same is stored on PostgreSQL THEN the store reads it back, and no column of "
            + "any table, read raw with SQL, holds a string the member typed")
    void postgresColumnsHoldNoMemberText() {
        // GIVEN a key
        final BotConfig.Database settings = TestDatabases.postgres().withEncryption(TestDatabases.SEALED);
        try (Database database = Database.openAndMigrate(settings)) {
            // WHEN everything is stored
            final String memberId = storeEverything(database);
            // THEN it reads back, and no raw value holds it
            assertReadsBack(database, memberId);
            assertNoMemberTextInAnyColumn(database,
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
        }
    }

    private static String storeEverything(final Database database) {
        final Store store = TestDatabases.store(database, new SettableClock(NOW));
        final String memberId = store.inTransaction(session -> {
            final Member created = session.memberFor(new MemberKey("slack", "T1", "U0MARIGOLD"), "marigold.display");
            session.saveMember(new Member(created.id(), created.key(), created.displayName(),
                    created.settings().withName("Marigold Fennimore", "Marigold signs off"), false,
                    Optional.empty(), Optional.empty(), Optional.empty()));
            final Interview interview = new Interview("Zebracorn Analytics", "Wombat Whisperer",
                    NOW.minus(Duration.ofDays(1)), Duration.ofMinutes(45), InterviewFormat.VIDEO,
                    List.of(new Interviewer("Quillon Vandermeer", "Principal Gardener", "quillon@zebracorn.example",
                            "asked about hedgehogs")), Optional.empty(), ContactChannel.EMAIL,
                    NOW.minus(Duration.ofDays(1)), "talked about the aquarium", "cut churn with tapirs");
            final StoredInterview stored = session.addInterview(created.id(), interview, Stage.WAITING);
            session.replacePlan(stored.id(), created.id(), List.of(new PlannedStep(StepKind.THANK_YOU,
                    NOW.minus(Duration.ofHours(1)).atZone(ZoneId.of("America/New_York")),
                    Optional.of("Quillon Vandermeer"), 1, false)));
            session.appendRecord(created.id(), stored.id(), "note", "{\"text\":\"event-of-marigold\"}");
            session.saveConversation(created.id(), "{\"note\":\"conversation-of-marigold\"}");
            return created.id();
        });
        new TranscriptStore(database.jdbi(), 10).append(memberId, NOW.toEpochMilli(),
                List.of(new TranscriptStore.Entry("member", "{\"text\":\"transcript-of-marigold\"}")), false, 0);
        // the thank-you falls due and is delivered: the delivery record names the step, and so the interviewer
        final DeliveryStore delivery = new DeliveryStore(store, database.isPostgres());
        final Claim claim = delivery.claimDue("test", NOW, Duration.ofMinutes(5), 10);
        assertThat(claim.steps()).extracting(step -> step.recipient()).containsExactly("Quillon Vandermeer");
        final Settlement settlement = delivery.settlementOf(claim);
        claim.steps().forEach(step -> settlement.delivered(step, NOW));
        delivery.settle(settlement);
        return memberId;
    }

    private static void assertReadsBack(final Database database, final String memberId) {
        final Store store = TestDatabases.store(database, new SettableClock(NOW));
        store.useTransaction(session -> {
            final Member member = session.member(memberId).orElseThrow();
            assertThat(member.displayName()).isEqualTo("marigold.display");
            assertThat(member.settings().name()).isEqualTo("Marigold Fennimore");
            assertThat(member.settings().signature()).isEqualTo("Marigold signs off");
            final StoredInterview stored = session.interviews(memberId).get(0);
            assertThat(stored.interview().company()).isEqualTo("Zebracorn Analytics");
            assertThat(stored.interview().role()).isEqualTo("Wombat Whisperer");
            assertThat(stored.interview().addition()).isEqualTo("talked about the aquarium");
            assertThat(stored.interview().pastResult()).isEqualTo("cut churn with tapirs");
            assertThat(stored.interview().interviewers()).containsExactly(new Interviewer("Quillon Vandermeer",
                    "Principal Gardener", "quillon@zebracorn.example", "asked about hedgehogs"));
            assertThat(session.steps(stored.id())).extracting(step -> step.stepKey() + " " + step.status())
                    .containsExactly("thank_you@Quillon Vandermeer delivered");
            assertThat(session.eventLog(memberId)).extracting(row -> row.payload())
                    .anyMatch(payload -> payload.contains("event-of-marigold"))
                    .anyMatch(payload -> payload.contains("\"step\":\"thank_you@Quillon Vandermeer\""));
            assertThat(session.conversation(memberId).orElseThrow().state())
                    .isEqualTo("{\"note\":\"conversation-of-marigold\"}");
        });
        assertThat(new TranscriptStore(database.jdbi(), 10).of(memberId)).extracting(row -> row.body())
                .containsExactly("{\"text\":\"transcript-of-marigold\"}");
    }

    /** Every value of every row of every table, read raw with SQL, holds none of the typed strings. */
    private static void assertNoMemberTextInAnyColumn(final Database database, final String tablesQuery) {
        final List<String> tables = database.jdbi().withHandle(handle -> handle.createQuery(tablesQuery)
                .mapTo(String.class).list());
        assertThat(tables).contains("members", "interviews", "interviewers", "plan_steps", "events", "transcripts");
        final List<String> values = new ArrayList<>();
        for (final String table : tables) {
            database.jdbi().useHandle(handle -> handle.createQuery("SELECT * FROM " + table).mapToMap().list()
                    .forEach(row -> row.values().forEach(value -> values.add(String.valueOf(value)))));
        }
        assertThat(values).anyMatch(value -> value.startsWith("\u001Fsealed:"));
        for (final String typed : TYPED) {
            assertThat(values).as("raw values holding " + typed).noneMatch(value -> value.contains(typed));
        }
    }

    /** The database file and its WAL, read raw, as Latin-1 so every byte maps to one character. */
    private static String onDisk(final Path file) throws Exception {
        final StringBuilder all = new StringBuilder();
        for (final Path each : List.of(file, file.resolveSibling(file.getFileName() + "-wal"))) {
            if (Files.exists(each)) {
                all.append(new String(Files.readAllBytes(each), StandardCharsets.ISO_8859_1));
            }
        }
        return all.toString();
    }
}
