package io.followupbot.followup;

import io.followupbot.store.Store;
import io.followupbot.store.TranscriptStore;
import java.util.List;

/** The web chat's conversation as the page shows it again after a reload or a restart. */
public final class Transcripts {

    private final TranscriptStore store;

    public Transcripts(final Store store) {
        this.store = new TranscriptStore(store.jdbi(), TranscriptStore.LIMIT);
    }

    /**
     * One message of a member's transcript.
     *
     * @param seq its number in the member's transcript, from 1, never reused
     * @param sender {@code member}, {@code bot} (an answer) or {@code nudge} (sent by the scheduler)
     * @param body the message as the page shows it (JSON)
     * @param answered whether its buttons no longer apply
     */
    public record Line(long seq, long sentAt, String sender, String body, boolean answered) {
    }

    /** A message to keep: who sent it and the message as the page shows it. */
    public record Entry(String sender, String body) {
    }

    /**
     * Keeps the messages in order and returns their numbers.
     *
     * @param settle whether the earlier messages' buttons stop applying
     * @param clicked the message whose button was clicked (its buttons stop applying), or 0
     */
    public List<Long> append(final String memberId, final long sentAt, final List<Entry> entries, final boolean settle,
                             final long clicked) {
        return store.append(memberId, sentAt, entries.stream()
                .map(entry -> new TranscriptStore.Entry(entry.sender(), entry.body())).toList(), settle, clicked);
    }

    public List<Line> of(final String memberId) {
        return store.of(memberId).stream()
                .map(row -> new Line(row.seq(), row.sentAt(), row.sender(), row.body(), row.answered())).toList();
    }

    /** Whether the message's buttons still apply. */
    public boolean open(final String memberId, final long seq) {
        return store.open(memberId, seq);
    }
}
