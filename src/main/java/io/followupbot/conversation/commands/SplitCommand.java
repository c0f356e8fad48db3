package io.followupbot.conversation.commands;

import io.followupbot.chat.Button;
import io.followupbot.chat.MemberText;
import io.followupbot.chat.Reply;
import io.followupbot.chat.Outbound;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;
import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandArgument;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.followup.FollowUps;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Member;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code split 1 round 2}: a round that belongs to another hiring process becomes an application of its own. */
final class SplitCommand implements Command.ForInterview {

    static final CommandSpec SPEC = CommandSpec.of("split", "split 1 round 2", "make a round an application of its "
            + "own", "Make a round an application of its own", CommandArgument.interview(),
            CommandArgument.text("round", "Which round, for example: 2", true));
    private static final Pattern ROUND = Pattern.compile("(?:round\\s*)?#?(\\d{1,3})");

    private final FollowUps followUps;

    SplitCommand(final CommandTools tools) {
        this.followUps = tools.parts().followUps();
    }

    @Override
    public Transition run(final Member member, final ConversationState state, final Tracked tracked, final String more) {
        final int rounds = tracked.stored().roundCount();
        final Matcher round = ROUND.matcher(more.strip().toLowerCase(java.util.Locale.ROOT));
        if (rounds < 2) {
            return Command.stay(state, Reply.text("#" + tracked.number() + " has one round only: there is nothing to "
                    + "split off."));
        }
        if (!round.matches() || Integer.parseInt(round.group(1)) < 1 || Integer.parseInt(round.group(1)) > rounds) {
            return Command.stay(state, Reply.text("Which round? Type split " + tracked.number() + " round N, with N from "
                    + "1 to " + rounds + " (show " + tracked.number() + " lists them)."));
        }
        final int number = Integer.parseInt(round.group(1));
        if (tracked.stored().rounds().get(number - 1).id().equals(tracked.stored().id())) {
            return Command.stay(state, Reply.text("Round " + number + " is the one #" + tracked.number() + " was entered "
                    + "with, and it keeps its history. Split off the other rounds instead."));
        }
        final Optional<List<Tracked>> split = followUps.split(member, tracked.number(), number);
        if (split.isEmpty()) {
            return Command.stay(state, Reply.text("Nothing was split: #" + tracked.number() + " changed meanwhile."));
        }
        final Tracked alone = split.get().get(1);
        return Command.stay(state, Reply.of(Outbound.text("Round " + number + " of #" + tracked.number() + " is now #"
                + alone.number() + ", " + MemberText.quote(alone.stored().interview().company()) + ", with a plan of "
                + "its own.").withButtons(List.of(Button.of("Show #" + alone.number(), "show " + alone.number()),
                Button.of("All my applications", "list")))));
    }
}
