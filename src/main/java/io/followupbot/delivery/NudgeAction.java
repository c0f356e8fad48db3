package io.followupbot.delivery;

import java.util.List;
import java.util.Objects;

/**
 * A button under a nudge, platform-neutral: {@code id} is the payload the adapter hands back to the
 * conversation engine when it is pressed, e.g. {@code sent:3:thank_you@Ana Ruiz}.
 */
public record NudgeAction(String id, String label) {

    public NudgeAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }

    /** The five actions of every nudge: mark sent, show the draft, snooze, they replied, stop. */
    public static List<NudgeAction> standard(final int interviewNumber, final String stepKey) {
        final String step = interviewNumber + ":" + stepKey;
        return List.of(
                new NudgeAction("sent:" + step, "Mark sent"),
                new NudgeAction("draft:" + step, "Show the draft"),
                new NudgeAction("snooze:" + step, "Snooze"),
                new NudgeAction("replied:" + interviewNumber, "They replied"),
                new NudgeAction("stop:" + interviewNumber, "Stop"));
    }
}
