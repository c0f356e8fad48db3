package io.followupbot.conversation;

import io.followupbot.conversation.forms.FormEdits;
import io.followupbot.chat.MemberText;
import io.followupbot.chat.Reply;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Member;
import io.followupbot.interview.TextLimits;
import io.followupbot.followup.Members;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.CommandLines;
import io.followupbot.conversation.commands.CommandRegistry;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.conversation.commands.CompetingCommand;
import io.followupbot.conversation.commands.ForgetCommand;
import io.followupbot.conversation.commands.HeardCommand;
import io.followupbot.conversation.commands.NewCommand;
import io.followupbot.conversation.commands.RoundCommand;
import io.followupbot.conversation.language.RoundInWords;
import io.followupbot.conversation.language.AppliedInWords;
import io.followupbot.conversation.commands.AppliedCommand;
import io.followupbot.conversation.commands.SentCommand;
import io.followupbot.conversation.intake.IntakeFlow;
import io.followupbot.conversation.language.InputText;
import io.followupbot.conversation.language.MemberWords;
import io.followupbot.conversation.language.SentInWords;

/**
 * The {@code /followup} commands: finds the command a line names in {@link CommandRegistry} and runs its handler,
 * after finding the interview a command about one interview names. The answers that continue a command
 * (what the employer said, a new date, a deadline, "are you sure?") go to the command that asked.
 */
final class CommandDispatcher {

    private final ConversationParts parts;
    private final Clock clock;
    private final Map<String, Command> handlers;
    private final NewCommand start;
    private final SentCommand sent;
    private final HeardCommand heard;
    private final CompetingCommand competing;
    private final ForgetCommand forget;
    private final RoundCommand rounds;
    private final AppliedCommand applications;

    public CommandDispatcher(final Members members, final FormEdits forms, final Clock clock, final ConversationParts parts,
                    final IntakeFlow intake, final ConversationStateCache states) {
        final CommandTools tools = CommandTools.of(members, forms, clock, parts, intake, states);
        this.parts = parts;
        this.clock = clock;
        this.handlers = CommandRegistry.handlers(tools);
        this.start = new NewCommand(tools);
        this.sent = new SentCommand(tools);
        this.heard = new HeardCommand(tools);
        this.competing = new CompetingCommand(tools);
        this.forget = new ForgetCommand(tools);
        this.rounds = new RoundCommand(tools);
        this.applications = new AppliedCommand(tools);
    }

    public static boolean isCommand(final String word) {
        return CommandRegistry.isCommand(word);
    }

    Transition run(final Member member, final ConversationState state, final InputText input) {
        final String word = input.firstWord();
        final String rest = input.rest();
        if (word.equals("i") || word.equals("sent") && !rest.matches("#?\\d.*")) {
            final Optional<SentInWords> said = SentInWords.parse(input.value());
            if (said.isPresent()) {
                return Command.stay(state, new MemberWords(parts, clock, sent::markSent).sent(member, said.get()));
            }
        }
        if (word.isEmpty()) {
            return Command.stay(state, Reply.text("Type help to see what I can do, or /followup to tell me about an "
                    + "interview."));
        }
        final Command command = handlers.get(word);
        if (command == null) {
            final Optional<AppliedInWords> applied = AppliedInWords.said(input.value());
            if (applied.isPresent()) {
                return applications.fromWords(member, state, applied.get());
            }
            final Optional<RoundInWords> round = RoundInWords.parse(input.value());
            if (round.isPresent()) {
                return rounds.fromWords(member, round.get());
            }
            return Command.stay(state, Reply.text("I don't know \"" + MemberText.quote(TextLimits.cap(word,
                    CommandTools.ECHO_WORD)) + "\". Type help to see what I can do."));
        }
        if (command instanceof Command.ForMember forMember) {
            return forMember.run(member, state, rest);
        }
        return aboutAnInterview(member, state, word, rest, (Command.ForInterview) command);
    }

    /** A command about one interview: its number first, then the interview among the member's own. */
    private Transition aboutAnInterview(final Member member, final ConversationState state, final String word,
                                        final String rest, final Command.ForInterview command) {
        final String[] words = rest.split("\\s+", 2);
        final Optional<Integer> number = CommandLines.interviewNumber(words[0]);
        if (number.isEmpty()) {
            return Command.stay(state, Reply.text("Which interview? Type " + word + " and its number, for example "
                    + word + " 1 (list shows the numbers)."));
        }
        final Optional<Tracked> found = parts.followUps().find(member, number.get());
        if (found.isEmpty()) {
            return Command.stay(state, Reply.text("You have no interview #" + number.get()
                    + ". Type list to see yours."));
        }
        final String more = words.length > 1 ? words[1].strip() : "";
        return command.run(member, state, found.get(), more);
    }

    Transition startIntake(final Member member, final ConversationState state) {
        return start.run(member, state, "");
    }

    /** What kind of reply the employer sent, typed or clicked after {@code heard}. */
    Transition replyKind(final Member member, final int number, final String answer) {
        return heard.replyKind(member, number, answer);
    }

    Transition newDate(final Member member, final int number, final String text) {
        return heard.newDate(member, number, text);
    }

    /** The answer to "when is the other offer's deadline?". */
    Transition deadline(final Member member, final int number, final String text) {
        return competing.deadline(member, number, text);
    }

    Transition confirmForget(final Member member, final InputText input) {
        return forget.confirmForget(member, input);
    }
}
