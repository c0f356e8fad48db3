package io.followupbot.conversation;

import io.followupbot.chat.Reply;
import io.followupbot.chat.MemberText;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Button;
import io.followupbot.conversation.ConversationState.AwaitingNewDate;
import io.followupbot.conversation.ConversationState.AwaitingReply;
import io.followupbot.conversation.ConversationState.ConfirmingForget;
import io.followupbot.conversation.ConversationState.Idle;
import io.followupbot.drafts.CheckContext;
import io.followupbot.drafts.DraftKind;
import io.followupbot.drafts.Finding;
import io.followupbot.followup.Exports;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Cadence;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberSettings;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.StepKind;
import io.followupbot.policy.BusinessCalendar;
import io.followupbot.dates.DateAnswer;
import io.followupbot.dates.ZoneNames;
import io.followupbot.store.Store;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The {@code /followup} commands, each a small method that reads, changes through the core, and answers. */
final class Commands {

    private static final Set<String> NAMES = Set.of("help", "new", "start", "list", "pipeline", "show", "plan",
            "draft", "sent", "heard", "offer", "competing", "withdraw", "snooze", "edit", "archive", "check",
            "settings", "export", "forget-me", "cancel", "skip", "debrief");

    private final Store store;
    private final Clock clock;
    private final ConversationParts parts;
    private final IntakeFlow intake;
    private final ConversationStates states;
    private final DraftMessages draftMessages;

    Commands(final Store store, final Clock clock, final ConversationParts parts, final IntakeFlow intake,
             final ConversationStates states) {
        this.store = store;
        this.clock = clock;
        this.parts = parts;
        this.intake = intake;
        this.states = states;
        this.draftMessages = new DraftMessages(parts, clock);
    }

    static boolean isCommand(final String word) {
        return NAMES.contains(word);
    }

    Transition run(final Member member, final ConversationState state, final InputText input) {
        final String word = input.firstWord();
        final String rest = input.rest();
        if (word.equals("i") || word.equals("sent") && !rest.matches("#?\\d.*")) {
            final Optional<SentInWords> said = SentInWords.parse(input.value());
            if (said.isPresent()) {
                return stay(state, new MemberWords(parts, clock, this).sent(member, said.get()));
            }
        }
        switch (word) {
            case "help":
                return stay(state, Reply.text(CommandHelp.TEXT));
            case "new":
            case "start":
                return startIntake(member, state);
            case "list":
            case "pipeline":
                return stay(state, list(member));
            case "cancel":
                return Transition.to(new Idle(clock.millis()), Reply.text("Okay, nothing is in progress now."));
            case "check":
                return stay(state, check(member, rest));
            case "settings":
                return settings(member, state, rest);
            case "export":
                return stay(state, export(member));
            case "forget-me":
                return rest.equalsIgnoreCase("confirm") ? forget(member) : askForget();
            case "":
                return stay(state, Reply.text("Type help to see what I can do, or /followup to tell me about an "
                        + "interview."));
            default:
                break;
        }
        if (!NAMES.contains(word)) {
            return stay(state, Reply.text("I don't know \"" + MemberText.quote(IntakeFlow.cap(word, 30)) + "\". Type help to see what I "
                    + "can do."));
        }
        final String[] words = rest.split("\\s+", 2);
        final Optional<Integer> number = number(words[0]);
        if (number.isEmpty()) {
            return stay(state, Reply.text("Which interview? Type " + word + " and its number, for example "
                    + word + " 1 (list shows the numbers)."));
        }
        final Optional<Tracked> found = parts.followUps().find(member, number.get());
        if (found.isEmpty()) {
            return stay(state, Reply.text("You have no interview #" + number.get() + ". Type list to see yours."));
        }
        final Tracked tracked = found.get();
        final String more = words.length > 1 ? words[1].strip() : "";
        switch (word) {
            case "show":
                return stay(state, show(member, tracked));
            case "plan":
                return stay(state, Reply.of(Outbound.text("The plan for " + Views.title(tracked) + ":")
                        .withFields(Views.planFields(tracked.plan(), clock.instant()))));
            case "draft":
                return stay(state, draft(member, tracked, more));
            case "sent":
                return stay(state, sent(member, tracked, more));
            case "skip":
                return stay(state, skip(member, tracked, more));
            case "debrief":
                return intake.debrief(member, tracked);
            case "heard":
                return heard(member, tracked, more);
            case "offer":
                return report(member, tracked, new InterviewEvent.Offer(clock.instant()), "Congratulations on the offer!");
            case "competing":
                return competing(member, tracked, more);
            case "withdraw":
                return report(member, tracked, new InterviewEvent.Withdrew(clock.instant()),
                        "Understood. I've stopped the check-ins; here is a short, gracious note to withdraw.");
            case "snooze":
                return stay(state, snooze(member, tracked, more));
            case "edit":
                return intake.edit(member, tracked.stored());
            case "archive":
                return report(member, tracked, new InterviewEvent.Archived(clock.instant()),
                        "Archived. No more nudges for this one; keep going with the others!");
            default:
                return stay(state, Reply.text(CommandHelp.TEXT));
        }
    }

    Transition startIntake(final Member member, final ConversationState state) {
        final boolean first = store.read(session -> session.interviews(member.id()).isEmpty());
        return intake.start(member, first);
    }

    // --- reading -------------------------------------------------------------------------------

    private Reply list(final Member member) {
        final List<Tracked> pipeline = parts.followUps().pipeline(member);
        if (pipeline.isEmpty()) {
            return Reply.of(Outbound.text("No interviews yet. Type /followup to tell me about one.")
                    .withButtons(List.of(Button.primary("Add an interview", "new"))));
        }
        final List<Outbound.Field> fields = new ArrayList<>();
        for (final Tracked tracked : pipeline) {
            fields.add(new Outbound.Field(Views.title(tracked), Views.pipelineLine(tracked, clock.instant())));
        }
        return Reply.of(new Outbound("Your interviews:", fields, Optional.empty(), List.of(
                Button.primary("Add an interview", "new")), List.of()));
    }

    private Reply show(final Member member, final Tracked tracked) {
        final List<Outbound.Field> fields = new ArrayList<>(
                Views.interviewFields(tracked, member.settings()));
        fields.add(new Outbound.Field("Stage", tracked.plan().stage().label()));
        fields.addAll(Views.planFields(tracked.plan(), clock.instant()));
        final int number = tracked.number();
        return Reply.of(new Outbound(Views.title(tracked), fields, Optional.empty(), List.of(
                Button.primary("Next draft", "draft " + number), Button.of("They replied", "heard " + number),
                Button.of("Edit", "edit " + number), Button.of("Archive", "archive " + number)), List.of()));
    }

    // --- drafts --------------------------------------------------------------------------------

    private Reply draft(final Member member, final Tracked tracked, final String more) {
        final List<PlannedStep> pending = tracked.plan().steps();
        final String[] words = more.isBlank() ? new String[0] : more.split("\\s+");
        Optional<DraftKind> chosenKind = Optional.empty();
        Optional<PlannedStep> step = Optional.empty();
        for (final String word : words) {
            final Optional<PlannedStep> named = step.isEmpty() ? StepRefs.find(pending, word) : Optional.empty();
            if (named.isPresent()) {
                step = named;
            } else {
                chosenKind = chosenKind.or(() -> DraftKind.fromKey(word));
            }
        }
        if (words.length > 0 && chosenKind.isEmpty() && step.isEmpty()) {
            return Reply.text("I don't know the draft \"" + MemberText.quote(IntakeFlow.cap(more, 40)) + "\". Kinds: "
                    + String.join(", ", java.util.Arrays.stream(DraftKind.values()).map(DraftKind::key).toList()) + ".");
        }
        if (chosenKind.isPresent() && step.isEmpty()) {
            final DraftKind kind = chosenKind.get();
            final Optional<Reply> tooEarly = MemberWords.notBeforeTheInterview(tracked, Optional.empty(), chosenKind,
                    clock.instant());
            if (tooEarly.isPresent()) {
                return tooEarly.get();
            }
            final List<Outbound> messages = new ArrayList<>();
            for (final Optional<Interviewer> to : recipients(tracked.stored().interview(), kind)) {
                messages.add(draftMessages.render(member, tracked, kind, to, Optional.empty()));
            }
            return new Reply(messages, true, false);
        }
        final Optional<PlannedStep> target = step.or(() -> pending.stream().filter(s -> s.kind() != StepKind.PREP
                && s.kind() != StepKind.DEBRIEF).findFirst());
        final Optional<Reply> notYet = MemberWords.notBeforeTheInterview(tracked, target, chosenKind, clock.instant());
        if (notYet.isPresent()) {
            return notYet.get();
        }
        if (target.isEmpty()) {
            return Reply.text("Nothing is planned for " + Views.title(tracked) + ". Type draft "
                    + tracked.number() + " move_on for a closing note, or draft " + tracked.number()
                    + " check_in for a check-in.");
        }
        return draftsForStep(member, tracked, target.get(), chosenKind);
    }

    Reply draftsForStep(final Member member, final Tracked tracked, final PlannedStep step,
                        final Optional<DraftKind> chosen) {
        return draftMessages.forStep(member, tracked, step, chosen)
                .map(message -> Reply.of(message.withButtons(draftMessages.stepButtons(tracked, step, chosen))))
                .orElseGet(() -> Reply.text(DraftMessages.prepAdvice(tracked)));
    }

    private static List<Optional<Interviewer>> recipients(final Interview interview, final DraftKind kind) {
        if (!kind.isPerInterviewer() || interview.interviewers().isEmpty()) {
            return List.of(Optional.empty());
        }
        return interview.interviewers().stream().map(Optional::of).toList();
    }

    // --- reports -------------------------------------------------------------------------------

    private Reply sent(final Member member, final Tracked tracked, final String more) {
        final List<PlannedStep> open = MemberWords.reportable(tracked);
        final String[] words = more.isBlank() ? new String[0] : more.split("\\s+", 2);
        Optional<PlannedStep> step = words.length > 0 ? StepRefs.find(open, words[0]) : Optional.empty();
        String when = "";
        if (step.isPresent()) {
            when = words.length > 1 ? words[1] : "";
        } else if (!more.isBlank() && MemberWords.isWhen(parts, more, clock.instant(), member)) {
            when = more;
        } else if (!more.isBlank()) {
            return Reply.text("There's no pending step \"" + MemberText.quote(IntakeFlow.cap(more, 40)) + "\" for #" + tracked.number()
                    + ". Type plan " + tracked.number() + " to see them.");
        }
        step = step.or(() -> tracked.plan().steps().stream().findFirst());
        if (step.isEmpty()) {
            return Reply.text("Nothing is waiting to be sent for " + Views.title(tracked) + ".");
        }
        return markSent(member, tracked, step.get(), when);
    }

    /** Records a step sent, at {@code when} in the member's words ("yesterday"), or now when blank. */
    Reply markSent(final Member member, final Tracked tracked, final PlannedStep step, final String when) {
        final Optional<java.time.Instant> at = MemberWords.sentAt(parts, when, clock.instant(), member);
        if (at.isEmpty()) {
            return Reply.text("When did you send it? For example \"sent " + tracked.number() + " " + StepRefs.of(step)
                    + " yesterday\", or leave the day out for today.");
        }
        final Tracked updated = parts.followUps().report(member, tracked.number(),
                new InterviewEvent.Sent(at.get(), step.kind(), step.to())).orElseThrow();
        final String next = updated.plan().next().map(s -> "Next: " + Views.describe(s) + ", "
                + Views.when(s.at(), clock.instant()) + ".").orElse("Nothing more is planned.");
        final String day = when.isBlank() ? "" : " (" + Views.dayAndTime(at.get(), member.settings().zone()) + ")";
        return Reply.text("Nice work: " + Views.describe(step) + " marked as sent" + day + ". " + next);
    }

    /** {@code skip N [step]}: the member won't send it; what waits for it goes ahead. */
    private Reply skip(final Member member, final Tracked tracked, final String more) {
        final List<PlannedStep> pending = tracked.plan().steps();
        final Optional<PlannedStep> step = more.isBlank() ? pending.stream().findFirst()
                : StepRefs.find(pending, more.split("\\s+")[0]);
        if (step.isEmpty()) {
            return Reply.text("There's no pending step \"" + MemberText.quote(IntakeFlow.cap(more, 40)) + "\" to skip for #"
                    + tracked.number() + ". Type plan " + tracked.number() + " to see them.");
        }
        final Tracked updated = parts.followUps().report(member, tracked.number(),
                new InterviewEvent.Declined(clock.instant(), step.get().kind(), step.get().to())).orElseThrow();
        final String next = updated.plan().next().map(s -> "Next: " + Views.describe(s) + ", "
                + Views.when(s.at(), clock.instant()) + ".").orElse("Nothing more is planned.");
        return Reply.text("Okay, no " + Views.describe(step.get()) + ". " + next);
    }

    private Transition heard(final Member member, final Tracked tracked, final String more) {
        if (more.isBlank()) {
            final int number = tracked.number();
            return Transition.to(new AwaitingReply(clock.millis(), number), Reply.of(Outbound.text(
                    "What did " + MemberText.quote(tracked.stored().interview().company()) + " say?").withButtons(List.of(
                    Button.of("Still deciding, new date", "heard " + number + " new-date"),
                    Button.of("Still deciding, no date", "heard " + number + " deciding"),
                    Button.of("Rejected", "heard " + number + " rejected"),
                    Button.of("Offer!", "heard " + number + " offer"),
                    Button.of("I have another offer", "heard " + number + " competing"),
                    Button.of("Something else", "heard " + number + " other")))));
        }
        return replyKind(member, tracked.number(), more);
    }

    /** What kind of reply the employer sent, typed or clicked after {@code heard}. */
    Transition replyKind(final Member member, final int number, final String answer) {
        final Optional<Tracked> found = parts.followUps().find(member, number);
        if (found.isEmpty()) {
            return Transition.to(new Idle(clock.millis()), Reply.text("You have no interview #" + number + "."));
        }
        final Tracked tracked = found.get();
        final String[] words = answer.strip().split("\\s+", 2);
        final String kind = words[0].toLowerCase(Locale.ROOT);
        final String rest = words.length > 1 ? words[1] : "";
        switch (kind) {
            case "new-date":
            case "date":
            case "new":
                return rest.isBlank()
                        ? Transition.to(new AwaitingNewDate(clock.millis(), number), Reply.text("What date did they "
                        + "give? For example \"Friday\", \"next Wednesday\" or \"the 20th\"."))
                        : newDate(member, number, rest);
            case "deciding":
            case "still":
            case "waiting":
                return report(member, tracked, new InterviewEvent.StillDeciding(clock.instant(), Optional.empty()),
                        "Thanks for letting me know. I'll restart the check-in clock from today.");
            case "rejected":
            case "rejection":
            case "no":
                return report(member, tracked, new InterviewEvent.Rejected(clock.instant()),
                        "I'm sorry. A short, gracious reply keeps the door open for the next role there; "
                                + "I've stopped every other nudge for this one.");
            case "offer":
                return report(member, tracked, new InterviewEvent.Offer(clock.instant()), "Congratulations on the offer!");
            case "competing":
                return competing(member, tracked, rest);
            case "other":
                return report(member, tracked, new InterviewEvent.Note(clock.instant(), rest),
                        "Noted. Your plan is unchanged.");
            default:
                return Transition.to(new AwaitingReply(clock.millis(), number), Reply.text("Was it a new date, still "
                        + "deciding with no date, a rejection, an offer, another offer, or something else?"));
        }
    }

    Transition newDate(final Member member, final int number, final String text) {
        final Optional<Tracked> found = parts.followUps().find(member, number);
        if (found.isEmpty()) {
            return Transition.to(new Idle(clock.millis()), Reply.text("You have no interview #" + number + "."));
        }
        final DateAnswer<LocalDate> parsed = parts.dates().parseForward(text, clock.instant(), member.settings().zone(),
                member.settings().country());
        if (parsed instanceof DateAnswer.Parsed<LocalDate> date) {
            return report(member, found.get(), new InterviewEvent.StillDeciding(clock.instant(),
                    Optional.of(date.value())), "Got it: news by " + date.inWords() + ". I've moved every later step "
                    + "to the business day after.");
        }
        if (parsed instanceof DateAnswer.Ask<LocalDate> ask) {
            return Transition.to(new AwaitingNewDate(clock.millis(), number),
                    Reply.of(Outbound.text(ask.question()).withButtons(DateButtons.of(ask))));
        }
        final String problem = parsed instanceof DateAnswer.Invalid<LocalDate> invalid ? invalid.message()
                : "I need the date they gave, for example \"Friday\" or \"the 20th\".";
        return Transition.to(new AwaitingNewDate(clock.millis(), number), Reply.text(problem));
    }

    /** The answer to "when is the other offer's deadline?". */
    Transition deadline(final Member member, final int number, final String text) {
        return parts.followUps().find(member, number).map(tracked -> competing(member, tracked, text))
                .orElseGet(() -> Transition.to(new Idle(clock.millis()), Reply.text("You have no interview #" + number + ".")));
    }

    private Transition competing(final Member member, final Tracked tracked, final String deadline) {
        if (deadline.isBlank()) {
            return Transition.to(new ConversationState.AwaitingDeadline(clock.millis(), tracked.number()),
                    Reply.text("When is the other offer's deadline? For example \"next Friday\" or \"the 20th\"."));
        }
        final DateAnswer<LocalDate> parsed = parts.dates().parseForward(deadline, clock.instant(),
                member.settings().zone(), member.settings().country());
        if (parsed instanceof DateAnswer.Parsed<LocalDate> date) {
            return report(member, tracked, new InterviewEvent.CompetingOffer(clock.instant(), date.value()),
                    "Deadline noted: " + date.inWords() + ". Only send this if it's true; it asks, politely, whether "
                            + "they can update you on timing.");
        }
        if (parsed instanceof DateAnswer.Ask<LocalDate> ask) {
            return Transition.to(new ConversationState.AwaitingDeadline(clock.millis(), tracked.number()),
                    Reply.of(Outbound.text(ask.question()).withButtons(DateButtons.of(ask, "competing " + tracked.number()))));
        }
        return Transition.to(new ConversationState.AwaitingDeadline(clock.millis(), tracked.number()),
                Reply.text(parsed instanceof DateAnswer.Invalid<LocalDate> bad
                        ? bad.message() : "I need the other offer's deadline, for example \"next Friday\"."));
    }

    private Transition report(final Member member, final Tracked tracked, final InterviewEvent event,
                              final String headline) {
        final Tracked updated = parts.followUps().report(member, tracked.number(), event).orElseThrow();
        final List<Outbound> messages = new ArrayList<>();
        messages.add(Outbound.text(headline + " Stage: " + updated.plan().stage().label() + ".")
                .withFields(Views.planFields(updated.plan(), clock.instant())));
        final Optional<PlannedStep> reply = updated.plan().steps().stream().filter(step -> step.kind()
                == StepKind.REPLY_UPDATE || step.kind() == StepKind.REPLY_REJECTION || step.kind() == StepKind.REPLY_OFFER
                || step.kind() == StepKind.COMPETING_OFFER || step.kind() == StepKind.WITHDRAWAL).reduce((a, b) -> b);
        if (reply.isPresent() && !(event instanceof InterviewEvent.Note)) {
            messages.addAll(draftsForStep(member, updated, reply.get(), Optional.empty()).messages());
        }
        return Transition.to(new Idle(clock.millis()), new Reply(messages, true, false));
    }

    private Reply snooze(final Member member, final Tracked tracked, final String more) {
        final List<PlannedStep> pending = tracked.plan().steps();
        final String[] words = more.isBlank() ? new String[0] : more.split("\\s+", 2);
        Optional<PlannedStep> step = words.length > 0 ? StepRefs.find(pending, words[0]) : Optional.empty();
        String when = more;
        if (step.isPresent()) {
            when = words.length > 1 ? words[1] : "";
        } else {
            step = pending.stream().findFirst();
        }
        if (step.isEmpty()) {
            return Reply.text("Nothing is planned for " + Views.title(tracked) + ", so there's nothing to snooze.");
        }
        final DateAnswer<LocalDate> parsed = parts.dates().parseForward(when.isBlank() ? "tomorrow" : when,
                clock.instant(), member.settings().zone(), member.settings().country());
        if (parsed instanceof DateAnswer.Ask<LocalDate> ask) {
            final String command = "snooze " + tracked.number() + (when.equals(more) ? "" : " " + words[0]);
            return Reply.of(Outbound.text(ask.question()).withButtons(DateButtons.of(ask, command)));
        }
        if (!(parsed instanceof DateAnswer.Parsed<LocalDate> date)) {
            return Reply.text(parsed instanceof DateAnswer.Invalid<LocalDate> bad ? bad.message()
                    : "Until when? For example snooze " + tracked.number() + " tomorrow, or snooze "
                    + tracked.number() + " next Monday.");
        }
        final PlannedStep snoozed = step.get();
        final MemberSettings settings = member.settings();
        final java.time.Instant until = date.value().atTime(settings.nudgeHour()).atZone(settings.zone()).toInstant();
        final Tracked updated = parts.followUps().report(member, tracked.number(), new InterviewEvent.Snoozed(
                clock.instant(), snoozed.kind(), snoozed.to(), until)).orElseThrow();
        final String moved = updated.plan().steps().stream()
                .filter(s -> s.kind() == snoozed.kind() && s.to().equals(snoozed.to())).findFirst()
                .map(s -> Views.when(s.at(), clock.instant())).orElse(date.inWords());
        return Reply.text("Okay, I'll remind you about the " + Views.describe(snoozed) + " on " + moved + ".");
    }

    // --- tools ---------------------------------------------------------------------------------

    private Reply check(final Member member, final String text) {
        if (text.isBlank()) {
            return Reply.text("Paste the message after check, for example: check Hi Ana, thank you for ... "
                    + "(add the interview number first, check 3 ..., and I'll check it against that interview too).");
        }
        final LocalDate today = LocalDate.now(clock.withZone(member.settings().zone()));
        final String[] words = text.split("\\s+", 2);
        CheckContext context = CheckContext.freeText(today);
        String message = text;
        final Optional<Integer> number = number(words[0]);
        if (number.isPresent() && words.length > 1) {
            final Optional<Tracked> tracked = parts.followUps().find(member, number.get());
            if (tracked.isPresent()) {
                context = context.withInterview(tracked.get().stored().interview());
                final Optional<LocalDate> decision = tracked.get().stored().interview().decisionDate();
                if (decision.isPresent()) {
                    context = context.withDecisionDate(decision.get());
                }
                message = words[1];
            }
        }
        final List<Finding> findings = parts.checker().check(message, context);
        if (findings.isEmpty()) {
            return Reply.text("That reads well: professional, specific and the right length. Good to send.");
        }
        final List<Outbound.Field> fields = findings.stream()
                .map(finding -> new Outbound.Field(finding.reason(), finding.suggestion())).toList();
        return Reply.of(Outbound.text("A few things to look at before you send it:").withFields(fields));
    }

    private Reply export(final Member member) {
        final List<Exports.ExportFile> files = parts.exports().export(member);
        return Reply.of(Outbound.text("Here is everything I keep about your interviews: a spreadsheet (CSV), all your "
                + "data (JSON) and your planned steps as a calendar (iCalendar).").withFiles(files.stream()
                .map(file -> new Outbound.FileAttachment(file.name(), file.mimeType(), file.content())).toList()));
    }

    private Transition settings(final Member member, final ConversationState state, final String rest) {
        final String[] words = rest.split("\\s+", 2);
        final String key = words[0].toLowerCase(Locale.ROOT);
        final String value = words.length > 1 ? words[1].strip() : "";
        if (key.isBlank()) {
            return stay(state, Reply.of(Outbound.text("Your settings (change one with settings <name> <value>, for "
                    + "example settings zone Europe/Berlin or settings cadence gentle):")
                    .withFields(settingsFields(member))));
        }
        final MemberSettings current = member.settings();
        MemberSettings changed;
        boolean zoneConfirmed = member.zoneConfirmed();
        String saved = "Saved. ";
        try {
            switch (key) {
                case "zone":
                case "timezone":
                case "time-zone":
                    final Optional<ZoneNames.Zone> zone = ZoneNames.find(value);
                    if (zone.isEmpty()) {
                        return stay(state, Reply.text(ZoneNames.unknown(value)));
                    }
                    changed = current.withZone(zone.get().id());
                    zoneConfirmed = true;
                    saved = "Time zone set to " + zone.get().inWords() + ". ";
                    break;
                case "country":
                    if (!BusinessCalendar.isSupportedCountry(value)) {
                        return stay(state, Reply.text("I don't know the public holidays of \"" + MemberText.quote(IntakeFlow.cap(value, 20))
                                + "\". Use a two-letter code such as US, GB, DE, FR or CA, or a region such as GB-SCT,"
                                + " DE-BY or CA-ON."));
                    }
                    changed = current.withCountry(BusinessCalendar.of(value).country());
                    break;
                case "nudge-hour":
                case "hour":
                    changed = current.withNudgeHour(LocalTime.parse(padTime(value)));
                    break;
                case "quiet":
                case "quiet-hours": {
                    final String[] range = value.split("\\s*-\\s*");
                    if (range.length != 2) {
                        return stay(state, Reply.text("Write quiet hours as start-end, for example settings quiet "
                                + "21:00-08:00."));
                    }
                    changed = current.withQuietHours(LocalTime.parse(padTime(range[0])), LocalTime.parse(padTime(range[1])));
                    break;
                }
                case "cadence": {
                    final Optional<Cadence> cadence = Cadence.parse(value);
                    if (cadence.isEmpty()) {
                        return stay(state, Reply.text("Cadence is gentle (one check-in), standard (two, a week apart) "
                                + "or persistent (three, weekly)."));
                    }
                    changed = current.withCadence(cadence.get());
                    break;
                }
                case "digest":
                case "stats":
                    return stay(state, new io.followupbot.community.MemberChoices(store).change(member, key, value));
                case "name":
                    changed = current.withName(IntakeFlow.cap(value, 200), current.signature());
                    break;
                case "signature":
                    changed = current.withName(current.name(), IntakeFlow.cap(value, 500));
                    break;
                default:
                    return stay(state, Reply.text("I don't know the setting \"" + MemberText.quote(IntakeFlow.cap(key, 30)) + "\". "
                            + "Settings are zone, country, nudge-hour, quiet, cadence, name and signature."));
            }
        } catch (final java.time.DateTimeException | IllegalArgumentException invalid) {
            return stay(state, Reply.text("\"" + MemberText.quote(IntakeFlow.cap(value, 40)) + "\" isn't a valid " + key + ". For example: "
                    + "settings zone Europe/Berlin, settings nudge-hour 08:30, settings quiet 21:00-08:00."));
        }
        final Member updated = new Member(member.id(), member.key(), member.displayName(), changed, zoneConfirmed,
                member.dmChannel(), member.lastChannel(), member.unreachableSince());
        store.useTransaction(session -> session.saveMember(updated));
        parts.followUps().replanAll(updated);
        return stay(state, Reply.of(Outbound.text(saved + "Your open interviews are replanned to match.")
                .withFields(settingsFields(updated))));
    }

    private static String padTime(final String value) {
        final String trimmed = value.strip();
        return trimmed.matches("\\d:\\d\\d") ? "0" + trimmed : trimmed;
    }

    static List<Outbound.Field> settingsFields(final Member member) {
        final MemberSettings settings = member.settings();
        return List.of(new Outbound.Field("zone", settings.zone().getId()),
                new Outbound.Field("country", settings.country()),
                new Outbound.Field("nudge-hour", settings.nudgeHour().toString()),
                new Outbound.Field("quiet", settings.quietStart() + "-" + settings.quietEnd()),
                new Outbound.Field("cadence", settings.cadence().key()),
                new Outbound.Field("name", settings.name().isBlank() ? "(not set)" : settings.name()),
                new Outbound.Field("signature", settings.signature().isBlank() ? "(not set)" : settings.signature()));
    }

    // --- forget-me -----------------------------------------------------------------------------

    private Transition askForget() {
        return Transition.to(new ConfirmingForget(clock.millis()), Reply.of(Outbound.text("This deletes every "
                + "interview, plan, draft and setting I keep about you, for good. Are you sure?").withButtons(List.of(
                Button.of("Yes, delete everything", "forget-me confirm"), Button.primary("Keep my data", "cancel")))));
    }

    Transition confirmForget(final Member member, final InputText input) {
        final String answer = input.value().toLowerCase(Locale.ROOT);
        if (answer.equals("yes") || answer.equals("confirm") || answer.equals("delete")
                || answer.equals("forget-me confirm")) {
            return forget(member);
        }
        return Transition.to(new Idle(clock.millis()), Reply.text("Okay, I kept everything."));
    }

    private Transition forget(final Member member) {
        store.useTransaction(session -> session.forget(member.id()));
        states.evict(member.id());
        return Transition.to(new Idle(clock.millis()), Reply.text("Done: everything I knew about you is deleted. "
                + "If you come back, you'll start fresh."));
    }

    // --- helpers -------------------------------------------------------------------------------

    private static Optional<Integer> number(final String word) {
        final String digits = word.startsWith("#") ? word.substring(1) : word;
        if (!digits.matches("\\d{1,6}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(digits));
    }

    private static Transition stay(final ConversationState state, final Reply reply) {
        return Transition.to(state, reply);
    }
}
