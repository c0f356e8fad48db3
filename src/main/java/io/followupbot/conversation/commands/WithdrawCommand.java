package io.followupbot.conversation.commands;

import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandArgument;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.Member;
import java.time.Clock;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;
import io.followupbot.conversation.views.EventReplies;

/** {@code withdraw N}: you're no longer interested. */
final class WithdrawCommand implements Command.ForInterview {

    static final CommandSpec SPEC = CommandSpec.of("withdraw", "withdraw 3", "you're no longer interested",
            "You're no longer interested: a gracious note to withdraw", CommandArgument.interview());
    private static final String HEADLINE = "Understood. I've stopped the check-ins; here is a short, gracious note to withdraw.";

    private final EventReplies reports;
    private final Clock clock;

    WithdrawCommand(final CommandTools tools) {
        this.reports = tools.reports();
        this.clock = tools.clock();
    }

    @Override
    public Transition run(final Member member, final ConversationState state, final Tracked tracked, final String more) {
        return reports.report(member, tracked, new InterviewEvent.Withdrew(clock.instant()), HEADLINE);
    }
}
