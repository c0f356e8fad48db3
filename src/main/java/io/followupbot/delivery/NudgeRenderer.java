package io.followupbot.delivery;

import io.followupbot.interview.Member;
import io.followupbot.interview.StoredInterview;

/**
 * Turns a due step into the nudge the member sees. Called at send time with the interview and member as
 * they are now, so an edit made after the plan was stored shows in the nudge. The conversation engine
 * provides the real one.
 */
@FunctionalInterface
public interface NudgeRenderer {

    Nudge render(DueStep step, StoredInterview interview, Member member);
}
