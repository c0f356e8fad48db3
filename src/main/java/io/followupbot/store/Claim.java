package io.followupbot.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import io.followupbot.store.rows.PlanStepRow;

/**
 * Due steps one dispatcher holds until {@code claimedUntil}, in due order. The steps that a later due step of
 * the same interview superseded were marked collapsed in the claiming transaction and are only reported.
 *
 * @param token names this claim; only a settlement under it can change the rows
 */
public record Claim(String token, String instanceId, Instant claimedUntil, List<PlanStepRow> steps,
                    List<PlanStepRow> collapsed) {

    public Claim {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(claimedUntil, "claimedUntil");
        steps = List.copyOf(steps);
        collapsed = List.copyOf(collapsed);
    }

    public boolean isEmpty() {
        return steps.isEmpty() && collapsed.isEmpty();
    }
}
