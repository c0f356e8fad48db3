package io.followupbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.followupbot.interview.Cadence;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.Stage;
import io.followupbot.interview.StepKind;
import io.followupbot.interview.StoredInterview;
import io.followupbot.testkit.SettableClock;
import io.followupbot.testkit.TestDatabases;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import io.followupbot.testkit.SealedAndClear;
import org.junit.jupiter.api.io.TempDir;
import io.followupbot.store.rows.PlanStepRow;

@SealedAndClear
final class StoreTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final MemberKey ANA = new MemberKey("slack", "T1", "U1");

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-10T12:00:00Z"));
    @AutoClose
    private final Database database;
    private final Store store;

    /** @param sealed whether member data is sealed (FOLLOWUP_ENCRYPTION_KEY set): every test runs both ways */
    StoreTest(final boolean sealed, @TempDir final Path folder) {
        database = Database.openAndMigrate(TestDatabases.sqlite(folder, sealed));
        store = TestDatabases.store(database, clock);
    }

    /** Ana's member id: she is made a member when first seen. */
    private String anaId() {
        return store.inTransaction((StoreSession session) -> session.memberFor(ANA, "Ana")).id();
    }

    /** The sample interview, stored for {@code memberId} at {@code stage}. */
    private StoredInterview interviewOf(final String memberId, final Stage stage) {
        return store.inTransaction((StoreSession session) -> session.addInterview(memberId, sampleInterview(), stage));
    }

    private static Interview sampleInterview() {
        return new Interview("Acme", "Data Analyst", Instant.parse("2026-03-10T18:00:00Z"), Duration.ofMinutes(60),
                InterviewFormat.VIDEO,
                List.of(new Interviewer("Ana Ruiz", "Head of Data", "ana@acme.test", "their move to dbt"),
                        new Interviewer("Ben Ode", "", "", "")),
                Optional.of(LocalDate.parse("2026-03-13")), ContactChannel.EMAIL,
                Instant.parse("2026-03-10T20:00:00Z"), "I led the churn model rebuild");
    }

    @Test
    @DisplayName("GIVEN a new member WHEN first seen THEN they get the configured defaults, and settings round-trip")
    void memberRoundTrip() {
        final Member created = store.inTransaction((StoreSession session) -> session.memberFor(ANA, "Ana"));
        assertThat(created.settings().zone()).isEqualTo(NEW_YORK);
        assertThat(created.zoneConfirmed()).isFalse();

        final Member changed = new Member(created.id(), created.key(), "Ana R.",
                created.settings().withZone(ZoneId.of("Europe/Berlin")).withCountry("DE").withCadence(Cadence.GENTLE)
                        .withNudgeHour(LocalTime.of(10, 30)).withName("Ana Ruiz", "+1 555 0100"),
                true, Optional.of("D123"), Optional.of("C9"), Optional.empty());
        store.useTransaction(session -> session.saveMember(changed));

        final Member read = store.inTransaction((StoreSession session) -> session.findMember(ANA)).orElseThrow();
        assertThat(read).isEqualTo(changed);
        assertThat(store.inTransaction((StoreSession session) -> session.memberFor(ANA, "other")).id()).isEqualTo(created.id());
    }

    @Test
    @DisplayName("GIVEN an interview WHEN stored, read and edited THEN every field and interviewer round-trips")
    void interviewRoundTrip() {
        final String memberId = anaId();
        final StoredInterview first = interviewOf(memberId, Stage.THANK_YOU_DUE);
        final StoredInterview second = interviewOf(memberId, Stage.UPCOMING);

        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(store.inTransaction((StoreSession session) -> session.interview(memberId, 1))).contains(first);

        final Interview edited = new Interview("Acme Corp", "Senior Data Analyst", first.interview().startsAt(),
                first.interview().length(), InterviewFormat.ONSITE,
                List.of(new Interviewer("Cleo Park", "CTO", "cleo@acme.test", "the data platform")), Optional.empty(),
                ContactChannel.PHONE, first.interview().recordedAt(), "");
        store.useTransaction(session -> session.updateInterview(first.with(edited, Stage.WAITING)));

        assertThat(store.inTransaction((StoreSession session) -> session.interview(memberId, 1)).orElseThrow())
                .isEqualTo(first.with(edited, Stage.WAITING));
        assertThat(store.inTransaction((StoreSession session) -> session.interviews(memberId))).hasSize(2);
    }

    @Test
    @DisplayName("GIVEN two members WHEN one asks for the other's interview number THEN nothing is returned")
    void membersNeverSeeEachOther() {
        final String ana = anaId();
        final String ben = store.inTransaction((StoreSession session) -> session.memberFor(new MemberKey("slack", "T2", "U1"), "Ben")).id();
        store.useTransaction(session -> session.addInterview(ana, sampleInterview(), Stage.WAITING));

        assertThat(store.inTransaction((StoreSession session) -> session.interview(ben, 1))).isEmpty();
        assertThat(store.inTransaction((StoreSession session) -> session.interviews(ben))).isEmpty();
    }

    @Test
    @DisplayName("GIVEN every kind of event WHEN appended THEN the log returns them in order, unchanged")
    void eventLogRoundTrip() {
        final String memberId = anaId();
        final StoredInterview stored = interviewOf(memberId, Stage.WAITING);
        final Instant at = Instant.parse("2026-03-11T14:00:00Z");
        final List<InterviewEvent> events = List.of(
                new InterviewEvent.Sent(at, StepKind.THANK_YOU, Optional.of("Ana Ruiz")),
                new InterviewEvent.StillDeciding(at, Optional.of(LocalDate.parse("2026-03-20"))),
                new InterviewEvent.StillDeciding(at, Optional.empty()),
                new InterviewEvent.CompetingOffer(at, LocalDate.parse("2026-03-25")),
                new InterviewEvent.Snoozed(at, StepKind.CHECK_IN, Optional.empty(), at.plusSeconds(86_400)),
                new InterviewEvent.Offer(at), new InterviewEvent.Rejected(at), new InterviewEvent.Withdrew(at),
                new InterviewEvent.Archived(at), new InterviewEvent.Note(at, "'; DROP TABLE events; -- {{x}}"));
        for (final InterviewEvent event : events) {
            clock.advance(Duration.ofSeconds(1));
            store.useTransaction(session -> session.appendEvent(memberId, stored.id(), event));
        }
        store.useTransaction(session -> session.appendRecord(memberId, stored.id(), "delivered", "{}"));

        assertThat(store.inTransaction((StoreSession session) -> session.events(stored.id()))).containsExactlyElementsOf(events);
        assertThat(store.inTransaction((StoreSession session) -> session.eventLog(memberId))).hasSize(events.size() + 1);
    }

    @Test
    @DisplayName("GIVEN a plan WHEN replaced THEN pending steps are cancelled and delivered ones are not planned again")
    void replacePlan() {
        final String memberId = anaId();
        final StoredInterview stored = interviewOf(memberId, Stage.WAITING);
        final ZonedDateTime thanks = ZonedDateTime.of(2026, 3, 10, 17, 0, 0, 0, NEW_YORK);
        final PlannedStep thankYou = PlannedStep.forPerson(StepKind.THANK_YOU, thanks, "Ana Ruiz");
        final PlannedStep checkIn = PlannedStep.of(StepKind.CHECK_IN, thanks.plusDays(6));
        store.useTransaction(session -> session.replacePlan(stored.id(), memberId, List.of(thankYou, checkIn)));
        database.jdbi().useHandle(handle -> handle.createUpdate(
                "UPDATE plan_steps SET status = 'delivered' WHERE kind = 'thank_you'").execute());

        final PlannedStep movedCheckIn = PlannedStep.of(StepKind.CHECK_IN, thanks.plusDays(13));
        store.useTransaction(session -> session.replacePlan(stored.id(), memberId, List.of(thankYou, movedCheckIn)));

        final List<PlanStepRow> rows = store.inTransaction((StoreSession session) -> session.steps(stored.id()));
        assertThat(rows).extracting(PlanStepRow::stepKey, PlanStepRow::status).containsExactlyInAnyOrder(
                Tuple.tuple("thank_you@Ana Ruiz", "delivered"),
                Tuple.tuple("check_in", "cancelled"),
                Tuple.tuple("check_in", "pending"));
        assertThat(rows.stream().filter(row -> row.status().equals("pending")).findFirst().orElseThrow().dueAt())
                .isEqualTo(movedCheckIn.at().toInstant().toEpochMilli());
    }

    @Test
    @DisplayName("GIVEN a write that throws half-way WHEN the transaction ends THEN nothing of it is stored")
    void interruptedWriteLeavesNothing() {
        final String memberId = anaId();

        assertThatThrownBy(() -> store.useTransaction(session -> {
            final StoredInterview stored = session.addInterview(memberId, sampleInterview(), Stage.WAITING);
            session.appendEvent(memberId, stored.id(), new InterviewEvent.Offer(clock.instant()));
            throw new IllegalStateException("the process fell over here");
        })).hasMessageContaining("fell over");

        assertThat(store.inTransaction((StoreSession session) -> session.interviews(memberId))).isEmpty();
        assertThat(store.inTransaction((StoreSession session) -> session.eventLog(memberId))).isEmpty();
        assertThat(store.inTransaction((StoreSession session) -> session.memberFor(ANA, "Ana")))
                .satisfies(member -> assertThat(store.inTransaction((StoreSession session) -> session.addInterview(member.id(),
                        sampleInterview(), Stage.WAITING)).number()).isEqualTo(1));
        assertIntegrity();
    }

    @Test
    @DisplayName("GIVEN eight threads writing at once WHEN they finish THEN every write is there and the file is sound")
    void concurrentWritersNeverCorrupt() throws Exception {
        final ExecutorService pool = Executors.newFixedThreadPool(8);
        final List<Future<?>> writes = new ArrayList<>();
        for (int writer = 0; writer < 8; writer++) {
            final MemberKey key = new MemberKey("slack", "T1", "U" + writer);
            writes.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    store.useTransaction(session -> {
                        final Member member = session.memberFor(key, "m");
                        session.addInterview(member.id(), sampleInterview(), Stage.WAITING);
                    });
                }
            }));
        }
        for (final Future<?> write : writes) {
            write.get();
        }
        pool.shutdown();

        final int interviews = database.jdbi().withHandle(handle ->
                handle.createQuery("SELECT COUNT(*) FROM interviews").mapTo(Integer.class).one());
        assertThat(interviews).isEqualTo(8 * 25);
        assertIntegrity();
    }

    @Test
    @DisplayName("GIVEN a member with interviews, events, steps and a conversation WHEN forgotten THEN no row about them is left")
    void forgetLeavesNothing() {
        final String memberId = anaId();
        final String other = store.inTransaction((StoreSession session) -> session.memberFor(new MemberKey("slack", "T1", "U2"), "B")).id();
        for (final String id : List.of(memberId, other)) {
            store.useTransaction(session -> {
                final StoredInterview stored = session.addInterview(id, sampleInterview(), Stage.WAITING);
                session.appendEvent(id, stored.id(), new InterviewEvent.Offer(clock.instant()));
                session.replacePlan(stored.id(), id, List.of(PlannedStep.of(StepKind.CHECK_IN,
                        ZonedDateTime.now(clock).withZoneSameInstant(NEW_YORK))));
                session.saveConversation(id, "{\"state\":\"company\"}");
            });
            new TranscriptStore(database.jdbi(), 10).append(id, 1L, List.of(new TranscriptStore.Entry("member",
                    "{\"text\":\"ana@acme.test\"}")), true, 0);
        }

        store.useTransaction(session -> session.forget(memberId));

        for (final String table : StoreSession.MEMBER_TABLES) {
            final String where = table.equals("interviewers")
                    ? "interview_id NOT IN (SELECT id FROM interviews)"
                    : (table.equals("members") ? "id" : "member_id") + " = '" + memberId + "'";
            final int left = database.jdbi().withHandle(handle ->
                    handle.createQuery("SELECT COUNT(*) FROM " + table + " WHERE " + where).mapTo(Integer.class).one());
            assertThat(left).as(table).isZero();
        }
        assertThat(store.inTransaction((StoreSession session) -> session.interviews(other))).hasSize(1);
    }

    private void assertIntegrity() {
        final String check = database.jdbi().withHandle(handle ->
                handle.createQuery("PRAGMA integrity_check").mapTo(String.class).one());
        assertThat(check).isEqualTo("ok");
        final int violations = database.jdbi().withHandle(handle ->
                handle.createQuery("PRAGMA foreign_key_check").mapToMap().list().size());
        assertThat(violations).isZero();
    }
}
