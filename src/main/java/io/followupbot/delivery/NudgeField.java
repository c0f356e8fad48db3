package io.followupbot.delivery;

import java.util.Objects;

/** A labelled fact shown with a nudge (company, role, who to write to, the deadline). */
public record NudgeField(String label, String value) {

    public NudgeField {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
