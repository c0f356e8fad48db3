package io.followupbot.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.followupbot.delivery.DeliveryContext;
import io.followupbot.delivery.DueBatch;
import io.followupbot.delivery.DueStep;
import io.followupbot.delivery.DueWork;
import io.followupbot.delivery.StepOutcome;
import io.followupbot.interview.Member;
import io.followupbot.interview.StoredInterview;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import io.followupbot.store.rows.EventRow;
import io.followupbot.store.rows.InterviewerRow;
import io.followupbot.store.rows.PlanStepRow;
import io.followupbot.store.sealing.SealedRows;

/**
 * Durable delivery over {@code plan_steps}: the plan rows are the schedule. A dispatcher claims due rows
 * for a lease, sends, and settles them; a claim whose lease ran out (its runner died) is claimed again.
 *
 * <p>Why not db-scheduler: cancelling obsolete steps must commit with the change that made them obsolete
 * (snooze, replan, archive, withdraw, forget-me), and {@link StoreSession#replacePlan} does that with a plain
 * UPDATE in the caller's transaction; a scheduler with its own table and connection handling cannot join that
 * transaction, would duplicate every plan row, and could not collapse stale steps or pause an unreachable
 * member with queries over our own columns.
 *
 * <p>Claiming is one statement, {@code UPDATE ... WHERE id IN (due rows) RETURNING ...}: on PostgreSQL the
 * inner select takes the rows {@code FOR UPDATE SKIP LOCKED}, so several instances claim disjoint batches
 * without waiting on each other; SQLite serialises writers ({@code BEGIN IMMEDIATE}). The due-work query
 * {@link DeliveryDao#DUE} walks the index {@code (status, due_at)} and stops after the batch, so its cost
 * does not grow with the number of stored steps.
 *
 * <p>The dispatcher sees this through its port {@link DueWork}, with typed steps; the row-level methods
 * ({@link #claimDue}, {@link #settle(Settlement)}) stay for the tests and the benchmark.
 */
public final class DeliveryStore implements DueWork {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;
    private final Jdbi jdbi;
    private final boolean postgres;
    private final Clock clock;

    /** @param postgres whether the store is PostgreSQL ({@link Database#isPostgres()}), else SQLite */
    public DeliveryStore(final Store store, final boolean postgres) {
        this.store = store;
        this.jdbi = store.jdbi();
        this.postgres = postgres;
        this.clock = store.clock();
    }

    /**
     * In one transaction: releases expired claims, claims up to {@code limit} due steps for {@code lease}, and
     * collapses the claimed steps that a later due step of the same interview supersedes (status
     * {@code collapsed}, with a record in the event log). Only the latest due step of an interview is sent.
     */
    public Claim claimDue(final String instanceId, final Instant now, final Duration lease, final int limit) {
        final long nowMillis = now.toEpochMilli();
        final Instant claimedUntil = now.plus(lease);
        final String token = UUID.randomUUID().toString();
        return jdbi.inTransaction(handle -> {
            final DeliveryDao dao = handle.attach(DeliveryDao.class);
            final String lock = postgres ? "FOR UPDATE SKIP LOCKED" : "";
            dao.releaseExpired(nowMillis, lock);
            // Pauses that ended first: one that held nothing ends before the due steps are claimed, which then go
            // out as usual; the held steps of the others join the claim.
            final List<PlanStepRow> claimed = new ArrayList<>(PausedSteps.claimReturns(handle, instanceId, token,
                    nowMillis, claimedUntil.toEpochMilli(), limit, lock));
            claimed.addAll(SealedRows.of(handle).openSteps(dao.claim(instanceId, token, nowMillis,
                    claimedUntil.toEpochMilli(), limit, lock)));
            claimed.sort(Comparator.comparingLong(PlanStepRow::dueAt).thenComparing(PlanStepRow::id));
            if (claimed.isEmpty()) {
                return new Claim(token, instanceId, claimedUntil, List.of(), List.of());
            }
            final Set<String> interviews = claimed.stream().map(PlanStepRow::interviewId)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            final Map<String, Long> latest = new HashMap<>();
            dao.latestDue(interviews, nowMillis).stream().filter(row -> row.latest() != null)
                    .forEach(row -> latest.put(row.interviewId(), row.latest()));
            final List<PlanStepRow> kept = new ArrayList<>();
            final List<PlanStepRow> collapsed = new ArrayList<>();
            for (final PlanStepRow step : claimed) {
                if (step.dueAt() < latest.getOrDefault(step.interviewId(), step.dueAt())) {
                    collapsed.add(step);
                } else {
                    kept.add(step);
                }
            }
            if (!collapsed.isEmpty()) {
                dao.settle(collapsed.stream().map(step -> new Settlement.StepChange(step.id(), "collapsed", null, 0,
                        "superseded by a later due step", null)).toList(), token);
                dao.appendEvents(SealedRows.of(handle).sealEvents(collapsed.stream().map(step -> Settlement.record(step,
                        "collapsed", now, "superseded by a later due step")).toList()));
            }
            return new Claim(token, instanceId, claimedUntil, kept, collapsed);
        });
    }

    /**
     * {@link #claimDue} with the claimed rows as typed steps, and the members and interviews they need read
     * after it. A row of a kind this version does not know is settled failed at once, never sent.
     */
    @Override
    public DueBatch claim(final String instanceId, final Instant now, final Duration lease, final int limit) {
        final Claim claim = claimDue(instanceId, now, lease, limit);
        final List<DueStep> steps = new ArrayList<>(claim.steps().size());
        final Settlement unknown = settlementOf(claim);
        for (final PlanStepRow row : claim.steps()) {
            DueSteps.typed(row).ifPresentOrElse(steps::add,
                    () -> unknown.failed(row, now, "unknown step kind " + row.kind()));
        }
        if (steps.size() < claim.steps().size()) {
            settle(unknown);
        }
        final DeliveryContext context = contextFor(claim.steps());
        final Map<String, Instant> pauses = claim.steps().isEmpty() ? Map.of() : jdbi.withHandle(handle ->
                PausedSteps.pauses(handle, context.members().keySet()));
        return new DueBatch(claim.token(), claim.claimedUntil(), steps, claim.collapsed().size(), context, pauses);
    }

    @Override
    public int renew(final DueBatch batch, final Instant until) {
        return jdbi.inTransaction(handle -> handle.attach(DeliveryDao.class).renew(batch.claim(),
                until.toEpochMilli()));
    }

    @Override
    public int settle(final DueBatch batch, final List<StepOutcome> outcomes) {
        return settle(DueSteps.settlement(batch.claim(), outcomes));
    }

    @Override
    public Optional<String> describe(final RuntimeException failure) {
        return StoreFailures.classify(failure).map(StoreFailures.Kind::description);
    }

    /**
     * Takes back at once the claims an earlier life of this instance held (it was killed mid-batch and
     * restarted under the same id); returns how many steps are pending again.
     */
    @Override
    public int releaseOwn(final String instanceId) {
        return jdbi.inTransaction(handle -> handle.attach(DeliveryDao.class).releaseOwn(instanceId));
    }

    /** The heartbeat of a live claim: holds its unsettled rows until {@code until}; returns how many it holds. */
    public int renew(final Claim claim, final Instant until) {
        return jdbi.inTransaction(handle -> handle.attach(DeliveryDao.class).renew(claim.token(), until.toEpochMilli()));
    }

    /** The ids of the first {@code limit} due steps, without claiming them: the due-work query alone. */
    public List<String> findDue(final Instant now, final int limit) {
        return jdbi.withHandle(handle -> handle.attach(DeliveryDao.class).due(now.toEpochMilli(), limit));
    }

    /** How many pending steps are due at {@code now}, and how long the oldest of them has waited (zero if none). */
    public DueBacklog backlog(final Instant now) {
        final DeliveryDao.Backlog backlog = jdbi.withHandle(handle -> handle.attach(DeliveryDao.class)
                .backlog(now.toEpochMilli()));
        final Duration age = backlog.oldest() == null ? Duration.ZERO
                : Duration.ofMillis(Math.max(0, now.toEpochMilli() - backlog.oldest()));
        return new DueBacklog(backlog.count(), age);
    }

    /** Due work not yet sent. */
    public record DueBacklog(long count, Duration oldestAge) {
    }

    /** When the earliest pending step falls due, if any is pending. */
    @Override
    public Optional<Instant> nextDueAt() {
        return jdbi.withHandle(handle -> handle.attach(DeliveryDao.class).nextDueAt().map(Instant::ofEpochMilli));
    }

    /** The database's plan for the due-work query, one line per step, for tests and the benchmark. */
    public String dueQueryPlan() {
        final String explain = postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ";
        return jdbi.withHandle(handle -> handle.createQuery(explain + DeliveryDao.DUE)
                .bind("now", clock.millis()).bind("limit", 500)
                .map((results, context) -> results.getString(postgres ? 1 : 4))
                .list().stream().collect(Collectors.joining("\n")));
    }

    /** The members and interviews a batch of steps needs for rendering, in one read. */
    public DeliveryContext contextFor(final Collection<PlanStepRow> steps) {
        if (steps.isEmpty()) {
            return new DeliveryContext(Map.of(), Map.of());
        }
        final Set<String> memberIds = steps.stream().map(PlanStepRow::memberId).collect(Collectors.toSet());
        final Set<String> interviewIds = steps.stream().map(PlanStepRow::interviewId).collect(Collectors.toSet());
        return jdbi.inTransaction(handle -> {
            final DeliveryDao dao = handle.attach(DeliveryDao.class);
            final StoreSession session = new StoreSession(handle, clock, store.defaults());
            final Map<String, Member> members = new HashMap<>();
            dao.members(memberIds).forEach(row -> members.put(row.id(), session.member(row)));
            final Map<String, StoredInterview> interviews = new HashMap<>();
            final Map<String, List<InterviewerRow>> people = dao.interviewersOfRounds(interviewIds).stream()
                    .collect(Collectors.groupingBy(InterviewerRow::interviewId));
            session.assemble(dao.interviews(interviewIds), people).forEach(stored -> interviews.put(stored.id(), stored));
            return new DeliveryContext(members, interviews);
        });
    }

    /** A new, empty settlement of this claim. */
    public Settlement settlementOf(final Claim claim) {
        return new Settlement(claim);
    }

    /**
     * Writes a settlement in one transaction: every row change as one JDBC batch, the delivery records as
     * another, then marks the unreachable members and pauses their pending steps. Returns how many rows
     * changed (a row cancelled or reclaimed meanwhile is not changed).
     */
    public int settle(final Settlement settlement) {
        final Instant now = clock.instant();
        return jdbi.inTransaction(handle -> {
            final DeliveryDao dao = handle.attach(DeliveryDao.class);
            int changed = 0;
            if (!settlement.changes().isEmpty()) {
                for (final int count : dao.settle(settlement.changes(), settlement.token())) {
                    changed += Math.max(count, 0);
                }
            }
            if (!settlement.records().isEmpty()) {
                dao.appendEvents(SealedRows.of(handle).sealEvents(settlement.records()));
            }
            PausedSteps.settle(handle, settlement);
            for (final Map.Entry<String, String> member : settlement.unreachableMembers().entrySet()) {
                markUnreachable(handle, dao, member.getKey(), member.getValue(), now);
            }
            return changed;
        });
    }

    /**
     * The member came back (wrote to the bot again): reachable, and their paused steps pending again, so
     * the next dispatch sends what is due now, overdue steps of one interview collapsed to the latest.
     */
    public int resumeMember(final String memberId) {
        return jdbi.inTransaction(handle -> {
            final DeliveryDao dao = handle.attach(DeliveryDao.class);
            dao.markReachable(memberId);
            return dao.resumeMember(memberId);
        });
    }

    /** One step as stored now, for tests and diagnostics. */
    public Optional<PlanStepRow> step(final String stepId) {
        return jdbi.withHandle(handle -> handle.attach(DeliveryDao.class).step(stepId).map(SealedRows.of(handle)::open));
    }

    private static void markUnreachable(final Handle handle, final DeliveryDao dao, final String memberId,
                                        final String reason, final Instant now) {
        if (dao.markUnreachable(memberId, now.toEpochMilli()) == 0) {
            return;
        }
        final int paused = dao.pauseMember(memberId);
        final String payload = JSON.createObjectNode().put("reason", reason).put("paused_steps", paused).toString();
        dao.appendEvents(SealedRows.of(handle).sealEvents(List.of(new EventRow(TimeOrderedIds.at(now), memberId, null,
                "member_unreachable", payload, now.toEpochMilli(), now.toEpochMilli()))));
    }
}
