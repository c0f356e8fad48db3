package io.followupbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.MemberKey;
import io.followupbot.testkit.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.followupbot.store.rows.TranscriptRow;

final class TranscriptStoreTest {

    @TempDir
    Path folder;

    private Database database;
    private Store store;
    private TranscriptStore transcripts;
    private String ana;

    @BeforeEach
    void open() {
        database = Database.openAndMigrate(TestDatabases.sqlite(folder));
        store = new Store(database.jdbi(), Clock.fixed(Instant.parse("2026-03-10T19:00:00Z"), ZoneOffset.UTC),
                TestDatabases.DEFAULTS);
        transcripts = new TranscriptStore(database.jdbi(), 5);
        ana = store.inTransaction(session -> session.memberFor(new MemberKey("web", "local", "ana"), "")).id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static List<TranscriptStore.Entry> said(final String... texts) {
        return java.util.Arrays.stream(texts).map(text -> new TranscriptStore.Entry("bot", text)).toList();
    }

    @Test
    @DisplayName("GIVEN a bound of 5 WHEN 12 messages are kept THEN the newest 5 remain, in order, numbered on")
    void keepsTheNewestWithinTheBound() {
        IntStream.rangeClosed(1, 12).forEach(n -> transcripts.append(ana, n, said("m" + n), false, 0));

        assertThat(transcripts.of(ana)).extracting(TranscriptRow::body).containsExactly("m8", "m9", "m10", "m11", "m12");
        assertThat(transcripts.of(ana)).extracting(TranscriptRow::seq).containsExactly(8L, 9L, 10L, 11L, 12L);
    }

    @Test
    @DisplayName("GIVEN a question and a nudge WHEN the member answers THEN the question's buttons stop applying, "
            + "the nudge's stay until it is clicked")
    void answersSettleQuestionsButNotNudges() {
        final long question = transcripts.append(ana, 1, said("Phone, video or on-site?"), false, 0).get(0);
        final long nudge = transcripts.append(ana, 2, List.of(new TranscriptStore.Entry("nudge", "Time to thank")),
                false, 0).get(0);

        transcripts.append(ana, 3, List.of(new TranscriptStore.Entry("member", "video")), true, 0);
        assertThat(transcripts.open(ana, question)).isFalse();
        assertThat(transcripts.open(ana, nudge)).isTrue();

        transcripts.append(ana, 4, List.of(new TranscriptStore.Entry("member", "I sent it")), true, nudge);
        assertThat(transcripts.open(ana, nudge)).isFalse();
    }

    @Test
    @DisplayName("GIVEN a member's transcript WHEN the member is forgotten THEN none of it is left")
    void forgetDeletesTheTranscript() {
        transcripts.append(ana, 1, said("ben@acme.test"), false, 0);

        store.useTransaction(session -> session.forget(ana));

        assertThat(transcripts.of(ana)).isEmpty();
    }
}
