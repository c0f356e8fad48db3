package io.followupbot.store;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The written-through state of each member's conversation with the bot. */
@RegisterConstructorMapper(ConversationRow.class)
public interface ConversationDao {

    @SqlQuery("SELECT member_id, state, updated_at FROM conversations WHERE member_id = :member")
    Optional<ConversationRow> find(@Bind("member") String memberId);

    @SqlUpdate("UPDATE conversations SET state = :state, updated_at = :updatedAt WHERE member_id = :member")
    int update(@Bind("member") String memberId, @Bind("state") String state, @Bind("updatedAt") long updatedAt);

    @SqlUpdate("INSERT INTO conversations (member_id, state, updated_at) VALUES (:member, :state, :updatedAt)")
    void insert(@Bind("member") String memberId, @Bind("state") String state, @Bind("updatedAt") long updatedAt);

    @SqlUpdate("DELETE FROM conversations WHERE member_id = :member")
    int delete(@Bind("member") String memberId);

    /** Insert or replace, in SQL that runs on both SQLite and PostgreSQL. */
    default void save(final String memberId, final String state, final long updatedAt) {
        if (update(memberId, state, updatedAt) == 0) {
            insert(memberId, state, updatedAt);
        }
    }
}
