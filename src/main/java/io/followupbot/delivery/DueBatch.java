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
 * @param context the members and interviews of the steps
 * @param pauses when the pause of each member of the batch who paused their reminders ends (or ended)
 */
public record DueBatch(String claim, Instant claimedUntil, List<DueStep> steps, int collapsed, DeliveryContext context,
                       Map<String, Instant> pauses) {

    /** A batch in which no member paused their reminders. */
    public DueBatch(final String claim, final Instant claimedUntil, final List<DueStep> steps, final int collapsed,
                    final Map<String, Member> members, final Map<String, StoredInterview> interviews) {
        this(claim, claimedUntil, steps, collapsed, new DeliveryContext(members, interviews), Map.of());
    }

    public DueBatch {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(claimedUntil, "claimedUntil");
        Objects.requireNonNull(context, "context");
        steps = List.copyOf(steps);
        pauses = Map.copyOf(pauses);
    }

    /** When the member's pause ends (or ended), if they paused their reminders. */
    public Optional<Instant> pause(final String memberId) {
        return Optional.ofNullable(pauses.get(memberId));
    }

    public Optional<Member> member(final String memberId) {
        return context.member(memberId);
    }

    public Optional<StoredInterview> interview(final String interviewId) {
        return context.interview(interviewId);
    }
}
