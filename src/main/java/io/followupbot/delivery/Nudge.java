package io.followupbot.delivery;

import io.followupbot.chat.Outbound;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.StepKind;
import java.util.Objects;
import java.util.Optional;

/**
 * One rendered nudge, ready for a platform adapter: who gets it, which step of which interview it is about,
 * and what it says, as the same platform-neutral message the conversation uses (its buttons are commands:
 * {@code sent 3 thank_you@Ana_Ruiz}, {@code draft 3 ...}, {@code snooze 3 ... tomorrow}, {@code heard 3},
 * {@code archive 3}).
 *
 * @param stepId the plan row, unique per nudge: adapters may use it to make a repeated send idempotent
 * @param dmChannel the member's DM channel, when the platform told us
 * @param recipient the interviewer the step is for, when it is one message per interviewer
 */
public record Nudge(
        String stepId,
        String memberId,
        MemberKey memberKey,
        Optional<String> dmChannel,
        String interviewId,
        int interviewNumber,
        StepKind kind,
        String stepKey,
        Optional<String> recipient,
        Outbound message) {

    public Nudge {
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(memberKey, "memberKey");
        dmChannel = dmChannel == null ? Optional.empty() : dmChannel;
        Objects.requireNonNull(interviewId, "interviewId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stepKey, "stepKey");
        recipient = recipient == null ? Optional.empty() : recipient;
        Objects.requireNonNull(message, "message");
    }
}
