package io.followupbot.delivery;

import io.followupbot.interview.Member;
import io.followupbot.interview.StoredInterview;
import java.util.List;

/** Renders a nudge as one line naming the company and the step, with the standard actions. */
final class TestRenderer implements NudgeRenderer {

    @Override
    public Nudge render(final DueStep step, final StoredInterview interview, final Member member) {
        final String text = "Interview #" + interview.number() + " at " + interview.interview().company() + ": "
                + step.key();
        return new Nudge(step.id(), member.id(), member.key(), member.dmChannel(), interview.id(), interview.number(),
                step.kind(), step.key(), step.recipient(), text,
                List.of(new NudgeField("Company", interview.interview().company())),
                NudgeAction.standard(interview.number(), step.key()));
    }
}
