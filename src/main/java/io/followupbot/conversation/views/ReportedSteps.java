package io.followupbot.conversation.views;

import io.followupbot.followup.Tracked;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.StepKind;

/**
 * A step as the member's reports allow it to be worded: the final check-in of the cadence reads as the final
 * one ("I am following up once more") only when the member reported an earlier check-in; after downtime that
 * skipped the first, it is worded as a first check-in.
 */
public final class ReportedSteps {

    private ReportedSteps() {
    }

    public static PlannedStep asReported(final Tracked tracked, final PlannedStep step) {
        if (step.kind() == StepKind.CHECK_IN && step.last() && tracked.plan().done(StepKind.CHECK_IN).isEmpty()
                && step.sequence() > 1) {
            return new PlannedStep(step.kind(), step.at(), step.to(), step.sequence(), false);
        }
        return step;
    }
}
