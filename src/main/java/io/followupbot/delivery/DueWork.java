package io.followupbot.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The port through which the {@link Dispatcher} finds due work and says what became of it; the store
 * implements it over its plan rows. Every call is its own transaction: a claim holds its steps for a lease
 * (renewed by {@link #renew}), and a claim whose lease ran out (its runner died) is claimed again.
 */
public interface DueWork {

    /**
     * Releases expired claims, claims up to {@code limit} due steps for {@code lease} (only the latest due step
     * of an interview; the older ones are collapsed), then reads the members and interviews they are for.
     */
    DueBatch claim(String instanceId, Instant now, Duration lease, int limit);

    /** The heartbeat of a live claim: holds its unsettled steps until {@code until}; returns how many it holds. */
    int renew(DueBatch batch, Instant until);

    /**
     * Stores what became of some steps of the batch, in one transaction; a step no longer held under the
     * batch's claim (cancelled, claimed again) is left alone. Returns how many steps changed.
     */
    int settle(DueBatch batch, List<StepOutcome> outcomes);

    /** Takes back at once the claims an earlier life of this instance held; returns how many are pending again. */
    int releaseOwn(String instanceId);

    /** When the earliest pending step falls due, if any is pending. */
    Optional<Instant> nextDueAt();

    /** Why a call above failed, in words for the operator (the database is read-only, full, gone), if known. */
    default Optional<String> describe(final RuntimeException failure) {
        return Optional.empty();
    }
}
