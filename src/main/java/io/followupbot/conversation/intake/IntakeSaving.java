package io.followupbot.conversation.intake;

import io.followupbot.followup.FollowUps;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.Member;
import io.followupbot.interview.StepKind;
import io.followupbot.policy.Plan;
import java.time.Clock;
import java.util.Optional;

/**
 * Where the intake meets the stored interviews: the plan its notes would give, and saving them. The only class of
 * the intake that reaches {@link FollowUps}; the application layer takes its place.
 */
final class IntakeSaving {

    private final FollowUps followUps;
    private final Clock clock;

    IntakeSaving(final FollowUps followUps, final Clock clock) {
        this.followUps = followUps;
        this.clock = clock;
    }

    /** The plan the notes would give, as a new interview or as the edit of the stored one. */
    Plan preview(final Member member, final IntakeNotes draft) {
        final Interview interview = interview(draft);
        return draft.editing() == null ? followUps.preview(member, interview)
                : followUps.preview(member, draft.editing(), interview);
    }

    /**
     * Saves the notes as a new interview, or over the stored one they edit (keeping its length and when it was first
     * recorded); empty when the edited interview no longer exists. Notes taken after an interview entered in advance
     * are its debrief: the debrief step is then done.
     */
    Optional<Tracked> save(final Member member, final IntakeNotes draft) {
        final Interview interview = interview(draft);
        final Optional<Tracked> saved = draft.editing() == null ? Optional.of(followUps.record(member, interview))
                : followUps.find(member, draft.editing()).flatMap(original -> followUps.edit(member, draft.editing(),
                        keeping(original.stored().interview(), interview)));
        return saved.map(tracked -> tracked.plan().steps(StepKind.DEBRIEF).isEmpty()
                || clock.instant().isBefore(tracked.stored().interview().endsAt()) ? tracked
                : followUps.report(member, tracked.number(), new InterviewEvent.Sent(clock.instant(), StepKind.DEBRIEF,
                        Optional.empty())).orElse(tracked));
    }

    /** The notes as an interview recorded now. */
    Interview interview(final IntakeNotes draft) {
        return new Interview(draft.company(), draft.role(), draft.startsAt(), Interview.DEFAULT_LENGTH, draft.format(),
                draft.interviewers(), Optional.ofNullable(draft.decisionDate()),
                draft.channel() == null ? ContactChannel.EMAIL : draft.channel(), clock.instant(),
                draft.addition() == null ? "" : draft.addition(), draft.pastResult() == null ? "" : draft.pastResult());
    }

    private static Interview keeping(final Interview original, final Interview edited) {
        return new Interview(edited.company(), edited.role(), edited.startsAt(), original.length(), edited.format(),
                edited.interviewers(), edited.decisionDate(), edited.channel(), original.recordedAt(), edited.addition(),
                edited.pastResult());
    }
}
