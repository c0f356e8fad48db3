package io.followupbot.delivery;

import io.followupbot.interview.Member;
import io.followupbot.interview.StoredInterview;
import java.util.Map;
import java.util.Optional;

/** The current members and interviews of a claimed batch, read at send time so that edits show. */
public record DeliveryContext(Map<String, Member> members, Map<String, StoredInterview> interviews) {

    public DeliveryContext {
        members = Map.copyOf(members);
        interviews = Map.copyOf(interviews);
    }

    public Optional<Member> member(final String memberId) {
        return Optional.ofNullable(members.get(memberId));
    }

    public Optional<StoredInterview> interview(final String interviewId) {
        return Optional.ofNullable(interviews.get(interviewId));
    }
}
