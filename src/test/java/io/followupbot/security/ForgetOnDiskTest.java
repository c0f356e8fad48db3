package io.followupbot.security;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.followupbot.store.Database;
import io.followupbot.store.Store;
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
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** forget-me leaves no byte of the member on disk: not in the SQLite file, not in its WAL. */
final class ForgetOnDiskTest {

    private static final Instant NOW = Instant.parse("2026-03-10T19:00:00Z");
    /** Strings that only this member's rows hold. */
    private static final List<String> THEIRS = List.of("U0FORGETME77", "Zebracorn Analytics", "Quillon Vandermeer",
            "quillon@zebracorn.example", "Wombat Whisperer", "conversation-of-U0FORGETME77");

    @TempDir
    Path folder;

    @Test
    @DisplayName("GIVEN a member's interview, interviewers, plan, events and conversation on SQLite WHEN they say "
            + "forget-me THEN neither the database file nor its WAL holds any of their strings, while others' stay")
    void forgetMeLeavesNoBytes() throws Exception {
        final Path file = folder.resolve("followup.db");
        try (Database database = Database.openAndMigrate(TestDatabases.sqlite(folder))) {
            final Store store = TestDatabases.store(database, new SettableClock(NOW));
            final Member member = store.inTransaction(session -> {
                final Member created = session.memberFor(new MemberKey("slack", "T1", "U0FORGETME77"), "m");
                final Interview interview = new Interview("Zebracorn Analytics", "Wombat Whisperer",
                        NOW.minus(Duration.ofDays(1)), Duration.ofMinutes(45), InterviewFormat.VIDEO,
                        List.of(new Interviewer("Quillon Vandermeer", "", "quillon@zebracorn.example", "")),
                        Optional.empty(), ContactChannel.EMAIL, NOW.minus(Duration.ofDays(1)), "");
                final StoredInterview stored = session.addInterview(created.id(), interview, Stage.WAITING);
                session.replacePlan(stored.id(), created.id(), List.of(PlannedStep.of(StepKind.CHECK_IN,
                        NOW.plus(Duration.ofDays(3)).atZone(ZoneId.of("America/New_York")))));
                session.saveConversation(created.id(), "{\"note\":\"conversation-of-U0FORGETME77\"}");
                return created;
            });
            store.useTransaction(session -> session.memberFor(new MemberKey("slack", "T1", "U0STAYS"), "other"));
            assertThat(onDisk(file)).as("the strings are on disk before").contains("Zebracorn Analytics");

            // WHEN the member is forgotten, the way the forget-me command does it, with the pool still open
            store.useTransaction(session -> session.forget(member.id()));

            // THEN none of their strings is in the file or the WAL; another member is still there
            final String bytes = onDisk(file);
            for (final String theirs : THEIRS) {
                assertThat(bytes).as("bytes of " + theirs).doesNotContain(theirs);
            }
            assertThat(bytes).contains("U0STAYS");
        }
    }

    /** The database file and its WAL (if any), read raw, as Latin-1 so every byte maps to one character. */
    private static String onDisk(final Path file) throws Exception {
        final List<Path> files = new ArrayList<>(List.of(file));
        final Path wal = file.resolveSibling(file.getFileName() + "-wal");
        if (Files.exists(wal)) {
            files.add(wal);
        }
        final StringBuilder all = new StringBuilder();
        for (final Path each : files) {
            all.append(new String(Files.readAllBytes(each), StandardCharsets.ISO_8859_1));
        }
        return all.toString();
    }
}
