package io.followupbot.conversation.commands;

import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandArgument;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Member;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;
import io.followupbot.conversation.intake.IntakeFlow;

/** {@code edit N}: the intake's summary of an interview again, to change what the member told. */
final class EditCommand implements Command.ForInterview {

    static final CommandSpec SPEC = CommandSpec.of("edit", "edit 3", "change what you told me",
            "Change the company, role or decision date", CommandArgument.interview());

    private static final java.util.regex.Pattern ROUND = java.util.regex.Pattern.compile("round\\s*#?(\\d{1,3})");

    private final IntakeFlow intake;

    EditCommand(final CommandTools tools) {
        this.intake = tools.intake();
    }

    @Override
    public Transition run(final Member member, final ConversationState state, final Tracked tracked, final String more) {
        if (tracked.stored().awaitingInterview()) {
            return Command.stay(state, io.followupbot.chat.Reply.text("#" + tracked.number() + " is an application with "
                    + "no interview yet, so there is nothing to edit. When they invite you, type round " + tracked.number()
                    + "; to change the company, role or day, archive " + tracked.number() + " and type applied again."));
        }
        final java.util.regex.Matcher round = ROUND.matcher(more.strip().toLowerCase(java.util.Locale.ROOT));
        if (round.matches()) {
            final int number = Integer.parseInt(round.group(1));
            if (number < 1 || number > tracked.stored().roundCount()) {
                return Command.stay(state, io.followupbot.chat.Reply.text("#" + tracked.number() + " has "
                        + tracked.stored().roundCount() + (tracked.stored().roundCount() == 1 ? " round" : " rounds")
                        + ". Type edit " + tracked.number() + " round N with one of them."));
            }
            return intake.edit(member, tracked.stored(), number);
        }
        return intake.edit(member, tracked.stored());
    }
}
