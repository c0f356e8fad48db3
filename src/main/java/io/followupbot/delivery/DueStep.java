package io.followupbot.delivery;

import io.followupbot.interview.StepKind;
import io.followupbot.store.PlanStepRow;
import java.time.Instant;
import java.util.Optional;

/**
 * A plan step that is being delivered now, as the renderer sees it.
 *
 * @param attempts how many earlier tries did not deliver it
 */
public record DueStep(String id, String interviewId, String memberId, StepKind kind, String key,
                      Optional<String> recipient, int sequence, boolean last, Instant dueAt, int attempts) {

    static DueStep of(final PlanStepRow row) {
        final StepKind kind = StepKind.fromKey(row.kind())
                .orElseThrow(() -> new IllegalStateException("unknown step kind " + row.kind()));
        return new DueStep(row.id(), row.interviewId(), row.memberId(), kind, row.stepKey(),
                Optional.ofNullable(row.recipient()), row.sequence(), row.isLast() != 0,
                Instant.ofEpochMilli(row.dueAt()), row.attempts());
    }
}
