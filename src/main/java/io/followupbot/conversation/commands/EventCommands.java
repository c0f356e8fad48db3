package io.followupbot.conversation.commands;

import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;
import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandArgument;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.conversation.views.EventReplies;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.Member;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

/**
 * The commands whose whole work is one event about an interview, stamped now and answered with its new plan under a
 * headline: {@code offer N} (they made you an offer), {@code withdraw N} (you're no longer interested) and
 * {@code archive N} (stop the nudges for it).
 */
final class EventCommands {

    static final CommandSpec OFFER = CommandSpec.of("offer", "offer 3", "they made you an offer",
            "They made you an offer", CommandArgument.interview());
    static final CommandSpec WITHDRAW = CommandSpec.of("withdraw", "withdraw 3", "you're no longer interested",
            "You're no longer interested: a gracious note to withdraw", CommandArgument.interview());
    static final CommandSpec ARCHIVE = CommandSpec.of("archive", "archive 3", "stop the nudges for it",
            "Stop the nudges for one interview", CommandArgument.interview());
    static final String CONGRATULATIONS = "Congratulations on the offer!";
    private static final String WITHDRAWN = "Understood. I've stopped the check-ins; here is a short, gracious note to withdraw.";
    private static final String ARCHIVED = "Archived. No more nudges for this one; keep going with the others!";

    private EventCommands() {
    }

    static Command offer(final CommandTools tools) {
        return new Reported(tools, InterviewEvent.Offer::new, CONGRATULATIONS);
    }

    static Command withdraw(final CommandTools tools) {
        return new Reported(tools, InterviewEvent.Withdrew::new, WITHDRAWN);
    }

    static Command archive(final CommandTools tools) {
        return new Reported(tools, InterviewEvent.Archived::new, ARCHIVED);
    }

    /** Reports the event made at the moment the command runs, under the headline. */
    private static final class Reported implements Command.ForInterview {

        private final EventReplies reports;
        private final Clock clock;
        private final Function<Instant, InterviewEvent> event;
        private final String headline;

        Reported(final CommandTools tools, final Function<Instant, InterviewEvent> event, final String headline) {
            this.reports = tools.reports();
            this.clock = tools.clock();
            this.event = event;
            this.headline = headline;
        }

        @Override
        public Transition run(final Member member, final ConversationState state, final Tracked tracked, final String more) {
            return reports.report(member, tracked, event.apply(clock.instant()), headline);
        }
    }
}
