package io.followupbot.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import io.followupbot.store.rows.EventRow;

/** The append-only {@code events} log: rows are inserted, never updated. */
@RegisterConstructorMapper(EventRow.class)
public interface EventDao {

    @SqlUpdate("INSERT INTO events (id, member_id, interview_id, kind, payload, occurred_at, recorded_at) "
            + "VALUES (:id, :memberId, :interviewId, :kind, :payload, :occurredAt, :recordedAt)")
    void insert(@BindMethods EventRow row);

    @SqlQuery("SELECT id, member_id, interview_id, kind, payload, occurred_at, recorded_at FROM events "
            + "WHERE interview_id = :interview ORDER BY recorded_at, occurred_at, id")
    List<EventRow> ofInterview(@Bind("interview") String interviewId);

    @SqlQuery("SELECT id, member_id, interview_id, kind, payload, occurred_at, recorded_at FROM events "
            + "WHERE member_id = :member ORDER BY recorded_at, occurred_at, id")
    List<EventRow> ofMember(@Bind("member") String memberId);
}
