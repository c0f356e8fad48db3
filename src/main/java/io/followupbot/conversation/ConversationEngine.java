package io.followupbot.conversation;

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
import io.followupbot.followup.FollowUps;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.store.Store;
import io.followupbot.store.StoreFailures;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform-neutral conversation: every adapter (web chat, Slack, Discord) hands it what a member did
 * and renders the {@link Reply}. Inputs of one member are handled one at a time, in order; different
 * members in parallel. The member is always the one the platform vouched for: ids in the text or in a
 * button's value only ever resolve among that member's own interviews.
 */
public final class ConversationEngine {

    private static final Logger LOG = LoggerFactory.getLogger(ConversationEngine.class);

    private final Store store;
    private final Clock clock;
    private final int maxAnswerLength;
    private final ConversationStates states;
    private final IntakeFlow intake;
    private final Commands commands;
    private final FollowUps followUps;
    private final java.util.concurrent.atomic.LongAdder intakeAnswers = new java.util.concurrent.atomic.LongAdder();
    /** A member's inputs one at a time, in arrival order, whichever adapter or thread they come from. */
    private final MemberOrder order = new MemberOrder();

    public ConversationEngine(final Store store, final Clock clock, final Duration intakeExpiry, final int cacheSize,
                              final int maxAnswerLength, final ConversationParts parts) {
        this.store = store;
        this.clock = clock;
        this.maxAnswerLength = maxAnswerLength;
        this.states = new ConversationStates(store, clock, intakeExpiry, cacheSize);
        this.intake = new IntakeFlow(parts.dates(), parts.followUps(), clock);
        this.commands = new Commands(store, clock, parts, intake, states);
        this.followUps = parts.followUps();
    }

    /** Whether the bot knows this member (it forgets them entirely on forget-me); reads only. */
    public boolean knows(final MemberKey key) {
        return store.read(session -> session.findMember(key)).isPresent();
    }

    /** The member's interview as it stands now, for a form to show; reads only, never creates a member. */
    public Optional<Tracked> find(final MemberKey key, final int number) {
        return store.read(session -> session.findMember(key)).flatMap(member -> followUps.find(member, number));
    }

    public Reply handle(final Inbound inbound) {
        return order.run(inbound.member().toString(), () -> handleGuarded(inbound));
    }

    private Reply handleGuarded(final Inbound inbound) {
        try {
            return handleInOrder(inbound);
        } catch (final RuntimeException failure) {
            final Optional<StoreFailures.Kind> storage = StoreFailures.classify(failure);
            if (storage.isPresent()) {
                LOG.error("could not save: {}; the member's input was refused and nothing was changed",
                        storage.get().description());
                return Reply.text("Sorry, I can't save anything right now (my storage has a problem: "
                        + storage.get().description() + "). Nothing was changed; please tell whoever runs this bot.");
            }
            LOG.error("could not handle an input of kind {}", inbound.kind(), failure);
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

    private Reply handleInOrder(final Inbound inbound) {
        final Member member = arrive(inbound);
        final ConversationStates.Loaded loaded = states.load(member.id());
        if (loaded.state() instanceof ConversationState.Intake) {
            intakeAnswers.increment();
        }
        final InputText input = InputText.clean(inbound.text(), maxAnswerLength);
        final long revision = store.interviewRevision(member.id());
        final Transition transition = route(member, loaded.state(), inbound, input);
        transition.changedMember().ifPresent(changed -> store.useTransaction(session -> session.saveMember(changed)));
        if (!transition.next().equals(loaded.state())) {
            states.save(member.id(), transition.next());
        }
        final List<Outbound> messages = new ArrayList<>();
        loaded.expired().ifPresent(expired -> messages.add(Outbound.text(expiredNote(expired))));
        input.truncationNote(maxAnswerLength).ifPresent(note -> messages.add(Outbound.text(note)));
        messages.addAll(transition.reply().messages());
        // Whatever waits for a typed answer (the intake, a reply kind, a date, a confirmation) goes on in the DM:
        // adapters move a conversation started in a shared channel there.
        final boolean conversing = !(transition.next() instanceof ConversationState.Idle);
        return new Reply(messages, transition.reply().personal(), transition.reply().moveToDm() || conversing,
                store.interviewRevision(member.id()) != revision);
    }

    /** The member as stored, created on first contact; the platform's time zone is taken once. */
    private Member arrive(final Inbound inbound) {
        final Optional<Member> known = store.read(session -> session.findMember(inbound.member()));
        if (known.isPresent() && !needsUpdate(known.get(), inbound)) {
            return known.get();
        }
        return store.inTransaction(session -> {
            final Member found = session.memberFor(inbound.member(), inbound.displayName());
            Member member = found;
            if (member.unreachableSince().isPresent()) {
                session.markReachable(member.id());
                member = new Member(member.id(), member.key(), member.displayName(), member.settings(),
                        member.zoneConfirmed(), member.dmChannel(), member.lastChannel(), Optional.empty());
            }
            if (!member.zoneConfirmed() && inbound.platformZone().isPresent()) {
                member = new Member(member.id(), member.key(), member.displayName(),
                        member.settings().withZone(inbound.platformZone().get()), true, member.dmChannel(),
                        member.lastChannel(), member.unreachableSince());
            }
            if (!inbound.channel().isBlank() && !member.lastChannel().equals(Optional.of(inbound.channel()))) {
                member = new Member(member.id(), member.key(), member.displayName(), member.settings(),
                        member.zoneConfirmed(), member.dmChannel(), Optional.of(inbound.channel()),
                        member.unreachableSince());
            }
            if (!member.equals(found)) {
                session.saveMember(member);
            }
            return member;
        });
    }

    /** Whether what arrived changes the stored member (so that most inputs only read). */
    private static boolean needsUpdate(final Member member, final Inbound inbound) {
        return member.unreachableSince().isPresent()
                || !member.zoneConfirmed() && inbound.platformZone().isPresent()
                || !inbound.channel().isBlank() && !member.lastChannel().equals(Optional.of(inbound.channel()));
    }

    private Transition route(final Member member, final ConversationState state, final Inbound inbound,
                             final InputText input) {
        final String word = input.firstWord();
        final boolean slash = inbound.kind() == Inbound.Kind.COMMAND;
        final boolean inFlow = state instanceof Intake || state instanceof Onboarding;
        if (slash && input.isEmpty() || slash && (word.equals("new") || word.equals("start")) && input.rest().isEmpty()) {
            return inFlow ? intake.resume(member, state) : commands.startIntake(member, state);
        }
        if (!slash && state instanceof Intake open && IntakeInterruptions.looksLikeCommand(input, open.question())) {
            final Reply shown = IntakeInterruptions.answersInTheMiddle(word)
                    ? commands.run(member, state, input).reply()
                    : Reply.text("Let's finish these notes first (or type cancel), then type " + word + " again.");
            return intake.afterCommand(member, open, input, shown);
        }
        if (inFlow && !slash && !(inbound.kind() == Inbound.Kind.BUTTON && Commands.isCommand(word)
                && !IntakeFlow.isIntakeWord(word))) {
            return state instanceof Onboarding onboarding
                    ? intake.answerOnboarding(member, onboarding, input)
                    : intake.answer(member, (Intake) state, input);
        }
        if (!slash && state instanceof ConfirmingForget) {
            return commands.confirmForget(member, input);
        }
        if (!slash && state instanceof AwaitingReply awaiting && !Commands.isCommand(word)) {
            return commands.replyKind(member, awaiting.number(), input.value());
        }
        if (!slash && state instanceof AwaitingNewDate awaiting && !Commands.isCommand(word)) {
            return commands.newDate(member, awaiting.number(), input.value());
        }
        if (!slash && state instanceof ConversationState.AwaitingDeadline awaiting && !Commands.isCommand(word)) {
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
