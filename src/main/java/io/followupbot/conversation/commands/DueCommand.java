package io.followupbot.conversation.commands;

import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.followup.Tracked;
import io.followupbot.followup.WeeklyGoal;
import io.followupbot.interview.Member;
import io.followupbot.interview.PlannedStep;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;
import io.followupbot.conversation.views.RoundViews;
import io.followupbot.conversation.views.Views;

/** {@code due}: the next step of each interview, soonest first: what to do next, whichever interview it is for. */
record DueCommand(CommandTools tools) implements Command.ForMember {

    static final CommandSpec SPEC = CommandSpec.of("due", "due", "the next step of each interview, soonest first",
            "What's due next, across your interviews");

    @Override
    public Transition run(final Member member, final ConversationState state, final String rest) {
        final Instant now = tools.clock().instant();
        final List<Tracked> pipeline = tools.parts().followUps().pipeline(member);
        final String goal = goalLine(member, pipeline, now);
        final List<Outbound.Field> fields = pipeline.stream()
                .filter(tracked -> tracked.plan().next().isPresent())
                .sorted(Comparator.comparing(tracked -> tracked.plan().next().orElseThrow().at().toInstant()))
                .map(tracked -> field(tracked, tracked.plan().next().orElseThrow(), now)).toList();
        if (fields.isEmpty()) {
            return Command.stay(state, Reply.text("Nothing is due: none of your interviews has a step planned. Type "
                    + "/followup to tell me about a new one." + goal));
        }
        return Command.stay(state, Reply.of(Outbound.text(goal.isEmpty() ? "What's due next:"
                : goal.strip() + "\nWhat's due next:").withFields(fields)));
    }

    /**
     * With a weekly goal, the week so far (Monday to today in the member's zone): {@code due} is where a member looks
     * for what to do, and a goal not yet met is something to do, digest or not.
     */
    private static String goalLine(final Member member, final List<Tracked> pipeline, final Instant now) {
        if (!member.settings().hasWeeklyGoal()) {
            return "";
        }
        final ZoneId zone = member.settings().zone();
        final LocalDate monday = WeeklyGoal.weekOf(now, zone);
        return "\n" + WeeklyGoal.thisWeek(WeeklyGoal.done(pipeline, zone, monday, now.atZone(zone).toLocalDate()),
                member.settings().weeklyGoal());
    }

    private static Outbound.Field field(final Tracked tracked, final PlannedStep step, final Instant now) {
        return new Outbound.Field(Views.title(tracked), RoundViews.describe(step,
                RoundViews.several(tracked)) + ", " + Views.when(step.at(), now));
    }
}
