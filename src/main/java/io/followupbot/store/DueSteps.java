package io.followupbot.store;

import io.followupbot.delivery.DueStep;
import io.followupbot.delivery.StepOutcome;
import io.followupbot.interview.StepKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import io.followupbot.store.rows.PlanStepRow;

/** Plan rows as the dispatcher's typed steps, and its outcomes as a {@link Settlement} of the rows. */
final class DueSteps {

    private DueSteps() {
    }

    /** The row as a typed step; empty when its kind is not one this version knows. */
    static Optional<DueStep> typed(final PlanStepRow row) {
        return StepKind.fromKey(row.kind()).map(kind -> new DueStep(row.id(), row.interviewId(), row.memberId(),
                kind, row.stepKey(), Optional.ofNullable(row.recipient()), row.sequence(), row.isLast() != 0,
                Instant.ofEpochMilli(row.dueAt()), row.attempts(), Optional.ofNullable(row.lastError())));
    }

    /** The claimed row a typed step came from, with what a settlement reads of it. */
    static PlanStepRow row(final DueStep step) {
        return new PlanStepRow(step.id(), step.interviewId(), step.memberId(), step.key(), step.kind().key(),
                step.recipient().orElse(null), step.sequence(), step.last() ? 1 : 0, step.dueAt().toEpochMilli(),
                "claimed", step.attempts(), null, null, null, step.lastError().orElse(null), 0);
    }

    /** The outcomes of a run as the row changes and records of one settlement under the claim's token. */
    static Settlement settlement(final String token, final List<StepOutcome> outcomes) {
        final Settlement settlement = new Settlement(token);
        for (final StepOutcome outcome : outcomes) {
            add(settlement, row(outcome.step()), outcome);
        }
        return settlement;
    }

    private static void add(final Settlement settlement, final PlanStepRow row, final StepOutcome outcome) {
        if (outcome instanceof StepOutcome.Delivered delivered) {
            settlement.delivered(row, delivered.at());
        } else if (outcome instanceof StepOutcome.Retry retry) {
            settlement.retry(row, retry.nextAttempt(), retry.reason());
        } else if (outcome instanceof StepOutcome.Failed failed) {
            settlement.failed(row, failed.at(), failed.reason());
        } else if (outcome instanceof StepOutcome.Unreachable unreachable) {
            settlement.unreachable(row, unreachable.at(), unreachable.reason());
        } else if (outcome instanceof StepOutcome.Deferred deferred) {
            settlement.deferred(row, deferred.until());
        } else if (outcome instanceof StepOutcome.Paused) {
            settlement.paused(row);
        } else if (outcome instanceof StepOutcome.Held) {
            settlement.held(row);
        } else if (outcome instanceof StepOutcome.HeldUntil held) {
            settlement.heldUntil(row, held.until());
        } else if (outcome instanceof StepOutcome.SummedUp summed) {
            settlement.summedUp(row, summed.at());
        } else if (outcome instanceof StepOutcome.Released) {
            settlement.released(row);
        } else if (outcome instanceof StepOutcome.Cancelled cancelled) {
            settlement.cancelled(row, cancelled.reason());
        }
    }
}
