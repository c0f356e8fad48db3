package io.followupbot.interview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Something that happened to an interview after it was recorded (rules, section 5). The plan is
 * always derived from the interview and the list of its events, so replanning is the same function
 * applied again.
 */
public sealed interface InterviewEvent {

    /** When the member reported it. */
    Instant at();

    /**
     * The member sent a message the plan asked for; {@code to} names the interviewer when it was per person.
     *
     * @param sequence which of the steps of that kind and person it was (a later round's thank-you to someone met
     *                 before is #2), or 0 for the first one not yet sent or skipped
     */
    record Sent(Instant at, StepKind kind, Optional<String> to, int sequence) implements InterviewEvent {

        public Sent(final Instant at, final StepKind kind, final Optional<String> to) {
            this(at, kind, to, 0);
        }
    }

    /**
     * The member said they will not send a step (a thank-you they skip): what waits for it (the LinkedIn
     * connection) goes ahead, and no nudge for it comes again.
     */
    record Declined(Instant at, StepKind kind, Optional<String> to, int sequence) implements InterviewEvent {

        public Declined(final Instant at, final StepKind kind, final Optional<String> to) {
            this(at, kind, to, 0);
        }
    }

    /** The employer replied that they are still deciding, perhaps with a new date. */
    record StillDeciding(Instant at, Optional<LocalDate> newDate) implements InterviewEvent {
    }

    /** The employer said no. */
    record Rejected(Instant at) implements InterviewEvent {
    }

    /** The employer made an offer. */
    record Offer(Instant at) implements InterviewEvent {
    }

    /** Another employer made an offer with a deadline; this one is still deciding. */
    record CompetingOffer(Instant at, LocalDate deadline) implements InterviewEvent {
    }

    /** The member is no longer interested. */
    record Withdrew(Instant at) implements InterviewEvent {
    }

    /** The member asked to be reminded of a step later. */
    record Snoozed(Instant at, StepKind kind, Optional<String> to, Instant until) implements InterviewEvent {
    }

    /** The member archived the interview; nothing more is planned. */
    record Archived(Instant at) implements InterviewEvent {
    }

    /**
     * The member sent the application, at {@code at} (the day they gave, or when they said so): the work-search log's
     * "applied" row. It stays when the application's first interview replaces what was planned after it.
     */
    record Applied(Instant at) implements InterviewEvent {
    }

    /** Any other reply the member wants noted; it changes nothing in the plan. */
    record Note(Instant at, String text) implements InterviewEvent {
    }
}
