package io.followupbot.delivery;

import java.time.Instant;

/** What became of one claimed step, as the {@link Dispatcher} tells {@link DueWork#settle}. */
public sealed interface StepOutcome {

    DueStep step();

    /** Sent: never sent again, and the log says when it went out. */
    record Delivered(DueStep step, Instant at) implements StepOutcome {
    }

    /** A passing failure: try again at {@code nextAttempt}. */
    record Retry(DueStep step, Instant nextAttempt, String reason) implements StepOutcome {
    }

    /** Given up after too many passing failures; the member stays reachable. */
    record Failed(DueStep step, Instant at, String reason) implements StepOutcome {
    }

    /** Refused for good: the step fails, the member is unreachable and their other pending steps pause. */
    record Unreachable(DueStep step, Instant at, String reason) implements StepOutcome {
    }

    /** Not sent now (quiet hours, a catch-up turn): pending again, due at {@code until}. */
    record Deferred(DueStep step, Instant until) implements StepOutcome {
    }

    /** The member is unreachable: kept, not sent, until they are reachable again. */
    record Paused(DueStep step) implements StepOutcome {
    }

    /** The member paused their reminders: kept, not sent, not marked sent, until the pause ends. */
    record Held(DueStep step) implements StepOutcome {
    }

    /** The pause ended, but what waited cannot be told now (quiet hours, a passing failure): held to {@code until}. */
    record HeldUntil(DueStep step, Instant until) implements StepOutcome {
    }

    /** Listed in the one message that told the member, back from a pause, what waited. */
    record SummedUp(DueStep step, Instant at) implements StepOutcome {
    }

    /** Not tried (the lease was running out): pending again, as it was. */
    record Released(DueStep step) implements StepOutcome {
    }

    /** Nothing to send it for (the member or the interview is gone). */
    record Cancelled(DueStep step, String reason) implements StepOutcome {
    }
}
