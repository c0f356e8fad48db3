package io.followupbot.conversation;

import io.followupbot.chat.Reply;
import io.followupbot.interview.Member;
import java.util.Optional;

/** The result of one input: the next state, the reply, and the member's settings when they changed. */
public record Transition(ConversationState next, Reply reply, Optional<Member> changedMember) {

    public static Transition to(final ConversationState next, final Reply reply) {
        return new Transition(next, reply, Optional.empty());
    }

    public Transition withMember(final Member member) {
        return new Transition(next, reply, Optional.of(member));
    }
}
