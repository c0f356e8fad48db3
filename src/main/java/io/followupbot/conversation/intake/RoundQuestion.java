package io.followupbot.conversation.intake;

import io.followupbot.chat.Button;
import io.followupbot.chat.MemberText;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.conversation.ConversationState.Intake;
import io.followupbot.conversation.Transition;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Interview;
import io.followupbot.interview.Member;
import io.followupbot.interview.StoredInterview;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one question the summary may ask before saving: whether new notes are the next round of an application already
 * open with that company and role (the default) or a separate application; and, for a round dated before the
 * application's latest, whether that date is right. Asked once: the answer, or confirm again, saves.
 */
final class RoundQuestion {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final IntakeSaving saving;
    private final Clock clock;

    RoundQuestion(final IntakeSaving saving, final Clock clock) {
        this.saving = saving;
        this.clock = clock;
    }

    /**
     * The question to ask before saving these notes, with the notes marked as asked (the application proposed, as a
     * negative {@code roundOf}); empty when there is none: an edit, a separate application (0), or asked already.
     */
    Optional<Transition> ask(final Member member, final Intake state) {
        final IntakeNotes draft = state.draft();
        if (draft.editing() != null || draft.roundOf() != null && draft.roundOf() <= 0) {
            return Optional.empty();
        }
        final Optional<Tracked> application = draft.roundOf() == null ? saving.sameProcess(member, draft)
                : saving.find(member, draft.roundOf());
        if (application.isEmpty()) {
            return Optional.empty();
        }
        final StoredInterview stored = application.get().stored();
        final Interview latest = stored.interview();
        final boolean earlier = !stored.awaitingInterview() && draft.startsAt() != null
                && draft.startsAt().isBefore(latest.startsAt());
        if (draft.roundOf() != null && !earlier) {
            return Optional.empty();
        }
        final int number = stored.number();
        final String name = "#" + number + " " + MemberText.quote(latest.company()) + " - " + MemberText.quote(latest.role());
        final String day = DAY.format(latest.startsAt().atZone(member.settings().zone()));
        final String text;
        final List<Button> buttons;
        if (stored.awaitingInterview()) {
            text = "You applied to " + MemberText.quote(latest.company()) + " for " + MemberText.quote(latest.role())
                    + " on " + day + " (#" + number + "). Is this interview for that application? Then its plan takes "
                    + "the place of the follow-up on the application.";
            buttons = List.of(Button.primary("Yes, for #" + number, IntakeAction.SAME_PROCESS.word()),
                    Button.of("No, a separate application", IntakeAction.SEPARATE.word()));
        } else if (earlier) {
            text = "That date comes before the latest round of " + name + " (" + day + "). Is it right? I'll keep the "
                    + "rounds in date order and plan the check-ins from the latest.";
            buttons = List.of(Button.primary("Yes, save it", IntakeAction.SAME_PROCESS.word()),
                    Button.of("Change the date", IntakeAction.EDIT.word() + " when"),
                    Button.of("A separate application", IntakeAction.SEPARATE.word()));
        } else {
            text = "You already have " + name + " (" + rounds(stored) + ", the latest on " + day + "). Is this its next "
                    + "round? Then one plan follows the whole process: this round's thank-yous, and one set of "
                    + "check-ins after it.";
            buttons = List.of(Button.primary("Yes, round " + (stored.roundCount() + 1) + " of #" + number,
                    IntakeAction.SAME_PROCESS.word()), Button.of("No, a separate application", IntakeAction.SEPARATE.word()));
        }
        return Optional.of(Transition.to(new Intake(clock.millis(), state.question(), state.detailIndex(),
                state.backToSummary(), draft.withRoundOf(-number)), Reply.of(Outbound.text(text).withButtons(buttons))));
    }

    private static String rounds(final StoredInterview stored) {
        return stored.roundCount() == 1 ? "1 round" : stored.roundCount() + " rounds";
    }
}
