package io.followupbot.interview;

import java.util.Objects;

/**
 * An interview as kept in the store.
 *
 * @param id the internal id (never shown to members)
 * @param number the short id the member types, unique per member: 1, 2, 3...
 */
public record StoredInterview(String id, String memberId, int number, Interview interview, Stage stage) {

    public StoredInterview {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(interview, "interview");
        Objects.requireNonNull(stage, "stage");
    }

    public StoredInterview with(final Interview changed, final Stage newStage) {
        return new StoredInterview(id, memberId, number, changed, newStage);
    }
}
