package io.followupbot.conversation.views;

import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.StepKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Names a step of a plan in one word, for commands and button values: {@code thank_you@Ana_Ruiz},
 * {@code check_in#2}. A kind alone ({@code thank_you}) names the first pending step of that kind.
 */
public final class StepRefs {

    private StepRefs() {
    }

    public static String of(final PlannedStep step) {
        return step.key().replace(' ', '_');
    }

    public static Optional<PlannedStep> find(final List<PlannedStep> steps, final String word) {
        final String wanted = word.toLowerCase(Locale.ROOT);
        for (final PlannedStep step : steps) {
            if (of(step).toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(step);
            }
        }
        final Optional<StepKind> kind = StepKind.fromKey(wanted.replace("thank-you", "thank_you")
                .replace("checkin", "check_in").replace("thanks", "thank_you"));
        return kind.flatMap(found -> steps.stream().filter(step -> step.kind() == found).findFirst());
    }
}
