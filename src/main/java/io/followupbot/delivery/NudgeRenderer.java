package io.followupbot.delivery;

import io.followupbot.chat.Outbound;
import io.followupbot.interview.Member;
import io.followupbot.interview.StoredInterview;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a due step into the nudge the member sees. Called at send time with the interview and member as
 * they are now, so an edit made after the plan was stored shows in the nudge. The conversation engine
 * provides the real one.
 */
@FunctionalInterface
public interface NudgeRenderer {

    Nudge render(DueStep step, StoredInterview interview, Member member);

    /**
     * The one message a member back from a pause gets instead of a nudge per step: what waited. Without a
     * renderer of its own, the nudges' texts one after the other, with the first one's buttons.
     *
     * @param steps at least one, each of an interview in {@code interviews}
     */
    default Nudge renderWaiting(final Member member, final List<DueStep> steps,
                                final Map<String, StoredInterview> interviews) {
        final List<Nudge> nudges = steps.stream().map(step -> render(step, interviews.get(step.interviewId()), member))
                .toList();
        final Nudge first = nudges.get(0);
        final String text = nudges.stream().map(nudge -> nudge.message().text()).collect(Collectors.joining("\n"));
        return new Nudge(first.stepId(), first.memberId(), first.memberKey(), first.dmChannel(), first.interviewId(),
                first.interviewNumber(), first.kind(), first.stepKey(), first.recipient(),
                Outbound.text(text).withButtons(first.message().buttons()));
    }
}
