package io.followupbot.conversation;

import io.followupbot.chat.Reply;
import io.followupbot.chat.MemberText;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Button;
import io.followupbot.conversation.ConversationState.Idle;
import io.followupbot.conversation.ConversationState.Intake;
import io.followupbot.conversation.ConversationState.Onboarding;
import io.followupbot.conversation.ConversationState.OnboardingQuestion;
import io.followupbot.followup.FollowUps;
import io.followupbot.followup.Tracked;
import io.followupbot.followup.Wording;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.StoredInterview;
import io.followupbot.dates.DateAnswer;
import io.followupbot.dates.LooseDateParser;
import io.followupbot.dates.ZoneNames;
import io.followupbot.policy.Plan;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The intake conversation as a state machine: the one-time onboarding (time zone, then name and contact
 * line), then one question at a time about the interview, then a summary with the dated plan to confirm.
 * Every answer either moves to the next state or stays with a message that says what to type.
 *
 * <pre>
 * Onboarding(ZONE) -> Onboarding(NAME) -> Intake(COMPANY) -> ROLE -> WHEN -> FORMAT -> INTERVIEWERS
 *   -> DECISION -> DETAIL(i) for each interviewer -> RESULT -> ADDITION -> CHANNEL -> SUMMARY --confirm--> Idle
 * any question: back -> the previous one; skip -> next (optional ones only); cancel -> Idle
 * SUMMARY: edit &lt;field&gt; -> that question, then straight back to SUMMARY
 * </pre>
 */
final class IntakeFlow {

    private static final int MAX_NAME = 200;
    /** A past result is one or two sentences; the full thank-you must stay within its length. */
    private static final int MAX_RESULT = 400;
    private static final Map<String, IntakeQuestion> EDITABLE = Map.ofEntries(
            Map.entry("company", IntakeQuestion.COMPANY), Map.entry("role", IntakeQuestion.ROLE),
            Map.entry("when", IntakeQuestion.WHEN), Map.entry("date", IntakeQuestion.WHEN),
            Map.entry("time", IntakeQuestion.WHEN), Map.entry("format", IntakeQuestion.FORMAT),
            Map.entry("interviewers", IntakeQuestion.INTERVIEWERS), Map.entry("people", IntakeQuestion.INTERVIEWERS),
            Map.entry("decision", IntakeQuestion.DECISION), Map.entry("details", IntakeQuestion.DETAIL),
            Map.entry("detail", IntakeQuestion.DETAIL), Map.entry("result", IntakeQuestion.RESULT),
            Map.entry("addition", IntakeQuestion.ADDITION),
            Map.entry("add", IntakeQuestion.ADDITION), Map.entry("contact", IntakeQuestion.CHANNEL),
            Map.entry("channel", IntakeQuestion.CHANNEL));

    private final LooseDateParser dates;
    private final FollowUps followUps;
    private final Clock clock;

    IntakeFlow(final LooseDateParser dates, final FollowUps followUps, final Clock clock) {
        this.dates = dates;
        this.followUps = followUps;
        this.clock = clock;
    }

    /** {@code /followup}: onboarding first if this member has never been asked, else the first question. */
    Transition start(final Member member, final boolean firstInterview) {
        if (firstInterview && !member.zoneConfirmed()) {
            return ask(new Onboarding(clock.millis(), OnboardingQuestion.ZONE), member,
                    "Let's get your follow-ups sorted. Two quick things first, asked only once.");
        }
        if (firstInterview && member.settings().name().isBlank()) {
            return ask(new Onboarding(clock.millis(), OnboardingQuestion.NAME), member,
                    "Let's get your follow-ups sorted. One quick thing first, asked only once.");
        }
        return ask(new Intake(clock.millis(), IntakeQuestion.COMPANY, 0, false, IntakeDraft.empty()), member,
                "Let's get your follow-ups sorted. I'll ask a few questions about the interview "
                        + "(type back, skip or cancel at any time).");
    }

    /** {@code edit <id>}: the summary of a stored interview, ready for {@code edit <field>}. */
    Transition edit(final Member member, final StoredInterview stored) {
        final Interview interview = stored.interview();
        final IntakeDraft draft = new IntakeDraft(interview.company(), interview.role(), interview.startsAt(),
                Views.dayAndTime(interview.startsAt(), member.settings().zone()), interview.format(),
                interview.interviewers(), true, interview.decisionDate().orElse(null), true, interview.addition(),
                interview.pastResult(), interview.channel(), stored.number());
        return ask(new Intake(clock.millis(), IntakeQuestion.SUMMARY, 0, false, draft), member,
                "Editing #" + stored.number() + ".");
    }

    /** {@code debrief <id>}: after an interview entered in advance, the questions only it could answer. */
    Transition debrief(final Member member, final Tracked tracked) {
        final Transition summary = edit(member, tracked.stored());
        final Intake editing = (Intake) summary.next();
        return ask(new Intake(clock.millis(), IntakeQuestion.INTERVIEWERS, 0, false, editing.draft()), member,
                "Let's add what you learned at the " + MemberText.quote(tracked.stored().interview().company())
                        + " interview.");
    }

    /**
     * A command word typed in the middle of the questions: what the command shows, then the question again; a
     * single word that could also be the answer ("help" as a company) is offered as such in one line, never
     * saved without asking.
     */
    Transition afterCommand(final Member member, final Intake state, final InputText input, final Reply shown) {
        final List<Outbound> messages = new ArrayList<>(shown.messages());
        final Outbound again = state.question() == IntakeQuestion.SUMMARY ? summary(state, member)
                : question(state, member);
        final String word = input.value().strip();
        final Optional<String> field = word.contains(" ") ? Optional.empty()
                : IntakeInterruptions.answerNamed(state.question());
        final List<Button> buttons = new ArrayList<>(again.buttons());
        field.ifPresent(name -> buttons.add(Button.of("Use \"" + cap(word, 30) + "\" as " + name,
                "\"" + cap(word, 60) + "\"")));
        final String offer = field.map(name -> "\n(Or did you mean \"" + MemberText.quote(cap(word, 30)) + "\" as " + name
                + "? Type it in quotes, \"" + cap(word, 30) + "\", or tap the button.)").orElse("");
        messages.add(new Outbound("Back to your notes: " + again.text() + offer, again.fields(), again.draft(),
                buttons, again.files()));
        return Transition.to(state, new Reply(messages, true, false));
    }

    Transition answerOnboarding(final Member member, final Onboarding state, final InputText input) {
        final String text = input.value();
        if (text.equalsIgnoreCase("cancel")) {
            return Transition.to(new Idle(clock.millis()), Reply.text("Okay, stopped. Type /followup when you're ready."));
        }
        if (state.question() == OnboardingQuestion.ZONE) {
            final Optional<ZoneNames.Zone> zone = text.equalsIgnoreCase("ok") || text.equalsIgnoreCase("skip")
                    || text.equalsIgnoreCase("yes") ? ZoneNames.find(member.settings().zone().getId()) : ZoneNames.find(text);
            if (zone.isEmpty()) {
                return Transition.to(state, Reply.text(ZoneNames.unknown(text) + " (Or ok to keep "
                        + member.settings().zone() + ".)"));
            }
            final Member changed = new Member(member.id(), member.key(), member.displayName(),
                    member.settings().withZone(zone.get().id()), true, member.dmChannel(), member.lastChannel(),
                    member.unreachableSince());
            final String confirmed = "Time zone set to " + zone.get().inWords() + ".";
            final Transition next = member.settings().name().isBlank()
                    ? ask(new Onboarding(clock.millis(), OnboardingQuestion.NAME), changed, confirmed)
                    : ask(new Intake(clock.millis(), IntakeQuestion.COMPANY, 0, false, IntakeDraft.empty()), changed,
                            confirmed);
            return next.withMember(changed);
        }
        final Member changed;
        if (text.equalsIgnoreCase("skip") || text.isBlank()) {
            final String fallback = member.displayName().isBlank() ? "" : member.displayName();
            changed = withName(member, fallback.isBlank() ? " " : fallback, "");
        } else {
            final String[] parts = text.split("\\||\\n", 2);
            changed = withName(member, cap(parts[0].strip(), MAX_NAME), parts.length > 1 ? cap(parts[1].strip(), 500) : "");
        }
        return ask(new Intake(clock.millis(), IntakeQuestion.COMPANY, 0, false, IntakeDraft.empty()), changed,
                changed.settings().name().isBlank() ? "Okay, I'll leave the signature for you to fill in."
                        : "I'll sign drafts as " + MemberText.quote(changed.settings().name()) + ".")
                        .withMember(changed);
    }

    Transition answer(final Member member, final Intake state, final InputText input) {
        final Optional<String> literal = IntakeInterruptions.literal(input.value());
        if (literal.isPresent() && state.question() != IntakeQuestion.SUMMARY) {
            return answered(member, state, literal.get());
        }
        final String text = input.value();
        final String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("cancel")) {
            return Transition.to(new Idle(clock.millis()), Reply.text(state.draft().editing() == null
                    ? "Okay, I dropped those notes; nothing was saved. Type /followup to start again."
                    : "Okay, #" + state.draft().editing() + " is unchanged."));
        }
        if (lower.equals("back")) {
            return back(member, state);
        }
        if (state.question() == IntakeQuestion.SUMMARY) {
            return summaryAnswer(member, state, lower);
        }
        if (lower.equals("skip")) {
            if (!state.question().skippable()) {
                return Transition.to(state, Reply.text("I need this one to plan your follow-ups. "
                        + question(state, member).text() + " (or cancel to stop)"));
            }
            return forward(member, state, skip(state));
        }
        if (text.isEmpty()) {
            return Transition.to(state, Reply.text("I didn't catch an answer. " + question(state, member).text()));
        }
        return answered(member, state, text);
    }

    private Transition answered(final Member member, final Intake state, final String text) {
        final Answer answer = apply(member, state, text);
        if (answer.problem().isPresent()) {
            return Transition.to(state, Reply.of(Outbound.text(answer.problem().get()).withButtons(answer.choices())));
        }
        final Transition next = forward(member, state, answer.draft());
        final List<String> notes = new ArrayList<>();
        answer.echo().ifPresent(notes::add);
        return notes.isEmpty() ? next : prefix(next, String.join(" ", notes));
    }

    /** Re-asks the current question (a bare /followup in the middle of an intake). */
    Transition resume(final Member member, final ConversationState state) {
        if (state instanceof Onboarding onboarding) {
            return ask(onboarding, member, "Let's carry on where we were.");
        }
        return ask((Intake) state, member, "Let's carry on where we were.");
    }

    private record Answer(IntakeDraft draft, Optional<String> echo, Optional<String> problem, List<Button> choices) {
        static Answer ok(final IntakeDraft draft) {
            return new Answer(draft, Optional.empty(), Optional.empty(), List.of());
        }

        static Answer ok(final IntakeDraft draft, final String echo) {
            return new Answer(draft, Optional.of(echo), Optional.empty(), List.of());
        }

        static Answer problem(final IntakeDraft draft, final String problem) {
            return new Answer(draft, Optional.empty(), Optional.of(problem), List.of());
        }

        /** A date with two readings: the question stays, with a button per reading. */
        static Answer ask(final IntakeDraft draft, final DateAnswer.Ask<?> ask) {
            return new Answer(draft, Optional.empty(), Optional.of(ask.question()), DateButtons.of(ask));
        }
    }

    private Answer apply(final Member member, final Intake state, final String text) {
        final IntakeDraft draft = state.draft();
        final ZoneId zone = member.settings().zone();
        switch (state.question()) {
            case COMPANY:
                return Answer.ok(draft.withCompany(cap(text, MAX_NAME)));
            case ROLE:
                return Answer.ok(draft.withRole(cap(text, MAX_NAME)));
            case WHEN: {
                final DateAnswer<ZonedDateTime> parsed = dates.parseInterviewTime(text, clock.instant(), zone,
                        member.settings().country());
                if (parsed instanceof DateAnswer.Parsed<ZonedDateTime> when) {
                    return Answer.ok(draft.withStartsAt(when.value().toInstant(), when.inWords()),
                            "Got it: " + when.inWords() + ".");
                }
                if (parsed instanceof DateAnswer.Ask<ZonedDateTime> ask) {
                    return Answer.ask(draft, ask);
                }
                if (parsed instanceof DateAnswer.Invalid<ZonedDateTime> invalid) {
                    return Answer.problem(draft, invalid.message());
                }
                return Answer.problem(draft, "I need the day and time of the interview to plan the thank-you, "
                        + "for example \"today 2pm\", \"yesterday at 10\" or \"2026-03-14 14:00\".");
            }
            case FORMAT:
                return InterviewFormat.parse(text).map(format -> Answer.ok(draft.withFormat(format)))
                        .orElseGet(() -> Answer.problem(draft, "Was it by phone, video or on-site?"));
            case INTERVIEWERS: {
                final List<Interviewer> people = InterviewerList.parse(text);
                if (people.isEmpty()) {
                    return Answer.problem(draft, "I couldn't find a name there. Write each person as "
                            + "\"name, title, email\", separated by ; (or skip).");
                }
                return Answer.ok(draft.withInterviewers(people), "Noted " + people.size() + " interviewer"
                        + (people.size() == 1 ? "" : "s") + ": " + MemberText.quote(Views.interviewers(people))
                        + ".");
            }
            case DECISION: {
                if (draft.startsAt() == null) {
                    return Answer.problem(draft, "Tell me when the interview was first (type back).");
                }
                final DateAnswer<LocalDate> parsed = dates.parseDecisionDate(text, draft.startsAt(), zone,
                        member.settings().country());
                if (parsed instanceof DateAnswer.Parsed<LocalDate> date) {
                    return Answer.ok(draft.withDecision(date.value()), "Decision expected by " + date.inWords() + ".");
                }
                if (parsed instanceof DateAnswer.Ask<LocalDate> ask) {
                    return Answer.ask(draft, ask);
                }
                if (parsed instanceof DateAnswer.Invalid<LocalDate> invalid) {
                    return Answer.problem(draft, invalid.message());
                }
                return Answer.ok(draft.withDecision(null), "No date given: I'll plan the check-in a week after the "
                        + "interview.");
            }
            case DETAIL:
                return Answer.ok(draft.withDetail(state.detailIndex(), text));
            case RESULT:
                // cut short, a result would lose its point: ask for a shorter one instead
                return text.length() > MAX_RESULT
                        ? Answer.problem(draft, "That's more than the full thank-you has room for: one or two "
                                + "sentences, up to " + MAX_RESULT + " characters (yours has " + text.length() + "). "
                                + "Could you shorten it? Or skip.")
                        : Answer.ok(draft.withPastResult(text));
            case ADDITION:
                return Answer.ok(draft.withAddition(text));
            case CHANNEL:
                return ContactChannel.parse(text).map(channel -> Answer.ok(draft.withChannel(channel)))
                        .orElseGet(() -> Answer.problem(draft, "Email, phone or LinkedIn?"));
            default:
                return Answer.ok(draft);
        }
    }

    private static IntakeDraft skip(final Intake state) {
        final IntakeDraft draft = state.draft();
        switch (state.question()) {
            case INTERVIEWERS:
                return draft.withInterviewers(List.of());
            case DECISION:
                return draft.withDecision(null);
            case RESULT:
                return draft.withPastResult("");
            case ADDITION:
                return draft.withAddition("");
            case CHANNEL:
                return draft.withChannel(ContactChannel.EMAIL);
            default:
                return draft;
        }
    }

    private Transition forward(final Member member, final Intake state, final IntakeDraft draft) {
        if (state.question() == IntakeQuestion.DETAIL && state.detailIndex() + 1 < draft.interviewers().size()) {
            return ask(new Intake(clock.millis(), IntakeQuestion.DETAIL, state.detailIndex() + 1, state.backToSummary(),
                    draft), member, "");
        }
        final IntakeQuestion next;
        if (state.backToSummary() && !(state.question() == IntakeQuestion.INTERVIEWERS
                && !draft.interviewers().isEmpty())) {
            next = IntakeQuestion.SUMMARY;
        } else {
            next = following(state.question(), draft, upcoming(draft));
        }
        return ask(new Intake(clock.millis(), next, 0, state.backToSummary(), draft), member, "");
    }

    /**
     * The question after {@code question}. For an interview still to come, what only the interview can tell
     * (the decision date, what stood out, a problem they raised, what to add) is asked after it instead.
     */
    private static IntakeQuestion following(final IntakeQuestion question, final IntakeDraft draft,
                                            final boolean upcoming) {
        IntakeQuestion next = IntakeQuestion.values()[question.ordinal() + 1];
        if (next == IntakeQuestion.DETAIL && draft.interviewers().isEmpty()) {
            next = IntakeQuestion.RESULT;
        }
        if (upcoming && next.afterTheInterview()) {
            return IntakeQuestion.CHANNEL;
        }
        return next;
    }

    /** Whether the interview of the notes is still to come. */
    private boolean upcoming(final IntakeDraft draft) {
        return draft.startsAt() != null && draft.startsAt().isAfter(clock.instant());
    }

    private Transition back(final Member member, final Intake state) {
        if (state.question() == IntakeQuestion.COMPANY) {
            return ask(state, member, "This is the first question.");
        }
        if (state.question() == IntakeQuestion.DETAIL && state.detailIndex() > 0) {
            return ask(new Intake(clock.millis(), IntakeQuestion.DETAIL, state.detailIndex() - 1, false,
                    state.draft()), member, "");
        }
        IntakeQuestion previous = IntakeQuestion.values()[state.question().ordinal() - 1];
        int index = 0;
        if (previous == IntakeQuestion.DETAIL) {
            if (state.draft().interviewers().isEmpty()) {
                previous = IntakeQuestion.DECISION;
            } else {
                index = state.draft().interviewers().size() - 1;
            }
        }
        return ask(new Intake(clock.millis(), previous, index, false, state.draft()), member, "");
    }

    private Transition summaryAnswer(final Member member, final Intake state, final String lower) {
        if (lower.equals("confirm") || lower.equals("yes") || lower.equals("save") || lower.equals("ok")) {
            return save(member, state.draft());
        }
        if (lower.startsWith("edit")) {
            final String field = lower.substring(4).strip();
            final IntakeQuestion target = EDITABLE.get(field);
            if (target == null) {
                return Transition.to(state, Reply.text("Which part? Type edit and one of: company, role, when, "
                        + "format, interviewers, decision, details, result, addition, contact."));
            }
            if (target == IntakeQuestion.DETAIL && state.draft().interviewers().isEmpty()) {
                return Transition.to(state, Reply.text("There are no interviewers to add details for; "
                        + "type edit interviewers first."));
            }
            return ask(new Intake(clock.millis(), target, 0, true, state.draft()), member, "");
        }
        return Transition.to(state, Reply.text("Type confirm to save, edit <part> to change something "
                + "(company, role, when, format, interviewers, decision, details, result, addition, contact), or "
                + "cancel."));
    }

    private Transition save(final Member member, final IntakeDraft draft) {
        final Interview interview = interview(draft, member);
        final Tracked tracked;
        if (draft.editing() == null) {
            tracked = followUps.record(member, interview);
        } else {
            final Optional<Tracked> edited = followUps.find(member, draft.editing())
                    .flatMap(original -> followUps.edit(member, draft.editing(), new Interview(interview.company(),
                            interview.role(), interview.startsAt(), original.stored().interview().length(),
                            interview.format(), interview.interviewers(), interview.decisionDate(), interview.channel(),
                            original.stored().interview().recordedAt(), interview.addition(), interview.pastResult())));
            if (edited.isEmpty()) {
                return Transition.to(new Idle(clock.millis()), Reply.text("That interview no longer exists, so "
                        + "there was nothing to save."));
            }
            tracked = edited.get();
        }
        final Tracked current = tracked.plan().steps(io.followupbot.interview.StepKind.DEBRIEF).isEmpty()
                || clock.instant().isBefore(tracked.stored().interview().endsAt()) ? tracked
                : followUps.report(member, tracked.number(), new io.followupbot.interview.InterviewEvent.Sent(
                        clock.instant(), io.followupbot.interview.StepKind.DEBRIEF, Optional.empty())).orElse(tracked);
        return saved(draft, current);
    }

    private Transition saved(final IntakeDraft draft, final Tracked tracked) {
        final String headline = (draft.editing() == null ? "Saved as #" : "Updated #") + tracked.number() + ", "
                + MemberText.quote(tracked.stored().interview().company()) + ". Here is your plan; I'll nudge you with a ready draft "
                + "each time.";
        final List<Button> buttons = new ArrayList<>();
        tracked.plan().next().ifPresent(next -> buttons.add(Button.primary("Show the next draft",
                "draft " + tracked.number())));
        buttons.add(Button.of("All my interviews", "list"));
        return Transition.to(new Idle(clock.millis()), Reply.of(Outbound.text(headline)
                .withFields(Views.planFields(tracked.plan(), clock.instant())).withButtons(buttons)));
    }

    private Interview interview(final IntakeDraft draft, final Member member) {
        return new Interview(draft.company(), draft.role(), draft.startsAt(), Interview.DEFAULT_LENGTH, draft.format(),
                draft.interviewers(), Optional.ofNullable(draft.decisionDate()),
                draft.channel() == null ? ContactChannel.EMAIL : draft.channel(), clock.instant(),
                draft.addition() == null ? "" : draft.addition(), draft.pastResult() == null ? "" : draft.pastResult());
    }

    private Transition ask(final ConversationState state, final Member member, final String lead) {
        final Outbound question = state instanceof Intake intake && intake.question() == IntakeQuestion.SUMMARY
                ? summary(intake, member)
                : state instanceof Intake intake ? question(intake, member) : onboardingQuestion((Onboarding) state, member);
        final Outbound withLead = lead.isBlank() ? question : new Outbound(lead + "\n" + question.text(),
                question.fields(), question.draft(), question.buttons(), question.files());
        return Transition.to(state, Reply.of(withLead));
    }

    private static Transition prefix(final Transition transition, final String note) {
        final List<Outbound> messages = new ArrayList<>(transition.reply().messages());
        final Outbound first = messages.get(0);
        messages.set(0, new Outbound(note + "\n" + first.text(), first.fields(), first.draft(), first.buttons(),
                first.files()));
        return new Transition(transition.next(), new Reply(messages, true, false), transition.changedMember());
    }

    private Outbound summary(final Intake state, final Member member) {
        final Interview interview = interview(state.draft(), member);
        final Plan plan = state.draft().editing() == null ? followUps.preview(member, interview)
                : followUps.preview(member, state.draft().editing(), interview);
        final List<Outbound.Field> fields = new ArrayList<>(Views.interviewFields(interview, member.settings()));
        fields.addAll(Views.planFields(plan, clock.instant()));
        return new Outbound("Here's what I have, and the plan it gives. Save it?", fields, Optional.empty(),
                List.of(Button.primary(Wording.current().text("summary.confirm"), "confirm"),
                        Button.of(Wording.current().text("summary.edit-when"), "edit when"),
                        Button.of(Wording.current().text("summary.edit-interviewers"), "edit interviewers"),
                        Button.of(Wording.current().text("summary.edit-decision"), "edit decision"),
                        Button.of(Wording.current().text("summary.cancel"), "cancel")), List.of());
    }

    private Outbound question(final Intake state, final Member member) {
        final IntakeDraft draft = state.draft();
        switch (state.question()) {
            case COMPANY:
                return Outbound.text("Which company was the interview with?");
            case ROLE:
                return Outbound.text("What's the role?");
            case WHEN:
                return Outbound.text("When was the interview, or when is it? For example \"today 2pm\", "
                        + "\"yesterday at 10\", \"next Monday 9:30\" or \"2026-03-14 14:00\" (times in "
                        + member.settings().zone() + ").");
            case FORMAT:
                return Outbound.text((upcoming(draft) ? "Will it be" : "Was it") + " by phone, video or on-site?")
                        .withButtons(List.of(
                        Button.of("Phone", "phone"), Button.of("Video", "video"), Button.of("On-site", "on-site")));
            case INTERVIEWERS:
                if (upcoming(draft)) {
                    return Outbound.text("Who will interview you, if you know yet? Give each person as name, title, "
                            + "email, separated by ;\nType skip if you don't know: I'll ask after the interview.");
                }
                return Outbound.text("Who interviewed you? Give each person as name, title, email (title and email "
                        + "if you have them), separated by ;\nFor example: Ana Ruiz, Head of Data, ana@acme.com; Ben Ode"
                        + "\nEach gets their own thank-you. Type skip if you don't know.");
            case DECISION:
                return Outbound.text("Did they say when you'd hear back? For example \"by Friday\", \"end of next "
                        + "week\", \"in two weeks\" or \"they didn't say\".").withButtons(List.of(
                        Button.of("They didn't say", "they didn't say")));
            case DETAIL: {
                final Interviewer person = draft.interviewers().get(state.detailIndex());
                return Outbound.text("What stood out in your conversation with " + MemberText.quote(person.name())
                        + "? One specific "
                        + "thing (a project, a problem they mentioned, a shared interest) makes the thank-you yours. "
                        + "Or skip.");
            }
            case RESULT:
                return Outbound.text("Did they mention a problem or a goal that something you've done before speaks "
                        + "to? Give me your result in a sentence, for example \"I cut our monthly close from ten days "
                        + "to four\", and the full thank-you will connect the two. Or skip.");
            case ADDITION:
                return Outbound.text("Anything you'd like to add or clarify from the interview, such as a better "
                        + "answer to a question? I'll weave it into the full thank-you. Or skip.");
            case CHANNEL:
                return Outbound.text("How do they prefer to be contacted?").withButtons(List.of(
                        Button.primary("Email", "email"), Button.of("Phone", "phone"), Button.of("LinkedIn", "linkedin")));
            default:
                return summary(state, member);
        }
    }

    private Outbound onboardingQuestion(final Onboarding state, final Member member) {
        if (state.question() == OnboardingQuestion.ZONE) {
            return Outbound.text("Which time zone are you in? For example Europe/Berlin or America/Chicago. "
                    + "Type ok to keep " + member.settings().zone() + ".").withButtons(List.of(
                    Button.primary("Keep " + member.settings().zone(), "ok")));
        }
        return Outbound.text("How should I sign your drafts? Your name, then a contact line after a |, for example:\n"
                + "Ana Ruiz | +1 555 0100 | ana@example.com\nOr skip.");
    }

    private static Member withName(final Member member, final String name, final String signature) {
        return new Member(member.id(), member.key(), member.displayName(),
                member.settings().withName(name, signature), member.zoneConfirmed(), member.dmChannel(),
                member.lastChannel(), member.unreachableSince());
    }

    /** Words that answer the intake even when they arrive as a button or look like a command. */
    static boolean isIntakeWord(final String word) {
        return switch (word) {
            case "cancel", "back", "skip", "confirm", "edit", "yes", "ok", "save" -> true;
            default -> false;
        };
    }

    static String cap(final String text, final int max) {
        return text.length() <= max ? text : text.substring(0, max).strip();
    }
}
