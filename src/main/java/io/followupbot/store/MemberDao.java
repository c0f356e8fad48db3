package io.followupbot.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import io.followupbot.store.rows.MemberRow;

/** Rows of {@code members}. */
@RegisterConstructorMapper(MemberRow.class)
public interface MemberDao {

    String COLUMNS = "id, platform, workspace_id, user_id, display_name, time_zone, country, nudge_hour, "
            + "quiet_start, quiet_end, cadence, full_name, signature, dm_channel, last_channel, unreachable_since, "
            + "next_interview_number, created_at, weekly_goal";

    @SqlQuery("SELECT " + COLUMNS + " FROM members WHERE platform = :platform AND workspace_id = :workspace "
            + "AND user_id = :user")
    Optional<MemberRow> find(@Bind("platform") String platform, @Bind("workspace") String workspace,
                             @Bind("user") String user);

    @SqlQuery("SELECT " + COLUMNS + " FROM members WHERE id = :id")
    Optional<MemberRow> byId(@Bind("id") String id);

    @SqlQuery("SELECT " + COLUMNS + " FROM members ORDER BY created_at")
    List<MemberRow> all();

    @SqlUpdate("INSERT INTO members (" + COLUMNS + ") VALUES (:id, :platform, :workspaceId, :userId, :displayName, "
            + ":timeZone, :country, :nudgeHour, :quietStart, :quietEnd, :cadence, :fullName, :signature, :dmChannel, "
            + ":lastChannel, :unreachableSince, :nextInterviewNumber, :createdAt, :weeklyGoal)")
    void insert(@BindMethods MemberRow row);

    /** The member's DM channel as their platform last gave it (a null element: never learnt, or gone). */
    @SqlQuery("SELECT dm_channel FROM members WHERE platform = :platform AND workspace_id = :workspace AND user_id = :user")
    List<String> dmChannel(@Bind("platform") String platform, @Bind("workspace") String workspace,
                           @Bind("user") String user);

    /** Stores the member's DM channel ({@code null}: the platform said it is gone); 0 for a member not stored. */
    @SqlUpdate("UPDATE members SET dm_channel = :channel WHERE platform = :platform AND workspace_id = :workspace "
            + "AND user_id = :user")
    int dmChannel(@Bind("platform") String platform, @Bind("workspace") String workspace, @Bind("user") String user,
                  @Bind("channel") String channel);

    /**
     * Run in plain Jdbi by {@link StoreSession#saveMember}, which is on the path of many messages. A member read
     * before their DM channel was learnt keeps the stored one (only {@link #dmChannel(String, String, String,
     * String)} forgets it).
     */
    String UPDATE = "UPDATE members SET display_name = :displayName, time_zone = :timeZone, country = :country, "
            + "nudge_hour = :nudgeHour, quiet_start = :quietStart, quiet_end = :quietEnd, cadence = :cadence, "
            + "full_name = :fullName, signature = :signature, weekly_goal = :weeklyGoal, dm_channel = COALESCE(:dmChannel, dm_channel), "
            + "last_channel = :lastChannel, "
            + "unreachable_since = :unreachableSince WHERE id = :id";

    /** Takes the next short interview number of a member; call inside the transaction that inserts it. */
    @SqlUpdate("UPDATE members SET next_interview_number = next_interview_number + 1 WHERE id = :id")
    int advanceInterviewNumber(@Bind("id") String id);

    @SqlQuery("SELECT next_interview_number FROM members WHERE id = :id")
    int nextInterviewNumber(@Bind("id") String id);

    @SqlUpdate("DELETE FROM members WHERE id = :id")
    int delete(@Bind("id") String id);
}
