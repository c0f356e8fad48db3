package io.followupbot.drafts;

import java.util.Objects;

/**
 * One problem the checker found in a draft.
 *
 * @param reason what is wrong, short enough for a chat message
 * @param suggestion what to do about it
 */
public record Finding(FindingRule rule, String reason, String suggestion) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(suggestion, "suggestion");
    }
}
