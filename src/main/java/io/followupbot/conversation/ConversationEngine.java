package io.followupbot.conversation;

import io.followupbot.conversation.forms.FormEdits;
import io.followupbot.chat.Inbound;
import io.followupbot.chat.MemberOrder;
import io.followupbot.chat.Reply;
import io.followupbot.chat.MemberText;
import io.followupbot.chat.Outbound;
import io.followupbot.conversation.ConversationState.AwaitingNewDate;
import io.followupbot.conversation.ConversationState.AwaitingReply;
import io.followupbot.conversation.ConversationState.ConfirmingForget;
import io.followupbot.conversation.ConversationState.Intake;
import io.followupbot.conversation.ConversationState.Onboarding;
import io.followupbot.followup.Members;
import io.followupbot.followup.StorageTrouble;
import io.followupbot.followup.Tracked;
import io.followupbot.followup.UseCases;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.followupbot.conversation.intake.IntakeFlow;
import io.followupbot.conversation.language.InputText;
import io.followupbot.conversation.views.Views;

/**
 * The platform-neutral conversation: every adapter (web chat, Slack, Discord) hands it what a member did
 * and renders the {@link Reply}. Inputs of one member are handled one at a time, in order; different
 * members in parallel. The member is always the one the platform vouched for: ids in the text or in a
 * button's value only ever resolve among that member's own interviews.
 */
public final class ConversationEngine {

    private static final Logger LOG = LoggerFactory.getLogger(ConversationEngine.class);

    private final UseCases app;
    private final Members members;
    private final Clock clock;
    private final int maxAnswerLength;
    private final ConversationStateCache states;
    private final IntakeFlow intake;
    private final CommandDispatcher commands;
    private final FormEdits forms;
    private final PastedMessages pasted;
    private final java.util.concurrent.atomic.LongAdder intakeAnswers = new java.util.concurrent.atomic.LongAdder();
    /** A member's inputs one at a time, in arrival order, whichever adapter or thread they come from. */
    private final MemberOrder order = new MemberOrder();

    public ConversationEngine(final UseCases app, final Clock clock, final Duration intakeExpiry, final int cacheSize,
                              final int maxAnswerLength, final ConversationParts parts) {
        this.app = app;
        this.members = app.members();
        this.clock = clock;
        this.maxAnswerLength = maxAnswerLength;
        this.states = new ConversationStateCache(app.conversations(), clock, intakeExpiry, cacheSize);
        this.forms = new FormEdits(this::inOrder, app, clock, maxAnswerLength);
        this.intake = new IntakeFlow(parts.dates(), parts.followUps(), app.wording(), clock);
        this.commands = new CommandDispatcher(members, forms, clock, parts, intake, states);
        this.pasted = new PastedMessages(parts.followUps(), intake, clock);
    }

    /** Whether the bot knows this member (it forgets them entirely on forget-me); reads only. */
    public boolean knows(final MemberKey key) {
        return members.knows(key);
    }

    /** The member's interview as it stands now; reads only, never creates a member. */
    public Optional<Tracked> find(final MemberKey key, final int number) {
        return members.find(key).flatMap(member -> app.followUps().find(member, number));
    }

    /** The edit and settings forms, submitted in the member's order with the conversation's inputs. */
    public FormEdits forms() {
        return forms;
    }

    /** The member's interviews as the {@code list} command shows them; reads only, never creates a member. */
    public Reply pipeline(final MemberKey key) {
        return Reply.of(Views.pipeline(app.followUps().pipeline(key), clock.instant()));
    }

    public Reply handle(final Inbound inbound) {
        return inOrder(inbound.member(), inbound.kind().toString(), () -> handleInOrder(inbound));
    }

    /**
     * Runs work for a member after their earlier inputs and before their later ones (one {@link MemberOrder}
     * for every way in); a failure becomes an apology, and nothing is changed.
     */
    Reply inOrder(final MemberKey member, final String kind, final Supplier<Reply> work) {
        return order.run(member.toString(), () -> guarded(kind, work));
    }

    private Reply guarded(final String kind, final Supplier<Reply> work) {
        try {
            return work.get();
        } catch (final RuntimeException failure) {
            final Optional<String> storage = StorageTrouble.describe(failure);
            if (storage.isPresent()) {
                LOG.error("could not save: {}; the member's input was refused and nothing was changed",
                        storage.get());
                return Reply.text("Sorry, I can't save anything right now (my storage has a problem: "
                        + storage.get() + "). Nothing was changed; please tell whoever runs this bot.");
            }
            LOG.error("could not handle an input of kind {}", kind, failure);
            return Reply.text("Sorry, something went wrong on my side and nothing was changed. Please try again "
                    + "in a moment.");
        }
    }

    /** How many answers to intake questions this engine has handled since it started (for the metrics). */
    public long intakeAnswers() {
        return intakeAnswers.sum();
    }

    /** Drops every cached conversation (what a restart or an eviction does); the store keeps them. */
    public void forgetCachedState() {
        states.evictAll();
    }

    /** Drops the cached conversations of these members (deleted by an uninstall); nothing of theirs stays. */
    public void forgetCachedState(final java.util.Collection<String> memberIds) {
        memberIds.forEach(states::evict);
    }

    private Reply handleInOrder(final Inbound inbound) {
        final Member member = arrive(inbound);
        final ConversationStateCache.Loaded loaded = states.load(member.id());
        if (loaded.state() instanceof ConversationState.Intake) {
            intakeAnswers.increment();
        }
        final InputText input = InputText.clean(inbound.text(), maxAnswerLength);
        final long revision = members.revision(member.id());
        final Transition transition = route(member, loaded.state(), inbound, input);
        transition.changedMember().ifPresent(members::save);
        if (!transition.next().equals(loaded.state())) {
            states.save(member.id(), transition.next());
        }
        final List<Outbound> messages = new ArrayList<>();
        loaded.expired().ifPresent(expired -> messages.add(Outbound.text(expiredNote(expired))));
        final boolean employers = employerMessage(inbound, loaded.state(), input.firstWord());
        if (!employers) {
            input.truncationNote(maxAnswerLength).ifPresent(note -> messages.add(Outbound.text(note)));
        }
        messages.addAll(transition.reply().messages());
        // Whatever waits for a typed answer (the intake, a reply kind, a date, a confirmation) goes on in the DM:
        // adapters move a conversation started in a shared channel there.
        final boolean conversing = !(transition.next() instanceof ConversationState.Idle);
        return new Reply(messages, transition.reply().personal(), transition.reply().moveToDm() || conversing,
                members.revision(member.id()) != revision, employers);
    }

    /** The member as stored, created on first contact; the platform's time zone is taken once. */
    private Member arrive(final Inbound inbound) {
        return members.arrive(new Members.Arrival(inbound.member(), inbound.displayName(), inbound.platformZone(),
                inbound.channel()));
    }

    private Transition route(final Member member, final ConversationState state, final Inbound inbound,
                             final InputText input) {
        final String word = input.firstWord();
        final boolean slash = inbound.kind() == Inbound.Kind.COMMAND;
        final boolean inFlow = state instanceof Intake || state instanceof Onboarding;
        if (inbound.file().isPresent() && (inFlow || state instanceof ConfirmingForget)) {
            return Transition.to(state, Reply.text("Let's finish what we're doing first (or type cancel), then share "
                    + "the file again."));
        }
        if (employerMessage(inbound, state, word)) {
            return inbound.file().map(file -> pasted.shared(member, file.name(), file.content()))
                    .orElseGet(() -> pasted.pasted(member, inbound.text()));
        }
        if (slash && input.isEmpty() || slash && (word.equals("new") || word.equals("start")) && input.rest().isEmpty()) {
            return inFlow ? intake.resume(member, state) : commands.startIntake(member, state);
        }
        if (!slash && state instanceof Intake open && IntakeInterruptions.looksLikeCommand(input, open.question())) {
            final Reply shown = IntakeInterruptions.answersInTheMiddle(word)
                    ? commands.run(member, state, input).reply()
                    : Reply.text("Let's finish these notes first (or type cancel), then type " + word + " again.");
            return intake.afterCommand(member, open, input, shown);
        }
        if (inFlow && !slash && !(inbound.kind() == Inbound.Kind.BUTTON && CommandDispatcher.isCommand(word)
                && !IntakeFlow.isIntakeWord(word))) {
            return state instanceof Onboarding onboarding
                    ? intake.answerOnboarding(member, onboarding, input)
                    : intake.answer(member, (Intake) state, input);
        }
        if (!slash && state instanceof ConfirmingForget) {
            return commands.confirmForget(member, input);
        }
        if (!slash && state instanceof AwaitingReply awaiting && !CommandDispatcher.isCommand(word)) {
            return commands.replyKind(member, awaiting.number(), input.value());
        }
        if (!slash && state instanceof AwaitingNewDate awaiting && !CommandDispatcher.isCommand(word)) {
            return commands.newDate(member, awaiting.number(), input.value());
        }
        if (!slash && state instanceof ConversationState.AwaitingDeadline awaiting && !CommandDispatcher.isCommand(word)) {
            return commands.deadline(member, awaiting.number(), input.value());
        }
        final Transition result = commands.run(member, state, input);
        if (inFlow && result.next().equals(state)) {
            return new Transition(state, new Reply(append(result.reply().messages(),
                    Outbound.text("(We're still in the middle of your interview notes; answer the question above, "
                            + "or type cancel.)")), true, false), result.changedMember());
        }
        return result;
    }

    /**
     * Whether a message looks like an employer's email or invite pasted whole: adapters let such a message past their
     * length limit for answers, and the engine reads it as the employer's message.
     */
    public static boolean looksLikeEmployerMessage(final String text) {
        return PastedMessages.looksPasted(text);
    }

    /**
     * A shared file, or an employer's message pasted whole while no question waits for an answer (a command with a
     * long text after it, such as {@code check 1 Dear Ben, ...}, stays that command).
     */
    private static boolean employerMessage(final Inbound inbound, final ConversationState state, final String word) {
        return inbound.file().isPresent() || inbound.kind() != Inbound.Kind.BUTTON && state instanceof ConversationState.Idle
                && !CommandDispatcher.isCommand(word) && PastedMessages.looksPasted(inbound.text());
    }

    private static List<Outbound> append(final List<Outbound> messages, final Outbound more) {
        final List<Outbound> all = new ArrayList<>(messages);
        all.add(more);
        return all;
    }

    private static String expiredNote(final ConversationState expired) {
        if (expired instanceof Intake intake && intake.draft().company() != null) {
            return "Your unfinished notes about the " + MemberText.quote(intake.draft().company())
                    + " interview were left for too long,"
                    + " so I cleared them. Type /followup to start again.";
        }
        return "What we were in the middle of was left for too long, so I cleared it. Type /followup to start again.";
    }
}
