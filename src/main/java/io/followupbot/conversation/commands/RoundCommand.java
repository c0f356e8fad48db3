package io.followupbot.conversation.commands;

import io.followupbot.chat.MemberText;
import io.followupbot.chat.Reply;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;
import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandArgument;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.conversation.intake.IntakeFlow;
import io.followupbot.conversation.intake.IntakeNotes;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Interview;
import io.followupbot.interview.Member;
import io.followupbot.conversation.language.RoundInWords;
import io.followupbot.dates.DateAnswer;
import io.followupbot.drafts.Companies;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * {@code round N}: the next round of application N (a second interview, the panel, the final): the intake's questions
 * about it, with the company and role known; one plan then follows the whole process.
 */
public final class RoundCommand implements Command.ForInterview {

    static final CommandSpec SPEC = CommandSpec.of("round", "round 3", "add the next round of an application (the "
            + "second interview, the panel...)", "Add the next round of an application", CommandArgument.interview());

    private final IntakeFlow intake;
    private final CommandTools tools;

    public RoundCommand(final CommandTools tools) {
        this.intake = tools.intake();
        this.tools = tools;
    }

    /**
     * "I have my second round with Acme on Tuesday": the intake for it, with what the sentence gave. With an open
     * application with that company, a further round is its next round, and "an interview" is asked about at the
     * summary; without one, it is a new application.
     */
    public Transition fromWords(final Member member, final RoundInWords said) {
        final Optional<Tracked> open = tools.parts().followUps().pipeline(member).stream()
                .filter(tracked -> !tracked.stored().stage().closed())
                .filter(tracked -> Companies.mentioned(said.company(), tracked.stored().interview().company())
                        || said.company().equalsIgnoreCase(tracked.stored().interview().company()))
                .reduce((first, second) -> second);
        IntakeNotes notes = IntakeNotes.empty().withCompany(open.map(tracked -> tracked.stored().interview().company())
                .orElse(said.company()));
        if (open.isPresent()) {
            notes = notes.withRole(open.get().stored().interview().role());
            if (said.nextRound()) {
                notes = notes.withRoundOf(open.get().number());
            }
        }
        String on = "";
        if (!said.when().isEmpty()) {
            final DateAnswer<ZonedDateTime> when = tools.parts().dates().parseInterviewTime(said.when(),
                    tools.clock().instant(), member.settings().zone(), member.settings().country());
            if (when instanceof DateAnswer.Parsed<ZonedDateTime> parsed) {
                notes = notes.withStartsAt(parsed.value().toInstant());
                on = ", " + parsed.inWords();
            }
        }
        final String lead = open.filter(tracked -> said.nextRound()).map(tracked -> which(tracked) + " of #"
                + tracked.number() + " " + MemberText.quote(tracked.stored().interview().company()) + " - "
                + MemberText.quote(tracked.stored().interview().role()))
                .orElse("An interview with " + MemberText.quote(said.company())) + on + ". A few questions about it.";
        return intake.prefilled(member, notes, lead, true);
    }

    @Override
    public Transition run(final Member member, final ConversationState state, final Tracked tracked, final String more) {
        final Interview latest = tracked.stored().interview();
        final String name = "#" + tracked.number() + " " + MemberText.quote(latest.company()) + " - "
                + MemberText.quote(latest.role());
        if (tracked.stored().stage().closed()) {
            return Command.stay(state, Reply.text(name + " is closed (" + tracked.plan().stage().label() + "). Type new "
                    + "to add an interview for a new application."));
        }
        return intake.prefilled(member, IntakeNotes.empty().withCompany(latest.company()).withRole(latest.role())
                .withRoundOf(tracked.number()), which(tracked) + " of " + name + ".", true);
    }

    /** "Round 3", or "The first interview" of an application that has none yet. */
    private static String which(final Tracked tracked) {
        return tracked.stored().awaitingInterview() ? "The first interview"
                : "Round " + (tracked.stored().roundCount() + 1);
    }
}
