package io.followupbot.delivery;

import io.followupbot.interview.Member;
import io.followupbot.interview.StoredInterview;
import io.followupbot.chat.Button;
import io.followupbot.chat.Outbound;
import java.util.List;

/** Renders a nudge as one line naming the company and the step, with the standard actions. */
final class TestRenderer implements NudgeRenderer {

    @Override
    public Nudge render(final DueStep step, final StoredInterview interview, final Member member) {
        final String text = "Interview #" + interview.number() + " at " + interview.interview().company() + ": "
                + step.key();
        return new Nudge(step.id(), member.id(), member.key(), member.dmChannel(), interview.id(), interview.number(),
                step.kind(), step.key(), step.recipient(), Outbound.text(text)
                        .withFields(List.of(new Outbound.Field("Company", interview.interview().company())))
                        .withButtons(List.of(Button.primary("Mark sent", "sent " + interview.number() + " " + step.key()),
                                Button.of("They replied", "heard " + interview.number()))));
    }
}
