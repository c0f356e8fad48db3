package io.followupbot.conversation.intake;

import io.followupbot.chat.Button;
import io.followupbot.followup.Wording;
import io.followupbot.chat.MemberText;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.conversation.ConversationState.Idle;
import io.followupbot.conversation.ConversationState.Intake;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Member;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import io.followupbot.conversation.Transition;
import io.followupbot.conversation.views.Views;

/**
 * The end of the intake: the notes and the plan they give, to confirm (saved), edit (one part, then back here) or
 * cancel. Its edit words and buttons come from the list of questions.
 */
final class IntakeSummary {

    private final IntakeSaving saving;
    private final Clock clock;
    private final Wording words;

    IntakeSummary(final IntakeSaving saving, final Wording words, final Clock clock) {
        this.saving = saving;
        this.words = words;
        this.clock = clock;
    }

    Outbound view(final IntakeNotes draft, final Member member) {
        final List<Outbound.Field> fields = new ArrayList<>(Views.interviewFields(saving.interview(draft),
                member.settings()));
        fields.addAll(Views.planFields(saving.preview(member, draft), clock.instant()));
        final List<Button> buttons = new ArrayList<>(List.of(IntakeAction.CONFIRM.button(words.text("summary.confirm"))));
        for (final IntakeQuestion question : IntakeQuestion.values()) {
            question.spec().summaryButton().ifPresent(key -> buttons.add(
                    IntakeAction.edit(words.text(key), question)));
        }
        buttons.add(IntakeAction.CANCEL.button(words.text("summary.cancel")));
        return new Outbound("Here's what I have, and the plan it gives. Save it?", fields, Optional.empty(), buttons,
                List.of());
    }

    /**
     * What the member typed at the summary (lower case): confirm saves; {@code edit <part>} opens that question
     * with {@code open}; anything else is answered with what can be typed.
     */
    Transition answer(final Member member, final Intake state, final String lower,
                      final Function<IntakeQuestion, Transition> open) {
        final IntakeNotes draft = state.draft();
        if (IntakeAction.SEPARATE.means(lower)) {
            return save(member, draft.withRoundOf(0));
        }
        // asked already (the application proposed), confirm or yes saves the notes as its round (IntakeSaving#roundOf)
        if (IntakeAction.CONFIRM.means(lower) || IntakeAction.SAME_PROCESS.means(lower)) {
            return new RoundQuestion(saving, clock).ask(member, state)
                    .orElseGet(() -> save(member, draft.roundOf() == null ? draft.withRoundOf(0) : draft));
        }
        if (lower.startsWith(IntakeAction.EDIT.word())) {
            final Optional<IntakeQuestion> target = IntakeQuestion.edited(lower.substring(IntakeAction.EDIT.word().length()).strip());
            if (target.isEmpty()) {
                return Transition.to(state, Reply.text("Which part? Type edit and one of: " + IntakeQuestion.editWords()
                        + "."));
            }
            if (target.get().spec().perInterviewer() && state.draft().interviewers().isEmpty()) {
                return Transition.to(state, Reply.text("There are no interviewers to add "
                        + target.get().spec().editWords().get(0) + " for; type edit interviewers first."));
            }
            return open.apply(target.get());
        }
        return Transition.to(state, Reply.text("Type confirm to save, edit <part> to change something ("
                + IntakeQuestion.editWords() + "), or cancel."));
    }

    private Transition save(final Member member, final IntakeNotes draft) {
        final Optional<Tracked> saved = saving.save(member, draft);
        if (saved.isEmpty()) {
            return Transition.to(new Idle(clock.millis()), Reply.text("That interview no longer exists, so there was "
                    + "nothing to save."));
        }
        final Tracked tracked = saved.get();
        final String headline = (draft.editing() != null ? "Updated #" + tracked.number()
                : tracked.stored().roundCount() > 1 ? "Saved as round " + tracked.stored().roundCount() + " of #"
                + tracked.number() : "Saved as #" + tracked.number()) + ", "
                + MemberText.quote(tracked.stored().interview().company()) + ". Here is your plan; I'll nudge you "
                + "with a ready draft each time.";
        final List<Button> buttons = new ArrayList<>();
        tracked.plan().next().ifPresent(next -> buttons.add(Button.primary("Show the next draft",
                "draft " + tracked.number())));
        buttons.add(Button.of("All my interviews", "list"));
        return Transition.to(new Idle(clock.millis()), Reply.of(Outbound.text(headline)
                .withFields(Views.planFields(tracked.plan(), clock.instant())).withButtons(buttons)));
    }
}
