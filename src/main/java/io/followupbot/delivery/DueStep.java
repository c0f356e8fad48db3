package io.followupbot.delivery;

import io.followupbot.interview.StepKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan step that is due and claimed for delivery now, as the dispatcher and the renderer see it.
 *
 * @param key the step's key within its interview's plan (kind, interviewer, sequence)
 * @param attempts how many earlier tries did not deliver it
 * @param lastError why the last of those tries did not, if one did not
 */
public record DueStep(String id, String interviewId, String memberId, StepKind kind, String key,
                      Optional<String> recipient, int sequence, boolean last, Instant dueAt, int attempts,
                      Optional<String> lastError) {

    public DueStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        recipient = recipient == null ? Optional.empty() : recipient;
        lastError = lastError == null ? Optional.empty() : lastError;
    }
}
