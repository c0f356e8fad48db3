package io.followupbot.followup;

import io.followupbot.store.Store;
import java.util.Optional;

/** Where each member's conversation state is kept between inputs, restarts and instances (as JSON). */
public final class Conversations {

    private final Store store;

    public Conversations(final Store store) {
        this.store = store;
    }

    /** The member's saved state, if they are in the middle of something. */
    public Optional<String> saved(final String memberId) {
        return store.read(session -> session.conversation(memberId)).map(row -> row.state());
    }

    public void save(final String memberId, final String stateJson) {
        store.useTransaction(session -> session.saveConversation(memberId, stateJson));
    }

    /** The member is no longer in the middle of anything. */
    public void clear(final String memberId) {
        store.useTransaction(session -> session.clearConversation(memberId));
    }
}
