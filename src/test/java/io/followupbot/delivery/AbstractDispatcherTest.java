package io.followupbot.delivery;

import io.followupbot.testkit.SettableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.followupbot.config.BotConfig;
import io.followupbot.interview.Cadence;
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
import io.followupbot.store.BulkPlans;
import io.followupbot.store.Claim;
import io.followupbot.store.Database;
import io.followupbot.store.DeliveryStore;
import io.followupbot.store.rows.EventRow;
import io.followupbot.store.rows.PlanStepRow;
import io.followupbot.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The delivery contract, run on a real SQLite file and a real PostgreSQL: on time, once, retried with
 * backoff, after any crash, collapsed after downtime, quiet at night, across several instances.
 */
abstract class AbstractDispatcherTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 2025-03-03, 10:00 in Berlin. */
    static final Instant START = berlin("2025-03-03T10:00").toInstant();
    static final Duration LEASE = Duration.ofMinutes(5);
    static final BotConfig.Defaults DEFAULTS = new BotConfig.Defaults(BERLIN, "DE", LocalTime.of(9, 0),
            LocalTime.of(21, 0), LocalTime.of(8, 0), Cadence.STANDARD);

    SettableClock clock;
    Database database;
    Store store;
    DeliveryStore delivery;
    RecordingSender sender;
    List<Member> notified;

    /** A new, empty, migrated database. */
    abstract Database openDatabase();

    /** How many dispatchers share the database in the concurrency test. */
    abstract int instances();

    @BeforeEach
    void openStore() {
        clock = new SettableClock(START);
        database = openDatabase();
        store = new Store(database.jdbi(), clock, DEFAULTS);
        delivery = new DeliveryStore(store, database.isPostgres());
        sender = new RecordingSender();
        notified = Collections.synchronizedList(new ArrayList<>());
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    static ZonedDateTime berlin(final String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN);
    }

    DispatcherSettings settings(final String instance) {
        return new DispatcherSettings(instance, LEASE, 50, Duration.ofMillis(20),
                new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 5));
    }

    Dispatcher dispatcher(final String instance) {
        return dispatcher(instance, sender);
    }

    Dispatcher dispatcher(final String instance, final NudgeSender platform) {
        return new Dispatcher(delivery, new TestRenderer(), platform, (member, reason) -> notified.add(member), clock, settings(instance));
    }

    DispatchReport runAt(final Dispatcher dispatcher, final Instant at) {
        clock.set(at);
        return dispatcher.runOnce();
    }

    /** A member with one interview whose plan has a check-in at each of the given times. */
    Planned plan(final String user, final ZonedDateTime... dues) {
        return store.inTransaction(session -> {
            final Member member = session.memberFor(new MemberKey("slack", "T1", user), user);
            return planFor(member, dues);
        });
    }

    /** One more interview of an existing member, with a check-in at each of the given times. */
    Planned planFor(final Member member, final ZonedDateTime... dues) {
        return planFor(member, StepKind.CHECK_IN, dues);
    }

    /** Another interview of the member, whose plan has a step of this kind at each of the given times. */
    Planned planFor(final Member member, final StepKind kind, final ZonedDateTime... dues) {
        return store.inTransaction(session -> {
            final Interview interview = new Interview("Acme", "Engineer", START.minus(Duration.ofDays(10)), null,
                    InterviewFormat.VIDEO, List.of(Interviewer.named("Ana Ruiz")), Optional.empty(),
                    ContactChannel.EMAIL, START.minus(Duration.ofDays(10)), "");
            final StoredInterview stored = session.addInterview(member.id(), interview, Stage.WAITING);
            final List<PlannedStep> steps = new ArrayList<>();
            for (int index = 0; index < dues.length; index++) {
                steps.add(new PlannedStep(kind, dues[index], Optional.empty(), index + 1, false));
            }
            session.replacePlan(stored.id(), member.id(), steps);
            return new Planned(member, stored, session.steps(stored.id()));
        });
    }

    record Planned(Member member, StoredInterview interview, List<PlanStepRow> steps) {

        String stepId(final int index) {
            return steps.get(index).id();
        }
    }

    PlanStepRow row(final String stepId) {
        return delivery.step(stepId).orElseThrow();
    }

    List<String> eventKinds(final String memberId) {
        return store.inTransaction(session -> session.eventLog(memberId)).stream().map(EventRow::kind).toList();
    }

    Member member(final String memberId) {
        return store.inTransaction(session -> session.member(memberId)).orElseThrow();
    }

    @Test
    @DisplayName("a nudge is sent when its step falls due, not a second before, and exactly once")
    void sendsOnTimeAndOnce() {
        // GIVEN a check-in due at 14:00
        final Planned ana = plan("ana", berlin("2025-03-03T14:00"));
        final Instant due = berlin("2025-03-03T14:00").toInstant();
        final Dispatcher dispatcher = dispatcher("a");
        // WHEN the dispatcher runs a second before, at the time, and a week later
        runAt(dispatcher, due.minusSeconds(1));
        final List<Nudge> before = sender.attempts();
        runAt(dispatcher, due);
        runAt(dispatcher, due.plus(Duration.ofDays(7)));
        // THEN one nudge went out at 14:00, recorded as delivered in the plan and the event log
        assertThat(before).isEmpty();
        assertThat(sender.delivered()).extracting(Nudge::stepId).containsExactly(ana.stepId(0));
        final PlanStepRow row = row(ana.stepId(0));
        assertThat(row.status()).isEqualTo("delivered");
        assertThat(row.deliveredAt()).isEqualTo(due.toEpochMilli());
        assertThat(row.claimedBy()).isNull();
        assertThat(eventKinds(ana.member().id())).containsExactly("delivered");
    }

    @Test
    @DisplayName("a nudge is rendered at send time from the interview as it is now, with its actions")
    void rendersTheCurrentInterview() {
        // GIVEN a planned check-in, and the company renamed after planning
        final Planned ana = plan("ana", berlin("2025-03-03T14:00"));
        store.useTransaction(session -> session.updateInterview(ana.interview().with(
                renamed(ana.interview().interview(), "Globex"), Stage.WAITING)));
        // WHEN it falls due
        runAt(dispatcher("a"), berlin("2025-03-03T14:00").toInstant());
        // THEN the nudge names the new company and carries its actions
        final Nudge nudge = sender.delivered().get(0);
        assertThat(nudge.message().text()).contains("Globex").doesNotContain("Acme");
        assertThat(nudge.memberKey()).isEqualTo(new MemberKey("slack", "T1", "ana"));
        assertThat(nudge.message().buttons()).extracting(io.followupbot.chat.Button::value)
                .containsExactly("sent 1 check_in", "heard 1");
    }

    private static Interview renamed(final Interview interview, final String company) {
        return new Interview(company, interview.role(), interview.startsAt(), interview.length(), interview.format(),
                interview.interviewers(), interview.decisionDate(), interview.channel(), interview.recordedAt(),
                interview.addition());
    }

    @Test
    @DisplayName("a passing failure is retried with exponential backoff, never before the backoff ends")
    void retriesWithBackoff() {
        // GIVEN a platform that fails twice, then accepts
        final Planned ana = plan("ana", berlin("2025-03-03T14:00"));
        final Instant due = berlin("2025-03-03T14:00").toInstant();
        final AtomicInteger calls = new AtomicInteger();
        sender.answer(nudge -> calls.incrementAndGet() <= 2 ? SendResult.retryLater("HTTP 503")
                : SendResult.delivered());
        final Dispatcher dispatcher = dispatcher("a");
        // WHEN the dispatcher runs around each retry time (1 minute, then 2 minutes later)
        runAt(dispatcher, due);
        runAt(dispatcher, due.plusSeconds(59));
        final int afterFirstBackoff = sender.attempts().size();
        runAt(dispatcher, due.plusSeconds(60));
        runAt(dispatcher, due.plusSeconds(179));
        final int afterSecondBackoff = sender.attempts().size();
        runAt(dispatcher, due.plusSeconds(180));
        runAt(dispatcher, due.plus(Duration.ofDays(1)));
        // THEN it was tried exactly at 0, +1 and +3 minutes, and delivered once
        assertThat(afterFirstBackoff).isEqualTo(1);
        assertThat(afterSecondBackoff).isEqualTo(2);
        assertThat(sender.attempts()).hasSize(3);
        assertThat(sender.delivered()).hasSize(1);
        assertThat(row(ana.stepId(0)).status()).isEqualTo("delivered");
        assertThat(row(ana.stepId(0)).attempts()).isEqualTo(2);
    }

    @Test
    @DisplayName("a 429 with Retry-After is not retried before the platform's time, even when longer than the backoff")
    void honoursRetryAfter() {
        // GIVEN a platform that rate-limits the first attempt for 10 minutes
        plan("ana", berlin("2025-03-03T14:00"));
        final Instant due = berlin("2025-03-03T14:00").toInstant();
        final AtomicInteger calls = new AtomicInteger();
        sender.answer(nudge -> calls.incrementAndGet() == 1
                ? SendResult.retryAfter(Duration.ofMinutes(10), "HTTP 429") : SendResult.delivered());
        final Dispatcher dispatcher = dispatcher("a");
        // WHEN the dispatcher runs at the due time, a second before the Retry-After ends, and at its end
        runAt(dispatcher, due);
        runAt(dispatcher, due.plus(Duration.ofMinutes(10)).minusSeconds(1));
        final int beforeRetryAfter = sender.attempts().size();
        runAt(dispatcher, due.plus(Duration.ofMinutes(10)));
        // THEN the second attempt came only after ten minutes
        assertThat(beforeRetryAfter).isEqualTo(1);
        assertThat(sender.attempts()).hasSize(2);
        assertThat(sender.delivered()).hasSize(1);
    }

    @Test
    @DisplayName("after the last allowed attempt a failing step is given up, and the member stays reachable")
    void givesUpAfterMaxAttempts() {
        // GIVEN a platform that always fails for a while
        final Planned ana = plan("ana", berlin("2025-03-03T14:00"));
        sender.answer(nudge -> SendResult.retryLater("HTTP 500"));
        final Dispatcher dispatcher = dispatcher("a");
        // WHEN the dispatcher runs every two hours for a day
        Instant at = berlin("2025-03-03T14:00").toInstant();
        for (int run = 0; run < 12; run++) {
            runAt(dispatcher, at);
            at = at.plus(Duration.ofHours(2));
        }
        // THEN it tried five times (the policy's maximum), then failed the step
        assertThat(sender.attempts()).hasSize(5);
        assertThat(row(ana.stepId(0)).status()).isEqualTo("failed");
        assertThat(row(ana.stepId(0)).lastError()).isEqualTo("HTTP 500");
        assertThat(member(ana.member().id()).reachable()).isTrue();
        assertThat(eventKinds(ana.member().id())).containsExactly("delivery_failed");
    }

    @Test
    @DisplayName("a permanent failure marks the member unreachable, tells them once, and pauses their other steps")
    void permanentFailureMakesTheMemberUnreachable() {
        // GIVEN a member with three steps over two interviews, last seen in #general, who left the workspace
        final Planned first = plan("ana", berlin("2025-03-03T14:00"), berlin("2025-03-04T14:00"));
        store.useTransaction(session -> session.saveMember(new Member(first.member().id(), first.member().key(),
                "ana", first.member().settings(), true, Optional.empty(), Optional.of("C-general"),
                Optional.empty())));
        final Planned second = planFor(first.member(), berlin("2025-03-05T14:00"));
        sender.answer(nudge -> SendResult.permanent("Discord 50007: cannot send messages to this user"));
        final Dispatcher dispatcher = dispatcher("a");
        // WHEN the first step falls due, and the dispatcher keeps running for a week
        runAt(dispatcher, berlin("2025-03-03T14:00").toInstant());
        for (int day = 1; day <= 7; day++) {
            runAt(dispatcher, berlin("2025-03-03T14:00").plusDays(day).toInstant());
        }
        // THEN one attempt only; the member is unreachable since then and was told once where they last were
        assertThat(sender.attempts()).hasSize(1);
        assertThat(member(first.member().id()).unreachableSince())
                .contains(berlin("2025-03-03T14:00").toInstant());
        assertThat(notified).hasSize(1);
        assertThat(notified.get(0).lastChannel()).contains("C-general");
        assertThat(row(first.stepId(0)).status()).isEqualTo("failed");
        assertThat(row(first.stepId(1)).status()).isEqualTo("paused");
        assertThat(row(second.stepId(0)).status()).isEqualTo("paused");
        assertThat(eventKinds(first.member().id())).containsExactlyInAnyOrder("delivery_failed", "member_unreachable");
    }

    @Test
    @DisplayName("a member who is back gets their paused steps: the overdue ones of one interview collapsed to the latest")
    void resumedMemberGetsPausedSteps() {
        // GIVEN an unreachable member whose steps were paused
        final Planned first = plan("ana", berlin("2025-03-03T14:00"), berlin("2025-03-04T14:00"),
                berlin("2025-03-05T14:00"));
        final Planned second = planFor(first.member(), berlin("2025-03-04T15:00"));
        sender.answer(nudge -> SendResult.permanent("user left the workspace"));
        final Dispatcher dispatcher = dispatcher("a");
        runAt(dispatcher, berlin("2025-03-03T14:00").toInstant());
        // WHEN they come back a week later and the platform accepts again
        sender.answer(nudge -> SendResult.delivered());
        runAt(dispatcher, berlin("2025-03-10T10:00").toInstant());
        final List<Nudge> whileUnreachable = sender.delivered();
        final int resumed = delivery.resumeMember(first.member().id());
        dispatcher.runOnce();
        final List<Nudge> atOnce = sender.delivered();
        runAt(dispatcher, berlin("2025-03-10T12:00").toInstant());
        // THEN nothing went out while unreachable; then one nudge per interview, the latest step of each, one at a
        // time (the most recently due first)
        assertThat(whileUnreachable).isEmpty();
        assertThat(resumed).isEqualTo(3);
        assertThat(member(first.member().id()).reachable()).isTrue();
        assertThat(atOnce).extracting(Nudge::stepId).containsExactly(first.stepId(2));
        assertThat(sender.delivered()).extracting(Nudge::stepId).containsExactly(first.stepId(2), second.stepId(0));
        assertThat(row(first.stepId(1)).status()).isEqualTo("collapsed");
    }

    @Test
    @DisplayName("steps cancelled by a replan or an archive before they fall due are never sent")
    void cancelledStepsAreNeverSent() {
        // GIVEN two interviews with planned steps
        final Planned replanned = plan("ana", berlin("2025-03-03T11:00"), berlin("2025-03-03T12:00"));
        final Planned archived = planFor(replanned.member(), berlin("2025-03-03T11:00"));
        // WHEN the first is replanned without steps and the second archived, before anything is due
        store.useTransaction(session -> {
            session.replacePlan(replanned.interview().id(), replanned.member().id(), List.of());
            session.cancelPlan(archived.interview().id());
        });
        final Dispatcher dispatcher = dispatcher("a");
        runAt(dispatcher, berlin("2025-03-03T12:00").toInstant());
        runAt(dispatcher, berlin("2025-03-10T12:00").toInstant());
        // THEN nothing is sent, ever
        assertThat(sender.attempts()).isEmpty();
        assertThat(row(replanned.stepId(0)).status()).isEqualTo("cancelled");
        assertThat(row(replanned.stepId(1)).status()).isEqualTo("cancelled");
        assertThat(row(archived.stepId(0)).status()).isEqualTo("cancelled");
    }

    @Test
    @DisplayName("after downtime, three overdue steps of one interview give one nudge, the latest; the others are collapsed")
    void catchUpCollapsesOverdueSteps() {
        // GIVEN three steps of one interview and one of another that all fell due while the bot was down
        final Planned first = plan("ana", berlin("2025-02-28T10:00"), berlin("2025-03-01T10:00"),
                berlin("2025-03-02T10:00"));
        final Planned second = planFor(first.member(), berlin("2025-03-02T11:00"));
        // WHEN the bot starts on Monday at 10:00 and keeps running for a week
        final Dispatcher dispatcher = dispatcher("a");
        final DispatchReport report = runAt(dispatcher, START);
        runAt(dispatcher, START.plus(Duration.ofDays(7)));
        // THEN one nudge for each interview, the latest step of the first; the two older ones are collapsed
        assertThat(sender.delivered()).extracting(Nudge::stepId)
                .containsExactlyInAnyOrder(first.stepId(2), second.stepId(0));
        assertThat(report.collapsed()).isEqualTo(2);
        assertThat(row(first.stepId(0)).status()).isEqualTo("collapsed");
        assertThat(row(first.stepId(1)).status()).isEqualTo("collapsed");
        assertThat(eventKinds(first.member().id()))
                .containsExactlyInAnyOrder("collapsed", "collapsed", "delivered", "delivered");
    }

    @Test
    @DisplayName("after downtime, a member with three interviews gets one overdue nudge at a time: the thank-you "
            + "first, then the others two hours apart, the latest due first")
    void catchUpSpacesOneMembersInterviews() {
        // GIVEN three interviews of one member, each with a step that fell due while the bot was down
        final Planned oldest = plan("ana", berlin("2025-02-28T10:00"));
        final Planned thanks = planFor(oldest.member(), StepKind.THANK_YOU, berlin("2025-03-01T18:00"));
        final Planned latest = planFor(oldest.member(), berlin("2025-03-02T10:00"));
        final Dispatcher dispatcher = dispatcher("a");
        // WHEN the bot starts on Monday at 10:00, and runs again at noon and at 14:00
        final DispatchReport atStart = runAt(dispatcher, START);
        final List<Nudge> first = sender.delivered();
        runAt(dispatcher, START.plus(Duration.ofHours(2)));
        runAt(dispatcher, START.plus(Duration.ofHours(4)));
        // THEN the thank-you (it has a deadline) went out first and alone; the others waited their turn
        assertThat(first).extracting(Nudge::stepId).containsExactly(thanks.stepId(0));
        assertThat(atStart.deferred()).isEqualTo(2);
        assertThat(sender.delivered()).extracting(Nudge::stepId)
                .containsExactly(thanks.stepId(0), latest.stepId(0), oldest.stepId(0));
        assertThat(row(latest.stepId(0)).deliveredAt()).isEqualTo(START.plus(Duration.ofHours(2)).toEpochMilli());
    }

    @Test
    @DisplayName("when the bot comes back at night, the overdue nudges of one member start when the quiet hours end, "
            + "two hours apart")
    void catchUpTurnsRespectQuietHours() {
        // GIVEN two interviews of one member with a step overdue, and the bot back at 23:00 (quiet 21:00-08:00)
        final Planned one = plan("ana", berlin("2025-03-02T10:00"));
        final Planned two = planFor(one.member(), berlin("2025-03-03T10:00"));
        final Dispatcher dispatcher = dispatcher("a");
        // WHEN it runs at 23:00
        runAt(dispatcher, berlin("2025-03-03T23:00").toInstant());
        // THEN nothing goes out at night; the latest due is sent at 08:00, the other at 10:00
        assertThat(sender.attempts()).isEmpty();
        assertThat(row(two.stepId(0)).dueAt()).isEqualTo(berlin("2025-03-04T08:00").toInstant().toEpochMilli());
        assertThat(row(one.stepId(0)).dueAt()).isEqualTo(berlin("2025-03-04T10:00").toInstant().toEpochMilli());
        runAt(dispatcher, berlin("2025-03-04T08:00").toInstant());
        assertThat(sender.delivered()).extracting(Nudge::stepId).containsExactly(two.stepId(0));
    }

    @Test
    @DisplayName("collapsing holds when the overdue steps of one interview land in different batches")
    void collapsesAcrossBatches() {
        // GIVEN three overdue steps of one interview and a dispatcher that claims one step at a time
        final Planned ana = plan("ana", berlin("2025-02-28T10:00"), berlin("2025-03-01T10:00"),
                berlin("2025-03-02T10:00"));
        final Dispatcher dispatcher = new Dispatcher(delivery, new TestRenderer(), sender, (member, reason) -> notified.add(member), clock,
                settings("a").withBatchSize(1));
        // WHEN it runs until there is nothing left
        int runs = 0;
        while (dispatcher.runOnce().tookWork()) {
            runs++;
        }
        // THEN only the latest was sent
        assertThat(runs).isEqualTo(3);
        assertThat(sender.delivered()).extracting(Nudge::stepId).containsExactly(ana.stepId(2));
    }

    @Test
    @DisplayName("a step due at 23:00 local time, inside the quiet hours, is sent at 08:00 when they end")
    void quietHoursPushToTheirEnd() {
        // GIVEN a step due at 23:00 in Berlin, quiet from 21:00 to 08:00
        final Planned ana = plan("ana", berlin("2025-03-03T23:00"));
        final Dispatcher dispatcher = dispatcher("a");
        // WHEN the dispatcher runs at 23:00, at 07:59:59 and at 08:00
        runAt(dispatcher, berlin("2025-03-03T23:00").toInstant());
        final long deferredTo = row(ana.stepId(0)).dueAt();
        runAt(dispatcher, berlin("2025-03-04T07:59:59").toInstant());
        final List<Nudge> beforeMorning = sender.attempts();
        runAt(dispatcher, berlin("2025-03-04T08:00").toInstant());
        // THEN it went out at 08:00, not at night
        assertThat(deferredTo).isEqualTo(berlin("2025-03-04T08:00").toInstant().toEpochMilli());
        assertThat(beforeMorning).isEmpty();
        assertThat(sender.delivered()).hasSize(1);
        assertThat(row(ana.stepId(0)).deliveredAt()).isEqualTo(berlin("2025-03-04T08:00").toInstant().toEpochMilli());
    }

    @Test
    @DisplayName("a process that dies after sending, before marking, repeats the nudge once after the lease, never twice")
    void crashAfterSendRepeatsOnce() {
        // GIVEN a step, and a dispatcher whose process dies right after the platform accepted the nudge
        final Planned ana = plan("ana", berlin("2025-03-03T14:00"));
        final Instant due = berlin("2025-03-03T14:00").toInstant();
        final Dispatcher dying = dispatcher("a", nudge -> {
            sender.send(nudge);
            throw new SimulatedCrash();
        });
        clock.set(due);
        assertThatThrownBy(dying::runOnce).isInstanceOf(SimulatedCrash.class);
        // WHEN a new instance runs before the lease ends, after it ends, and a week later
        final Dispatcher restarted = dispatcher("b");
        runAt(restarted, due.plus(LEASE).minusSeconds(1));
        final int beforeExpiry = sender.delivered().size();
        runAt(restarted, due.plus(LEASE).plusSeconds(1));
        runAt(restarted, due.plus(Duration.ofDays(7)));
        runAt(dying, due.plus(Duration.ofDays(8)));
        // THEN it was sent exactly twice in all: once before the crash, once more after the lease
        assertThat(beforeExpiry).isEqualTo(1);
        assertThat(sender.delivered()).extracting(Nudge::stepId).containsExactly(ana.stepId(0), ana.stepId(0));
        assertThat(row(ana.stepId(0)).status()).isEqualTo("delivered");
    }

    @Test
    @DisplayName("a process that dies after claiming, before sending, loses nothing: sent once after the lease")
    void crashAfterClaimSendsOnce() {
        // GIVEN a due step claimed by an instance that then died
        final Planned ana = plan("ana", berlin("2025-03-03T14:00"));
        final Instant due = berlin("2025-03-03T14:00").toInstant();
        final Claim claim = delivery.claimDue("a", due, LEASE, 10);
        // WHEN a new instance runs before the lease ends, after it ends, and a week later
        final Dispatcher restarted = dispatcher("b");
        runAt(restarted, due.plus(Duration.ofMinutes(1)));
        final int beforeExpiry = sender.attempts().size();
        runAt(restarted, due.plus(LEASE).plusSeconds(1));
        runAt(restarted, due.plus(Duration.ofDays(7)));
        // THEN it was sent exactly once, after the lease
        assertThat(claim.steps()).extracting(PlanStepRow::id).containsExactly(ana.stepId(0));
        assertThat(beforeExpiry).isZero();
        assertThat(sender.delivered()).extracting(Nudge::stepId).containsExactly(ana.stepId(0));
        assertThat(row(ana.stepId(0)).status()).isEqualTo("delivered");
    }

    /** One due step for each of ana, bob and cyd, Monday 3 March 2025 at 14:00 in Berlin; their step ids. */
    private List<String> threeStepsDueAtTwo() {
        return Stream.of("ana", "bob", "cyd").map(member -> plan(member, berlin("2025-03-03T14:00")).stepId(0)).toList();
    }

    @Test
    @DisplayName("a slow batch renews its lease as it goes: another instance running meanwhile sends none of its steps")
    void aSlowBatchKeepsItsClaim() {
        // GIVEN three due steps and a platform so slow that each send takes half the lease, during which
        // another instance runs
        final List<String> due = threeStepsDueAtTwo();
        final Dispatcher other = dispatcher("b");
        final List<DispatchReport> otherRuns = new ArrayList<>();
        final Dispatcher slow = dispatcher("a", nudge -> {
            final SendResult result = sender.send(nudge);
            clock.advance(LEASE.dividedBy(2));
            otherRuns.add(other.runOnce());
            return result;
        });
        // WHEN it runs at the due time
        final DispatchReport report = runAt(slow, berlin("2025-03-03T14:00").toInstant());
        // THEN it sent all three, the other instance found nothing to take, and none went out twice
        assertThat(report.delivered()).isEqualTo(3);
        assertThat(otherRuns).allMatch(run -> !run.tookWork());
        assertThat(sender.delivered()).extracting(Nudge::stepId).containsExactlyInAnyOrderElementsOf(due);
    }

    @Test
    @DisplayName("a run that stalled past its lease gives the rest of its batch back unsent, and each step goes out once")
    void releasesTheRestWhenTheLeaseRanOut() {
        // GIVEN three due steps and a platform that stalls the process for longer than the lease on the first send
        final List<String> due = threeStepsDueAtTwo();
        final Dispatcher stalling = dispatcher("a", nudge -> {
            final SendResult result = sender.send(nudge);
            if (sender.attempts().size() == 1) {
                clock.advance(LEASE.plusSeconds(1));
            }
            return result;
        });
        // WHEN it runs at the due time, and again after that
        final DispatchReport report = runAt(stalling, berlin("2025-03-03T14:00").toInstant());
        stalling.runOnce();
        // THEN the first run sent one and gave two back, which the second run sent; none twice
        assertThat(report.delivered()).isEqualTo(1);
        assertThat(report.released()).isEqualTo(2);
        assertThat(sender.delivered()).extracting(Nudge::stepId).containsExactlyInAnyOrderElementsOf(due);
    }

    @Test
    @DisplayName("each nudge is settled as it is sent: a crash in the middle of a batch repeats only the nudge in flight")
    void crashMidBatchRepeatsOnlyTheNudgeInFlight() {
        // GIVEN ten due steps and an instance that dies right after the platform accepted the fourth
        for (int member = 0; member < 10; member++) {
            plan("m" + member, berlin("2025-03-03T14:00"));
        }
        final Instant due = berlin("2025-03-03T14:00").toInstant();
        final Dispatcher dying = dispatcher("a", nudge -> {
            final SendResult result = sender.send(nudge);
            if (sender.attempts().size() == 4) {
                throw new SimulatedCrash();
            }
            return result;
        });
        clock.set(due);
        assertThatThrownBy(dying::runOnce).isInstanceOf(SimulatedCrash.class);
        // WHEN the instance restarts under the same id and its poller takes its claims back at once
        try (Dispatcher restarted = dispatcher("a")) {
            restarted.start();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> BulkPlans.count(database.jdbi(), "delivered") == 10);
        }
        // THEN every step went out, and only the one in flight at the crash twice
        final java.util.Map<String, Long> copies = sender.delivered().stream()
                .collect(Collectors.groupingBy(Nudge::stepId, Collectors.counting()));
        assertThat(copies).hasSize(10);
        assertThat(copies.values().stream().filter(count -> count > 1)).containsExactly(2L);
        assertThat(BulkPlans.count(database.jdbi(), "claimed")).isZero();
    }

    @Test
    @DisplayName("the background poller delivers due work without runOnce being called")
    void pollerDeliversInTheBackground() {
        // GIVEN a due step
        final Planned ana = plan("ana", berlin("2025-03-03T09:00"));
        // WHEN the poller runs for a while
        try (Dispatcher dispatcher = dispatcher("a")) {
            dispatcher.start();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !sender.delivered().isEmpty());
            // and later polls do not send it again
            org.awaitility.Awaitility.await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5))
                    .until(() -> sender.delivered().size() == 1);
        }
        // THEN it was delivered once
        assertThat(sender.delivered()).extracting(Nudge::stepId).containsExactly(ana.stepId(0));
    }

    @Test
    @DisplayName("several dispatchers on one database deliver 10,000 due nudges, each exactly once, none lost")
    void concurrentDispatchersDeliverEachNudgeOnce() throws Exception {
        // GIVEN 10,000 due steps of 10,000 interviews of 100 members
        final long dueAt = START.minus(Duration.ofMinutes(1)).toEpochMilli();
        BulkPlans.insert(database.jdbi(), "slack", 100, 100, 1, START.toEpochMilli(), (interview, step) -> dueAt);
        // WHEN the dispatchers run concurrently, each on its own thread, until they find no more work
        final ExecutorService threads = Executors.newFixedThreadPool(instances());
        final List<Future<Integer>> delivered = new ArrayList<>();
        for (int instance = 0; instance < instances(); instance++) {
            final Dispatcher dispatcher = new Dispatcher(delivery, new TestRenderer(), sender, (member, reason) -> notified.add(member), clock,
                    settings("instance-" + instance).withBatchSize(200));
            delivered.add(threads.submit(() -> {
                int count = 0;
                DispatchReport report = dispatcher.runOnce();
                while (report.tookWork()) {
                    count += report.delivered();
                    report = dispatcher.runOnce();
                }
                return count;
            }));
        }
        int total = 0;
        for (final Future<Integer> each : delivered) {
            total += each.get(5, TimeUnit.MINUTES);
        }
        threads.shutdown();
        // THEN every step was sent once and marked once, with one delivery record each
        final List<String> sent = sender.delivered().stream().map(Nudge::stepId).toList();
        assertThat(sent).hasSize(10_000);
        assertThat(sent.stream().collect(Collectors.toSet())).hasSize(10_000);
        assertThat(total).isEqualTo(10_000);
        assertThat(BulkPlans.count(database.jdbi(), "delivered")).isEqualTo(10_000);
        assertThat(BulkPlans.count(database.jdbi(), "pending")).isZero();
        assertThat(BulkPlans.count(database.jdbi(), "claimed")).isZero();
        assertThat(BulkPlans.countEvents(database.jdbi(), "delivered")).isEqualTo(10_000);
    }
}
