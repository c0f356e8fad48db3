package io.followupbot.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import io.followupbot.store.rows.PlanStepRow;

/** Rows of {@code plan_steps}: the durable schedule of nudges. */
@RegisterConstructorMapper(PlanStepRow.class)
public interface PlanStepDao {

    String COLUMNS = "id, interview_id, member_id, step_key, kind, recipient, sequence, is_last, due_at, status, "
            + "attempts, claimed_by, claimed_until, delivered_at, last_error, created_at";

    @SqlUpdate("INSERT INTO plan_steps (" + COLUMNS + ") VALUES (:id, :interviewId, :memberId, :stepKey, :kind, "
            + ":recipient, :sequence, :isLast, :dueAt, :status, :attempts, :claimedBy, :claimedUntil, :deliveredAt, "
            + ":lastError, :createdAt)")
    void insert(@BindMethods PlanStepRow row);

    @SqlQuery("SELECT " + COLUMNS + " FROM plan_steps WHERE interview_id = :interview ORDER BY due_at")
    List<PlanStepRow> ofInterview(@Bind("interview") String interviewId);

    /**
     * Cancels every step of an interview that has not been delivered (pending, claimed by a dispatcher, or
     * paused while the member is unreachable, held while they paused their reminders); returns how many.
     */
    @SqlUpdate("UPDATE plan_steps SET status = 'cancelled', claimed_by = NULL, claimed_until = NULL, "
            + "claim_token = NULL WHERE interview_id = :interview AND status IN ('pending', 'claimed', 'paused', 'held')")
    int cancelPending(@Bind("interview") String interviewId);
}
