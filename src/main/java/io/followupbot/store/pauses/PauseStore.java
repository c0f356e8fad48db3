package io.followupbot.store.pauses;

import io.followupbot.store.Store;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The members' pauses ({@code member_pauses}, issue 31): until when nothing goes out to a member. The dispatcher
 * holds their steps meanwhile and, once the pause has ended, sends one message of what waited and ends the pause.
 */
public final class PauseStore {

    private final Store store;

    public PauseStore(final Store store) {
        this.store = store;
    }

    /** When the member's pause ends, if they paused and it has not ended yet. */
    public Optional<Instant> until(final String memberId) {
        final long now = store.clock().millis();
        return store.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT until_at FROM member_pauses WHERE member_id = :member AND until_at > :now")
                .bind("member", memberId).bind("now", now).mapTo(Long.class).findOne().map(Instant::ofEpochMilli));
    }

    /** Nothing goes out to the member before {@code until}; a pause already set is moved. */
    public void pause(final String memberId, final Instant until) {
        final long now = store.clock().millis();
        store.jdbi().useTransaction(handle -> {
            if (handle.createUpdate("UPDATE member_pauses SET until_at = :until WHERE member_id = :member")
                    .bind("until", until.toEpochMilli()).bind("member", memberId).execute() == 0) {
                handle.createUpdate("INSERT INTO member_pauses (member_id, until_at, created_at) "
                                + "VALUES (:member, :until, :now)")
                        .bind("member", memberId).bind("until", until.toEpochMilli()).bind("now", now).execute();
            }
        });
    }

    /**
     * Ends the member's pause now: when steps were held, the pause is marked ended and the dispatcher's next run
     * tells them in one message; returns how many steps waited (0 when there was no pause or nothing waited).
     */
    public int resume(final String memberId) {
        final long now = store.clock().millis();
        return store.jdbi().inTransaction(handle -> {
            final int held = held(handle, memberId);
            if (held == 0) {
                handle.createUpdate("DELETE FROM member_pauses WHERE member_id = :member").bind("member", memberId)
                        .execute();
            } else {
                handle.createUpdate("UPDATE member_pauses SET until_at = :now WHERE member_id = :member")
                        .bind("now", now).bind("member", memberId).execute();
            }
            return held;
        });
    }

    /** How many of the member's steps their pause holds now. */
    private static int held(final Handle handle, final String memberId) {
        return handle.createQuery("SELECT COUNT(*) FROM plan_steps WHERE member_id = :member AND status = 'held'")
                .bind("member", memberId).mapTo(Integer.class).one();
    }
}
