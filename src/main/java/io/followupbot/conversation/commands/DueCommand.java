package io.followupbot.conversation.commands;

import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Member;
import io.followupbot.interview.PlannedStep;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;
import io.followupbot.conversation.views.RoundViews;
import io.followupbot.conversation.views.Views;

/** {@code due}: the next step of each interview, soonest first: what to do next, whichever interview it is for. */
final class DueCommand implements Command.ForMember {

    static final CommandSpec SPEC = CommandSpec.of("due", "due", "the next step of each interview, soonest first",
            "What's due next, across your interviews");

    private final CommandTools tools;

    DueCommand(final CommandTools tools) {
        this.tools = tools;
    }

    @Override
    public Transition run(final Member member, final ConversationState state, final String rest) {
        final Instant now = tools.clock().instant();
        final List<Outbound.Field> fields = tools.parts().followUps().pipeline(member).stream()
                .filter(tracked -> tracked.plan().next().isPresent())
                .sorted(Comparator.comparing(tracked -> tracked.plan().next().orElseThrow().at().toInstant()))
                .map(tracked -> field(tracked, tracked.plan().next().orElseThrow(), now)).toList();
        if (fields.isEmpty()) {
            return Command.stay(state, Reply.text("Nothing is due: none of your interviews has a step planned. Type "
                    + "/followup to tell me about a new one."));
        }
        return Command.stay(state, Reply.of(Outbound.text("What's due next:").withFields(fields)));
    }

    private static Outbound.Field field(final Tracked tracked, final PlannedStep step, final Instant now) {
        return new Outbound.Field(Views.title(tracked), RoundViews.describe(step,
                RoundViews.several(tracked)) + ", " + Views.when(step.at(), now));
    }
}
