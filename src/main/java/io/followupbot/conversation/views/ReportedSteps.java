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
            return new PlannedStep(step.kind(), step.at(), step.to(), step.sequence(), false, step.round());
        }
        return step;
    }

    /**
     * The sequence a report of this step names: for a step of a round or of a person (thank-you, LinkedIn connection,
     * prep, debrief), its own, since an application's rounds number them and the member may settle a later one first;
     * 0 for the check-ins, the move-on and the replies, whose reports settle them in turn.
     */
    public static int named(final PlannedStep step) {
        return ROUND_STEPS.contains(step.kind()) ? step.sequence() : 0;
    }

    private static final java.util.Set<StepKind> ROUND_STEPS = java.util.EnumSet.of(StepKind.THANK_YOU,
            StepKind.LINKEDIN, StepKind.PREP, StepKind.DEBRIEF);
}
