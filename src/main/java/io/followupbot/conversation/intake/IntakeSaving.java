package io.followupbot.conversation.intake;

import io.followupbot.drafts.Companies;
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

    /** The plan the notes would give: as a new application, the next round of one, or the edit of a stored one. */
    Plan preview(final Member member, final IntakeNotes draft) {
        final Interview interview = interview(draft);
        if (draft.editing() != null) {
            return followUps.preview(member, draft.editing(), draft.editingRound() == null ? 0 : draft.editingRound(),
                    interview);
        }
        return roundOf(draft).flatMap(number -> followUps.previewRound(member, number, interview))
                .orElseGet(() -> followUps.preview(member, interview));
    }

    /** The application these notes are a round of, settled or proposed; empty for a new application. */
    static Optional<Integer> roundOf(final IntakeNotes draft) {
        return Optional.ofNullable(draft.roundOf()).filter(number -> number != 0).map(Math::abs);
    }

    /**
     * The member's open application these notes look like the next round of: the same company (named as the draft
     * checker names one) and the same role, the latest when several.
     */
    Optional<Tracked> sameProcess(final Member member, final IntakeNotes draft) {
        if (draft.company() == null || draft.editing() != null) {
            return Optional.empty();
        }
        return followUps.pipeline(member).stream().filter(tracked -> !tracked.stored().stage().closed())
                .filter(tracked -> sameCompany(draft.company(), tracked.stored().interview().company()))
                .filter(tracked -> draft.role() == null || sameRole(draft.role(), tracked.stored().interview().role()))
                .reduce((first, second) -> second);
    }

    Optional<Tracked> find(final Member member, final int number) {
        return followUps.find(member, number);
    }

    private static boolean sameCompany(final String typed, final String stored) {
        return typed.strip().equalsIgnoreCase(stored.strip()) || Companies.mentioned(typed, stored)
                || Companies.mentioned(stored, typed);
    }

    private static boolean sameRole(final String typed, final String stored) {
        final String one = typed.strip().toLowerCase(java.util.Locale.ROOT);
        final String other = stored.strip().toLowerCase(java.util.Locale.ROOT);
        return one.equals(other) || one.isEmpty() || other.isEmpty();
    }

    /**
     * Saves the notes as a new interview, or over the stored one they edit (keeping its length and when it was first
     * recorded); empty when the edited interview no longer exists. Notes taken after an interview entered in advance
     * are its debrief: the debrief step is then done.
     */
    Optional<Tracked> save(final Member member, final IntakeNotes draft) {
        final Interview interview = interview(draft);
        final int round = draft.editingRound() == null ? 0 : draft.editingRound();
        final Optional<Tracked> saved = draft.editing() != null
                ? followUps.find(member, draft.editing()).filter(original -> round <= original.stored().roundCount())
                        .flatMap(original -> followUps.edit(member, draft.editing(), round, keeping(round == 0
                                ? original.stored().interview() : original.stored().round(round), interview)))
                : roundOf(draft).flatMap(number -> followUps.addRound(member, number, interview))
                        .or(() -> Optional.of(followUps.record(member, interview)));
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
