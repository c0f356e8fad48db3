package io.followupbot.followup;

import io.followupbot.interview.Member;
import io.followupbot.store.Store;
import io.followupbot.store.pauses.PauseStore;
import java.time.Instant;
import java.util.Optional;

/**
 * The member's pause of their reminders (issue 31): {@code pause until DATE} and {@code resume}. Nothing goes out
 * while a pause lasts; what comes due waits, and when it ends the dispatcher sends one message of what waited.
 */
public final class Pauses {

    private final PauseStore store;

    Pauses(final Store store) {
        this.store = new PauseStore(store);
    }

    /** What resuming found: whether the member had paused, and how many follow-ups waited. */
    public record Resumed(boolean wasPaused, int waiting) {
    }

    /** When the member's pause ends, while it lasts. */
    public Optional<Instant> until(final Member member) {
        return store.until(member.id());
    }

    /** Nothing goes out to the member before {@code until}; an earlier pause is moved. */
    public void pause(final Member member, final Instant until) {
        store.pause(member.id(), until);
    }

    /** Ends the member's pause now; what waited goes out in one message with the dispatcher's next run. */
    public Resumed resume(final Member member) {
        final boolean paused = store.until(member.id()).isPresent();
        return new Resumed(paused, paused ? store.resume(member.id()) : 0);
    }
}
