package io.followupbot.policy;

import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.Stage;
import io.followupbot.interview.StepKind;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One interview's follow-up as of a moment.
 *
 * @param stage where the interview stands
 * @param steps the steps still to do, in time order, in the member's zone (some may be overdue); only these are
 *              scheduled for nudges
 * @param done the steps the member reported sent, in time order, each at the moment it was sent
 * @param waiting steps that wait for something the member has not reported yet (the LinkedIn connection waits
 *                for that interviewer's thank-you); each at the earliest moment it could come, never nudged
 *                before what it waits for is reported
 * @param skipped steps left out, each with why: a thank-you whose point was lost before the bot heard of the
 *                interview, a step the member said they would skip
 */
public record Plan(Stage stage, List<PlannedStep> steps, List<PlannedStep> done, List<Waiting> waiting,
                   List<Skipped> skipped) {

    /** A step that waits for another one, {@code after}, which the member has not reported yet. */
    public record Waiting(PlannedStep step, PlannedStep after) {
    }

    /** A step left out of the plan, and why in a few words ("ten days after the interview, a check-in ..."). */
    public record Skipped(PlannedStep step, String why) {

        /** The step and why, as the member reads it wherever it is shown: "thank-you to Dana (...)". */
        public String inWords() {
            return step.describe() + " (" + why + ")";
        }
    }

    public Plan {
        Objects.requireNonNull(stage, "stage");
        steps = List.copyOf(steps);
        done = List.copyOf(done);
        waiting = List.copyOf(waiting);
        skipped = List.copyOf(skipped);
    }

    public Plan(final Stage stage, final List<PlannedStep> steps, final List<PlannedStep> done) {
        this(stage, steps, done, List.of(), List.of());
    }

    public Optional<PlannedStep> next() {
        return steps.stream().findFirst();
    }

    public List<PlannedStep> steps(final StepKind kind) {
        return steps.stream().filter(step -> step.kind() == kind).toList();
    }

    public List<PlannedStep> done(final StepKind kind) {
        return done.stream().filter(step -> step.kind() == kind).toList();
    }

    /** Whether the member reported this step sent (kind, interviewer and sequence as in the plan). */
    public boolean reported(final StepKind kind, final Optional<String> to) {
        return done.stream().anyMatch(step -> step.kind() == kind && (to.isEmpty() || step.to().equals(to)));
    }
}
