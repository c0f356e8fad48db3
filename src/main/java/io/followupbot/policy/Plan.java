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
 * @param steps the steps still to do, in time order, in the member's zone (some may be overdue)
 * @param done the steps the member reported sent, in time order, each at the moment it was sent
 */
public record Plan(Stage stage, List<PlannedStep> steps, List<PlannedStep> done) {

    public Plan {
        Objects.requireNonNull(stage, "stage");
        steps = List.copyOf(steps);
        done = List.copyOf(done);
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
}
