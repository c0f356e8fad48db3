package io.followupbot.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import io.followupbot.store.rows.InterviewRow;
import io.followupbot.store.rows.InterviewerRow;

/** Rows of {@code interviews} and {@code interviewers}. */
@RegisterConstructorMapper(InterviewRow.class)
@RegisterConstructorMapper(InterviewerRow.class)
public interface InterviewDao {

    String COLUMNS = "id, member_id, number, company, role, starts_at, length_minutes, format, decision_date, "
            + "channel, recorded_at, addition, past_result, stage, archived, updated_at, application_id, "
            + "round_number";

    @SqlUpdate("INSERT INTO interviews (" + COLUMNS + ") VALUES (:id, :memberId, :number, :company, :role, :startsAt, "
            + ":lengthMinutes, :format, :decisionDate, :channel, :recordedAt, :addition, :pastResult, :stage, :archived, :updatedAt, "
            + ":applicationId, :roundNumber)")
    void insert(@BindMethods InterviewRow row);

    @SqlUpdate("UPDATE interviews SET company = :company, role = :role, starts_at = :startsAt, "
            + "length_minutes = :lengthMinutes, format = :format, decision_date = :decisionDate, channel = :channel, "
            + "recorded_at = :recordedAt, addition = :addition, past_result = :pastResult, stage = :stage, "
            + "archived = :archived, updated_at = :updatedAt, "
            + "application_id = :applicationId, round_number = :roundNumber WHERE id = :id AND member_id = :memberId")
    int update(@BindMethods InterviewRow row);

    @SqlQuery("SELECT " + COLUMNS + " FROM interviews WHERE member_id = :member AND number = :number "
            + "AND application_id IS NULL")
    Optional<InterviewRow> byNumber(@Bind("member") String memberId, @Bind("number") int number);

    @SqlQuery("SELECT " + COLUMNS + " FROM interviews WHERE id = :id")
    Optional<InterviewRow> byId(@Bind("id") String id);

    @SqlQuery("SELECT " + COLUMNS + " FROM interviews WHERE member_id = :member ORDER BY number")
    List<InterviewRow> ofMember(@Bind("member") String memberId);

    /** The later rounds of an application, in order. */
    @SqlQuery("SELECT " + COLUMNS + " FROM interviews WHERE application_id = :application ORDER BY round_number")
    List<InterviewRow> laterRounds(@Bind("application") String applicationId);

    @SqlUpdate("DELETE FROM interviews WHERE id = :id")
    int delete(@Bind("id") String id);

    @SqlUpdate("INSERT INTO interviewers (interview_id, position, name, title, email, detail) "
            + "VALUES (:interviewId, :position, :name, :title, :email, :detail)")
    void insertInterviewer(@BindMethods InterviewerRow row);

    @SqlUpdate("DELETE FROM interviewers WHERE interview_id = :interview")
    void deleteInterviewers(@Bind("interview") String interviewId);

    @SqlQuery("SELECT interview_id, position, name, title, email, detail FROM interviewers "
            + "WHERE interview_id = :interview ORDER BY position")
    List<InterviewerRow> interviewers(@Bind("interview") String interviewId);
}
