package io.followupbot.delivery;

import io.followupbot.interview.Member;

/**
 * Tells a member whose DMs refused a nudge for good that the bot cannot reach them, where they last used
 * the bot ({@link Member#lastChannel()}). Called once per member, after the failure was stored.
 */
@FunctionalInterface
public interface UnreachableNotifier {

    UnreachableNotifier NONE = (member, reason) -> { };

    void memberUnreachable(Member member, String reason);
}
