package io.followupbot.interview;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated step of a plan, in the member's zone.
 *
 * @param sequence 1 for the first check-in, 2 for the second...; 1 for steps that happen once
 * @param to the interviewer this step is for, when it is one message per interviewer
 * @param last true for the final check-in of the cadence (its draft acknowledges they may have moved on)
 * @param round the round of the application the step follows: its own round for a prep, a debrief, a thank-you and
 *              a LinkedIn connection; the latest round for check-ins and the move-on; 1 for a reply to the employer
 */
public record PlannedStep(StepKind kind, ZonedDateTime at, Optional<String> to, int sequence, boolean last, int round) {

    public PlannedStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        to = to == null ? Optional.empty() : to;
        if (round < 1) {
            throw new IllegalArgumentException("round " + round);
        }
    }

    /** A step of an application's first (or only) round. */
    public PlannedStep(final StepKind kind, final ZonedDateTime at, final Optional<String> to, final int sequence,
            final boolean last) {
        this(kind, at, to, sequence, last, 1);
    }

    public static PlannedStep of(final StepKind kind, final ZonedDateTime at) {
        return new PlannedStep(kind, at, Optional.empty(), 1, false);
    }

    public static PlannedStep forPerson(final StepKind kind, final ZonedDateTime at, final String to) {
        return new PlannedStep(kind, at, Optional.of(to), 1, false);
    }

    /** The step in words, without its recipient: "status check-in #2 (final)". */
    public String name() {
        final StringBuilder text = new StringBuilder(kind.label());
        if (sequence > 1 && (kind == StepKind.CHECK_IN || kind == StepKind.LINKEDIN)) {
            text.append(" #").append(sequence);
        }
        if (last && kind == StepKind.CHECK_IN) {
            text.append(" (final)");
        }
        return text.toString();
    }

    /** The step in words, with its recipient: "thank-you to Ana Ruiz". */
    public String describe() {
        return name() + to.map(name -> " to " + name).orElse("");
    }

    /**
     * Whether the step follows one round of its application (a prep, a debrief, a thank-you, a LinkedIn
     * connection) rather than the application as a whole (check-ins, the move-on, replies to the employer).
     */
    public boolean followsOneRound() {
        return kind == StepKind.PREP || kind == StepKind.DEBRIEF || kind == StepKind.THANK_YOU
                || kind == StepKind.LINKEDIN;
    }

    /** The round in words for a step of an application of several rounds: " (round 2)"; else nothing. */
    public String roundSuffix(final boolean severalRounds) {
        return severalRounds && followsOneRound() ? " (round " + round + ")" : "";
    }

    /** {@link #describe()} with the round when the application has several: "thank-you to Ana Ruiz (round 1)". */
    public String describe(final boolean severalRounds) {
        return describe() + roundSuffix(severalRounds);
    }

    /** A stable key for this step within its interview: {@code check_in#2}, {@code thank_you@Ana Ruiz}. */
    public String key() {
        return kind.key() + to.map(name -> "@" + name).orElse("") + (sequence > 1 ? "#" + sequence : "");
    }
}
