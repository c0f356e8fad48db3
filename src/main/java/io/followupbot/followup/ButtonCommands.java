package io.followupbot.followup;

import io.followupbot.interview.MemberKey;
import io.followupbot.store.Store;
import io.followupbot.store.buttons.ButtonIdStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Button commands too long for a platform's button id (Discord's 100 characters: "I sent it" on a step for an
 * interviewer with a long name), kept in the database under a short random id, so that every button still works
 * after a restart (as TJ-Bot's component id store does). An id lasts {@link #LIFETIME}, or until the step whose
 * nudge carried it, or its member, is deleted.
 */
public final class ButtonCommands {

    /** How long a kept command answers its button. */
    public static final Duration LIFETIME = Duration.ofDays(90);

    private final ButtonIdStore store;
    private final Clock clock;

    public ButtonCommands(final Store store) {
        this.store = new ButtonIdStore(store);
        this.clock = store.clock();
    }

    /** Keeps {@code command} for the member's button and returns its new id (36 characters). */
    public String keep(final String command, final MemberKey owner, final Optional<String> stepId) {
        final String id = UUID.randomUUID().toString();
        store.keep(id, command, owner, stepId, clock.instant().plus(LIFETIME));
        return id;
    }

    /** The command behind an id; empty when it expired or went with its member or step. */
    public Optional<String> command(final String id) {
        return store.command(id);
    }
}
