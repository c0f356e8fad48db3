package io.followupbot.delivery;

import io.followupbot.interview.Member;
import io.followupbot.interview.StoredInterview;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Due steps one dispatcher holds until {@code claimedUntil}, in due order, with the members and interviews
 * they are for as they are now (read after the claim, so that edits show in the nudge).
 *
 * @param claim names the claim: only a settlement under it changes the steps
 * @param collapsed how many older due steps a later due step of the same interview superseded
 */
public record DueBatch(String claim, Instant claimedUntil, List<DueStep> steps, int collapsed,
                       Map<String, Member> members, Map<String, StoredInterview> interviews) {

    public DueBatch {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(claimedUntil, "claimedUntil");
        steps = List.copyOf(steps);
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
