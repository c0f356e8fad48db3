package io.followupbot.interview;

/**
 * What an activity of the work-search log is, and whether it is the member's own doing: what they did counts toward
 * their weekly goal (followup's {@code WeeklyGoal}), what the employer did (a reply) or giving up (a withdrawal) does
 * not. Its words are the log's English ones; a community renames them by its key ({@link WorkSearchTerms}).
 */
public enum ActivityKind implements WorkSearchTerms.Named {
    /** An application sent (issue 33's {@code applied}). */
    APPLIED("applied", true),
    INTERVIEW("interview", true),
    THANK_YOU_SENT("thank-you sent", true),
    CHECK_IN_SENT("check-in sent", true),
    /** The follow-up on an application with no interview yet. */
    FOLLOW_UP_SENT("follow-up sent", true),
    REPLY_HEARD("reply heard", false),
    WITHDREW("withdrew", false);

    private final String english;
    private final boolean membersOwn;

    ActivityKind(final String english, final boolean membersOwn) {
        this.english = english;
        this.membersOwn = membersOwn;
    }

    /** The activity as the log's {@code activity} column names it, in English. */
    @Override
    public String english() {
        return english;
    }

    /** Whether the member did it (an application or a follow-up): it counts toward their weekly goal. */
    public boolean membersOwn() {
        return membersOwn;
    }
}
