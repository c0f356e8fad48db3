package io.followupbot.conversation.intake;

import io.followupbot.followup.Wording;
import io.followupbot.chat.Button;
import io.followupbot.chat.MemberText;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.conversation.ConversationState.Idle;
import io.followupbot.conversation.ConversationState.Intake;
import io.followupbot.conversation.ConversationState.Onboarding;
import io.followupbot.conversation.ConversationState.OnboardingQuestion;
import io.followupbot.dates.LooseDateParser;
import io.followupbot.followup.FollowUps;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Member;
import io.followupbot.interview.StoredInterview;
import io.followupbot.interview.TextLimits;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;
import io.followupbot.conversation.language.InputText;

/**
 * The intake conversation, worked generically over its list of questions ({@link IntakeQuestion}): the one-time
 * onboarding, then one question at a time about the interview, then a summary with the dated plan to confirm.
 * Every answer either moves to the next state or stays with a message that says what to type.
 *
 * <pre>
 * Onboarding(ZONE) -> Onboarding(NAME) -> the questions in their order -> SUMMARY --confirm--> Idle
 * a question asked per interviewer is asked once for each, and passed over when there is none;
 * an interview still to come leaves the questions only it can answer for after it (debrief)
 * any question: back -> the previous one; skip -> next (skippable ones only); cancel -> Idle
 * SUMMARY: edit &lt;word&gt; -> that question, then straight back to SUMMARY
 * </pre>
 */
public final class IntakeFlow {

    private final LooseDateParser dates;
    private final Clock clock;
    private final OnboardingQuestions onboarding;
    private final IntakeSummary summary;

    public IntakeFlow(final LooseDateParser dates, final FollowUps followUps, final Wording words, final Clock clock) {
        this.dates = dates;
        this.clock = clock;
        this.onboarding = new OnboardingQuestions(clock);
        this.summary = new IntakeSummary(new IntakeSaving(followUps, clock), words, clock);
    }

    /** {@code /followup}: onboarding first if this member has never been asked, else the first question. */
    public Transition start(final Member member, final boolean firstInterview) {
        if (firstInterview && !member.zoneConfirmed()) {
            return ask(new Onboarding(clock.millis(), OnboardingQuestion.ZONE), member,
                    "Let's get your follow-ups sorted. Two quick things first, asked only once.");
        }
        if (firstInterview && member.settings().name().isBlank()) {
            return ask(new Onboarding(clock.millis(), OnboardingQuestion.NAME), member,
                    "Let's get your follow-ups sorted. One quick thing first, asked only once.");
        }
        return ask(onboarding.firstQuestion(), member, "Let's get your follow-ups sorted. I'll ask a few questions "
                + "about the interview (type back, skip or cancel at any time).");
    }

    /**
     * Notes read from an employer's message (an invitation): the summary to confirm when the message gave the
     * company, the role, the time and the format; else the first of those it lacks (then the summary, when that was the
     * only gap).
     */
    public Transition prefilled(final Member member, final IntakeNotes draft, final String lead) {
        return prefilled(member, draft, lead, false);
    }

    /**
     * The same; {@code everyQuestion}: on through every question from the first gap, whatever the number of gaps
     * (a new round: who was there, when they decide and what stood out are its own).
     */
    public Transition prefilled(final Member member, final IntakeNotes draft, final String lead,
            final boolean everyQuestion) {
        final Optional<IntakeQuestion> missing = draft.company() == null ? Optional.of(IntakeQuestion.COMPANY)
                : draft.role() == null ? Optional.of(IntakeQuestion.ROLE)
                : draft.startsAt() == null ? Optional.of(IntakeQuestion.WHEN)
                : draft.format() == null ? Optional.of(IntakeQuestion.FORMAT) : Optional.empty();
        final long gaps = java.util.stream.Stream.of(draft.company(), draft.role(), draft.startsAt(), draft.format())
                .filter(java.util.Objects::isNull).count();
        // One gap: back to the summary once it is filled; more: on through the questions from the first gap.
        if (everyQuestion) {
            final IntakeQuestion first = missing.orElse(IntakeQuestion.INTERVIEWERS);
            return ask(new Intake(clock.millis(), first, 0, false, draft), member, lead);
        }
        return ask(new Intake(clock.millis(), missing.orElse(IntakeQuestion.SUMMARY), 0, gaps == 1, draft), member,
                lead);
    }

    /** {@code edit <id>}: the summary of a stored interview, ready for {@code edit <field>}. */
    public Transition edit(final Member member, final StoredInterview stored) {
        return edit(member, stored, 0);
    }

    /** {@code edit <id> round <n>}: the summary of that round of a stored application (0: its latest). */
    public Transition edit(final Member member, final StoredInterview stored, final int round) {
        final boolean named = round > 0 && stored.roundCount() > 1;
        return ask(new Intake(clock.millis(), IntakeQuestion.SUMMARY, 0, false,
                IntakeNotes.of(named ? stored.round(round) : stored.interview(), stored.number(), named ? round : null)),
                member, "Editing #" + stored.number() + (named ? ", round " + round : stored.roundCount() > 1
                        ? ", its latest round (edit " + stored.number() + " round N for another)" : "") + ".");
    }

    /**
     * {@code debrief <id>}: after an interview entered in advance, who it was with (now known), then the questions
     * only it could answer.
     */
    public Transition debrief(final Member member, final Tracked tracked) {
        final IntakeNotes draft = IntakeNotes.of(tracked.stored().interview(), tracked.stored().number());
        return ask(new Intake(clock.millis(), IntakeQuestion.INTERVIEWERS, 0, false, draft), member,
                "Let's add what you learned at the " + MemberText.quote(tracked.stored().interview().company())
                        + " interview.");
    }

    /**
     * A command word typed in the middle of the questions: what the command shows, then the question again; a
     * single word that could also be the answer ("help" as a company) is offered as such in one line, never
     * saved without asking.
     */
    public Transition afterCommand(final Member member, final Intake state, final InputText input, final Reply shown) {
        final List<Outbound> messages = new ArrayList<>(shown.messages());
        final Outbound again = prompt(state, member);
        final String word = input.value().strip();
        final Optional<String> field = word.contains(" ") ? Optional.empty()
                : state.question().spec().answerNamed();
        final List<Button> buttons = new ArrayList<>(again.buttons());
        field.ifPresent(name -> buttons.add(Button.of("Use \"" + cap(word, 30) + "\" as " + name,
                "\"" + cap(word, 60) + "\"")));
        final String offer = field.map(name -> "\n(Or did you mean \"" + MemberText.quote(cap(word, 30)) + "\" as "
                + name + "? Type it in quotes, \"" + cap(word, 30) + "\", or tap the button.)").orElse("");
        messages.add(new Outbound("Back to your notes: " + again.text() + offer, again.fields(), again.draft(),
                buttons, again.files()));
        return Transition.to(state, new Reply(messages, true, false));
    }

    public Transition answerOnboarding(final Member member, final Onboarding state, final InputText input) {
        return onboarding.answer(member, state, input, this::ask);
    }

    /** Re-asks the current question (a bare /followup in the middle of an intake). */
    public Transition resume(final Member member, final ConversationState state) {
        return ask(state, member, "Let's carry on where we were.");
    }

    public Transition answer(final Member member, final Intake state, final InputText input) {
        final Optional<String> literal = literal(input.value());
        if (literal.isPresent() && state.question() != IntakeQuestion.SUMMARY) {
            return literal.get().isEmpty() ? notCaught(member, state) : answered(member, state, literal.get());
        }
        final String text = input.value();
        final String lower = text.toLowerCase(Locale.ROOT);
        if (IntakeAction.CANCEL.means(lower)) {
            return Transition.to(new Idle(clock.millis()), Reply.text(state.draft().editing() == null
                    ? "Okay, I dropped those notes; nothing was saved. Type /followup to start again."
                    : "Okay, #" + state.draft().editing() + " is unchanged."));
        }
        if (IntakeAction.BACK.means(lower)) {
            return back(member, state);
        }
        if (state.question() == IntakeQuestion.SUMMARY) {
            return summary.answer(member, state, lower, target -> ask(new Intake(clock.millis(), target, 0, true,
                    state.draft()), member, ""));
        }
        if (IntakeAction.SKIP.means(lower)) {
            final Optional<UnaryOperator<IntakeNotes>> skip = state.question().spec().skip();
            if (skip.isEmpty()) {
                return Transition.to(state, Reply.text("I need this one to plan your follow-ups. "
                        + prompt(state, member).text() + " (or cancel to stop)"));
            }
            return forward(member, state, skip.get().apply(state.draft()));
        }
        return text.isEmpty() ? notCaught(member, state) : answered(member, state, text);
    }

    private Transition notCaught(final Member member, final Intake state) {
        return Transition.to(state, Reply.text("I didn't catch an answer. " + prompt(state, member).text()));
    }

    private Transition answered(final Member member, final Intake state, final String text) {
        final IntakeAnswer answer = state.question().spec().read(context(member, state), text);
        if (answer.problem().isPresent()) {
            return Transition.to(state, Reply.of(Outbound.text(answer.problem().get()).withButtons(answer.choices())));
        }
        final Transition next = forward(member, state, answer.draft());
        return answer.echo().map(echo -> prefix(next, echo)).orElse(next);
    }

    /** The next question: the same one for the next interviewer, the summary after an edit, else the following. */
    private Transition forward(final Member member, final Intake state, final IntakeNotes draft) {
        final IntakeQuestion question = state.question();
        if (question.spec().perInterviewer() && state.detailIndex() + 1 < draft.interviewers().size()) {
            return ask(new Intake(clock.millis(), question, state.detailIndex() + 1, state.backToSummary(), draft),
                    member, "");
        }
        final IntakeQuestion next = !state.backToSummary() ? following(question, draft)
                : question.spec().leadsOnAfterEdit() ? askedPerInterviewerAfter(question, draft)
                : IntakeQuestion.SUMMARY;
        return ask(new Intake(clock.millis(), next, 0, state.backToSummary(), draft), member, "");
    }

    /** After new interviewers at the summary: what is asked about each of them, then the summary again. */
    private IntakeQuestion askedPerInterviewerAfter(final IntakeQuestion question, final IntakeNotes draft) {
        IntakeQuestion next = following(question, draft);
        while (next != IntakeQuestion.SUMMARY && !next.spec().perInterviewer()) {
            next = following(next, draft);
        }
        return next;
    }

    /**
     * The question after {@code question}, passing over those asked per interviewer when there is none, for an
     * interview still to come those only the interview can answer (asked after it instead), and the company, role,
     * time and format when the notes already hold them (the member's sentence or the employer's invite gave them).
     */
    private IntakeQuestion following(final IntakeQuestion question, final IntakeNotes draft) {
        final boolean upcoming = IntakeContext.upcoming(draft, clock.instant());
        IntakeQuestion next = question;
        do {
            next = IntakeQuestion.values()[next.ordinal() + 1];
        } while (next != IntakeQuestion.SUMMARY && (nobodyToAskAbout(next, draft)
                || upcoming && next.afterTheInterview() || next.givenIn(draft)));
        return next;
    }

    /** The previous question (the previous interviewer's, for one asked per interviewer). */
    private Transition back(final Member member, final Intake state) {
        final IntakeQuestion question = state.question();
        if (question.ordinal() == 0) {
            return ask(state, member, "This is the first question.");
        }
        if (question.spec().perInterviewer() && state.detailIndex() > 0) {
            return ask(new Intake(clock.millis(), question, state.detailIndex() - 1, false, state.draft()), member, "");
        }
        IntakeQuestion previous = IntakeQuestion.values()[question.ordinal() - 1];
        while (nobodyToAskAbout(previous, state.draft())) {
            previous = IntakeQuestion.values()[previous.ordinal() - 1];
        }
        final int index = previous.spec().perInterviewer() ? state.draft().interviewers().size() - 1 : 0;
        return ask(new Intake(clock.millis(), previous, index, false, state.draft()), member, "");
    }

    private static boolean nobodyToAskAbout(final IntakeQuestion question, final IntakeNotes draft) {
        return question.spec().perInterviewer() && draft.interviewers().isEmpty();
    }

    private Transition ask(final ConversationState state, final Member member, final String lead) {
        final Outbound question = state instanceof Intake intake ? prompt(intake, member)
                : onboarding.prompt((Onboarding) state, member);
        final Outbound withLead = lead.isBlank() ? question : new Outbound(lead + "\n" + question.text(),
                question.fields(), question.draft(), question.buttons(), question.files());
        return Transition.to(state, Reply.of(withLead));
    }

    private Outbound prompt(final Intake state, final Member member) {
        return state.question() == IntakeQuestion.SUMMARY ? summary.view(state.draft(), member)
                : state.question().spec().prompt(context(member, state));
    }

    private IntakeContext context(final Member member, final Intake state) {
        return new IntakeContext(member, state.draft(), state.detailIndex(), clock.instant(), dates);
    }

    private static Transition prefix(final Transition transition, final String note) {
        final List<Outbound> messages = new ArrayList<>(transition.reply().messages());
        final Outbound first = messages.get(0);
        messages.set(0, new Outbound(note + "\n" + first.text(), first.fields(), first.draft(), first.buttons(),
                first.files()));
        return new Transition(transition.next(), new Reply(messages, true, false), transition.changedMember());
    }

    /** Words that answer the intake even when they arrive as a button or look like a command. */
    public static boolean isIntakeWord(final String word) {
        return IntakeAction.of(word).isPresent();
    }

    /** Kept for {@code CommandDispatcher} until it uses {@link TextLimits#cap} itself. */
    static String cap(final String text, final int max) {
        return TextLimits.cap(text, max);
    }

    /** An answer in straight or curly quotes, without them: taken as the answer whatever it says (blank: none). */
    private static Optional<String> literal(final String text) {
        final String stripped = text.strip();
        if (stripped.length() >= 2 && (stripped.startsWith("\"") && stripped.endsWith("\"")
                || stripped.startsWith("\u201c") && stripped.endsWith("\u201d"))) {
            return Optional.of(stripped.substring(1, stripped.length() - 1).strip());
        }
        return Optional.empty();
    }
}
