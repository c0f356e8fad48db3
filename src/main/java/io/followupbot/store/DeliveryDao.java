package io.followupbot.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import io.followupbot.store.rows.EventRow;
import io.followupbot.store.rows.InterviewRow;
import io.followupbot.store.rows.InterviewerRow;
import io.followupbot.store.rows.MemberRow;
import io.followupbot.store.rows.PlanStepRow;

/**
 * The SQL of nudge delivery over {@code plan_steps}: claim due rows, settle them, pause and resume a member.
 * Every statement runs on SQLite (3.35 or later, for {@code RETURNING}) and PostgreSQL; {@code <lock>} is
 * {@code FOR UPDATE SKIP LOCKED} on PostgreSQL and empty on SQLite, which serialises writers anyway.
 */
@RegisterConstructorMapper(PlanStepRow.class)
@RegisterConstructorMapper(MemberRow.class)
@RegisterConstructorMapper(InterviewRow.class)
@RegisterConstructorMapper(InterviewerRow.class)
@RegisterConstructorMapper(DeliveryDao.LatestDue.class)
@RegisterConstructorMapper(DeliveryDao.Backlog.class)
public interface DeliveryDao {

    /** The due-work query: served by the index {@code plan_steps_due (status, due_at)}, no sort. */
    String DUE = "SELECT id FROM plan_steps WHERE status = 'pending' AND due_at <= :now ORDER BY due_at LIMIT :limit";

    /** The latest due step of an interview that is still to be sent. */
    record LatestDue(String interviewId, Long latest) {
    }

    /**
     * Claims whose runner died (the lease ran out) go back to pending, still due, counted as an attempt. Rows
     * another instance is releasing or settling right now are skipped, so two instances never deadlock here.
     */
    @SqlUpdate("UPDATE plan_steps SET status = 'pending', attempts = attempts + 1, claimed_by = NULL, "
            + "claimed_until = NULL, claim_token = NULL, last_error = 'lease expired' "
            + "WHERE id IN (SELECT id FROM plan_steps WHERE status = 'claimed' AND claimed_until < :now <lock>)")
    int releaseExpired(@Bind("now") long now, @Define("lock") String lock);

    /**
     * A restarting instance takes back the claims its earlier life held (same instance id): they go back to
     * pending at once, counted as an attempt, instead of waiting for their lease to run out.
     */
    @SqlUpdate("UPDATE plan_steps SET status = 'pending', attempts = attempts + 1, claimed_by = NULL, "
            + "claimed_until = NULL, claim_token = NULL, last_error = 'the instance restarted' "
            + "WHERE status = 'claimed' AND claimed_by = :instance")
    int releaseOwn(@Bind("instance") String instanceId);

    /** The heartbeat of a live claim: its lease is extended; returns how many of its rows are still held. */
    @SqlUpdate("UPDATE plan_steps SET claimed_until = :until WHERE claim_token = :token AND status = 'claimed'")
    int renew(@Bind("token") String token, @Bind("until") long claimedUntil);

    @SqlQuery("UPDATE plan_steps SET status = 'claimed', claimed_by = :instance, claimed_until = :until, "
            + "claim_token = :token WHERE id IN (" + DUE + " <lock>) RETURNING " + PlanStepDao.COLUMNS)
    List<PlanStepRow> claim(@Bind("instance") String instanceId, @Bind("token") String token,
                            @Bind("now") long now, @Bind("until") long claimedUntil, @Bind("limit") int limit,
                            @Define("lock") String lock);

    @SqlQuery(DUE)
    List<String> due(@Bind("now") long now, @Bind("limit") int limit);

    /** How many pending steps are due now, and since when the oldest of them is due (for the metrics). */
    record Backlog(long count, Long oldest) {
    }

    @SqlQuery("SELECT COUNT(*) AS count, MIN(due_at) AS oldest FROM plan_steps WHERE status = 'pending' AND due_at <= :now")
    Backlog backlog(@Bind("now") long now);

    @SqlQuery("SELECT due_at FROM plan_steps WHERE status = 'pending' ORDER BY due_at LIMIT 1")
    Optional<Long> nextDueAt();

    /**
     * The conditions on status and due time sit inside the aggregate on purpose: as WHERE terms they would
     * let the planner pick {@code plan_steps_due} and walk every due row instead of the batch's interviews.
     */
    @SqlQuery("SELECT interview_id, MAX(CASE WHEN status IN ('pending', 'claimed') AND due_at <= :now "
            + "THEN due_at END) AS latest FROM plan_steps WHERE interview_id IN (<interviews>) GROUP BY interview_id")
    List<LatestDue> latestDue(@BindList("interviews") Collection<String> interviewIds, @Bind("now") long now);

    /** Settles claimed rows; a row that is no longer held under this token (cancelled, reclaimed) is left alone. */
    @SqlBatch("UPDATE plan_steps SET status = :status, due_at = COALESCE(:dueAt, due_at), "
            + "attempts = attempts + :addedAttempts, last_error = :error, delivered_at = :deliveredAt, "
            + "claimed_by = NULL, claimed_until = NULL, claim_token = NULL "
            + "WHERE id = :stepId AND claim_token = :token AND status = 'claimed'")
    int[] settle(@BindMethods Collection<Settlement.StepChange> changes, @Bind("token") String token);

    @SqlBatch("INSERT INTO events (id, member_id, interview_id, kind, payload, occurred_at, recorded_at) "
            + "VALUES (:id, :memberId, :interviewId, :kind, :payload, :occurredAt, :recordedAt)")
    void appendEvents(@BindMethods Collection<EventRow> rows);

    @SqlUpdate("UPDATE members SET unreachable_since = :now WHERE id = :member AND unreachable_since IS NULL")
    int markUnreachable(@Bind("member") String memberId, @Bind("now") long now);

    @SqlUpdate("UPDATE members SET unreachable_since = NULL WHERE id = :member")
    int markReachable(@Bind("member") String memberId);

    @SqlUpdate("UPDATE plan_steps SET status = 'paused' WHERE member_id = :member AND status = 'pending'")
    int pauseMember(@Bind("member") String memberId);

    @SqlUpdate("UPDATE plan_steps SET status = 'pending' WHERE member_id = :member AND status = 'paused'")
    int resumeMember(@Bind("member") String memberId);

    @SqlQuery("SELECT " + MemberDao.COLUMNS + " FROM members WHERE id IN (<ids>)")
    List<MemberRow> members(@BindList("ids") Collection<String> ids);

    /** The applications with these ids and all their later rounds. */
    @SqlQuery("SELECT " + InterviewDao.COLUMNS + " FROM interviews WHERE id IN (<ids>) OR application_id IN (<ids>)")
    List<InterviewRow> interviews(@BindList("ids") Collection<String> ids);

    /** The interviewers of every round of the applications with these ids. */
    @SqlQuery("SELECT p.interview_id, p.position, p.name, p.title, p.email, p.detail FROM interviewers p "
            + "JOIN interviews i ON i.id = p.interview_id WHERE i.id IN (<ids>) OR i.application_id IN (<ids>) "
            + "ORDER BY p.interview_id, p.position")
    List<InterviewerRow> interviewersOfRounds(@BindList("ids") Collection<String> interviewIds);

    @SqlQuery("SELECT " + PlanStepDao.COLUMNS + " FROM plan_steps WHERE id = :id")
    Optional<PlanStepRow> step(@Bind("id") String id);
}
