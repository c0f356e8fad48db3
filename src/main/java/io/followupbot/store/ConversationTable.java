package io.followupbot.store;

import java.util.Optional;
import io.followupbot.store.sealing.SealedRows;
import org.jdbi.v3.core.Handle;
import io.followupbot.store.rows.ConversationRow;

/**
 * The {@code conversations} table: where each member is in the conversation. Read and written on every
 * message, so in plain Jdbi, with no SqlObject to attach.
 */
final class ConversationTable {

    private ConversationTable() {
    }

    static Optional<ConversationRow> find(final Handle handle, final String memberId) {
        return handle.createQuery("SELECT member_id, state, updated_at FROM conversations WHERE member_id = :member")
                .bind("member", memberId)
                .map((row, ctx) -> new ConversationRow(row.getString(1),
                        SealedRows.of(handle).openState(row.getString(2), memberId), row.getLong(3)))
                .findOne();
    }

    /** Insert or replace, in SQL that runs on both SQLite and PostgreSQL. */
    static void save(final Handle handle, final String memberId, final String plainState, final long now) {
        final String state = SealedRows.of(handle).sealState(plainState, memberId);
        final int updated = handle.createUpdate("UPDATE conversations SET state = :state, updated_at = :now "
                + "WHERE member_id = :member").bind("state", state).bind("now", now).bind("member", memberId).execute();
        if (updated == 0) {
            handle.createUpdate("INSERT INTO conversations (member_id, state, updated_at) VALUES (:member, :state, :now)")
                    .bind("member", memberId).bind("state", state).bind("now", now).execute();
        }
    }

    static void clear(final Handle handle, final String memberId) {
        handle.createUpdate("DELETE FROM conversations WHERE member_id = :member").bind("member", memberId).execute();
    }
}
