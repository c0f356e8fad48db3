package io.followupbot.conversation.commands;

import io.followupbot.chat.Button;
import io.followupbot.chat.MemberText;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;
import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandArgument;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.conversation.views.Views;
import io.followupbot.followup.FollowUps;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Member;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code merge 2 into 1}: two applications that turn out to be one hiring process become one, with every round, event
 * and step already sent; one plan follows it. {@code split 1 round 2} undoes it.
 */
final class MergeCommand implements Command.ForMember {

    static final CommandSpec SPEC = CommandSpec.of("merge", "merge 2 into 1", "make two applications one (their "
            + "rounds, events and plan)", "Make two applications one hiring process",
            CommandArgument.text("numbers", "Which into which, for example: 2 into 1", true));
    private static final Pattern LINE = Pattern.compile("#?(\\d{1,6})\\s+(?:(?:in)?to\\s+|with\\s+|and\\s+)?#?(\\d{1,6})");

    private final FollowUps followUps;
    private final Clock clock;

    MergeCommand(final CommandTools tools) {
        this.followUps = tools.parts().followUps();
        this.clock = tools.clock();
    }

    @Override
    public Transition run(final Member member, final ConversationState state, final String rest) {
        final Matcher line = LINE.matcher(rest.strip().toLowerCase(java.util.Locale.ROOT));
        if (!line.matches()) {
            return Command.stay(state, Reply.text("Which two? Type merge, the application to fold in, then the one to "
                    + "keep: merge 2 into 1 (list shows the numbers)."));
        }
        final int from = Integer.parseInt(line.group(1));
        final int into = Integer.parseInt(line.group(2));
        if (from == into) {
            return Command.stay(state, Reply.text("Those are the same application. Type merge 2 into 1 with two "
                    + "different numbers."));
        }
        for (final int number : List.of(from, into)) {
            final Optional<Tracked> found = followUps.find(member, number);
            if (found.isEmpty()) {
                return Command.stay(state, Reply.text("You have no application #" + number + ". Type list to see yours."));
            }
            if (found.get().stored().awaitingInterview()) {
                return Command.stay(state, Reply.text("#" + number + " is an application with no interview yet, so it "
                        + "has no round to merge. When they invite you, type round " + number + " to add its first "
                        + "interview."));
            }
        }
        final Optional<Tracked> merged = followUps.merge(member, into, from);
        if (merged.isEmpty()) {
            return Command.stay(state, Reply.text("Nothing was merged: one of them no longer exists."));
        }
        final Tracked tracked = merged.get();
        return Command.stay(state, Reply.of(Outbound.text("Merged #" + from + " into #" + into + ": "
                + MemberText.quote(tracked.stored().interview().company()) + " now has " + tracked.stored().roundCount()
                + " rounds, and one plan follows them. (split " + into + " round N undoes it.)")
                .withFields(Views.planFields(tracked.plan(), clock.instant()))
                .withButtons(List.of(Button.of("Show #" + into, "show " + into)))));
    }
}
