package io.followupbot.store;

import java.util.ArrayList;
import java.util.List;
import io.followupbot.store.sealing.SealedRows;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import io.followupbot.store.rows.TranscriptRow;

/**
 * The web chat's transcript, per member: every message in and out, nudges included, so that a reload or a
 * restart shows the conversation again. Bounded: beyond {@code limit} messages the oldest are dropped.
 * {@link StoreSession#forget} deletes it with everything else.
 */
public final class TranscriptStore {

    /** A message to append. */
    public record Entry(String sender, String body) {
    }

    /** How many messages a member's transcript keeps. */
    public static final int LIMIT = 500;

    private final Jdbi jdbi;
    private final int limit;

    public TranscriptStore(final Jdbi jdbi, final int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a transcript keeps at least one message");
        }
        this.jdbi = jdbi;
        this.limit = limit;
    }

    /**
     * Appends the messages in order, in one transaction, and drops what falls beyond the bound. When
     * {@code settleBefore} is set, the earlier answers ({@code bot}, not nudges) are marked answered, and so
     * is the message whose button was clicked ({@code clicked} above 0). Returns the numbers given.
     */
    public List<Long> append(final String memberId, final long sentAt, final List<Entry> entries,
                             final boolean settleBefore, final long clicked) {
        return jdbi.inTransaction(handle -> {
            if (settleBefore) {
                handle.createUpdate("UPDATE transcripts SET answered = 1 WHERE member_id = :member AND answered = 0 "
                        + "AND (sender = 'bot' OR seq = :clicked)")
                        .bind("member", memberId).bind("clicked", clicked).execute();
            }
            long next = handle.createQuery("SELECT COALESCE(MAX(seq), 0) FROM transcripts WHERE member_id = :member")
                    .bind("member", memberId).mapTo(Long.class).one();
            final List<Long> numbers = new ArrayList<>();
            for (final Entry entry : entries) {
                next++;
                handle.createUpdate("INSERT INTO transcripts (member_id, seq, sent_at, sender, body, answered) "
                                + "VALUES (:member, :seq, :at, :sender, :body, 0)")
                        .bind("member", memberId).bind("seq", next).bind("at", sentAt)
                        .bind("sender", entry.sender())
                        .bind("body", SealedRows.of(handle).sealBody(entry.body(), memberId, next)).execute();
                numbers.add(next);
            }
            trim(handle, memberId, next);
            return numbers;
        });
    }

    private void trim(final Handle handle, final String memberId, final long last) {
        handle.createUpdate("DELETE FROM transcripts WHERE member_id = :member AND seq <= :oldest")
                .bind("member", memberId).bind("oldest", last - limit).execute();
    }

    /** The member's transcript, oldest first. */
    public List<TranscriptRow> of(final String memberId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT seq, sent_at, sender, body, answered "
                        + "FROM transcripts WHERE member_id = :member ORDER BY seq")
                .bind("member", memberId)
                .map((rs, ctx) -> new TranscriptRow(rs.getLong("seq"), rs.getLong("sent_at"), rs.getString("sender"),
                        SealedRows.of(handle).openBody(rs.getString("body"), memberId, rs.getLong("seq")),
                        rs.getInt("answered") != 0))
                .list());
    }

    /** Whether the message exists and its buttons still apply. */
    public boolean open(final String memberId, final long seq) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM transcripts WHERE member_id = :member "
                        + "AND seq = :seq AND answered = 0")
                .bind("member", memberId).bind("seq", seq).mapTo(Integer.class).one()) > 0;
    }
}
