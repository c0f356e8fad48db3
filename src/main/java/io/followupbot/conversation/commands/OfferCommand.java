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

/** {@code offer N}: they made you an offer. */
final class OfferCommand implements Command.ForInterview {

    static final CommandSpec SPEC = CommandSpec.of("offer", "offer 3", "they made you an offer",
            "They made you an offer", CommandArgument.interview());
    static final String CONGRATULATIONS = "Congratulations on the offer!";

    private final EventReplies reports;
    private final Clock clock;

    OfferCommand(final CommandTools tools) {
        this.reports = tools.reports();
        this.clock = tools.clock();
    }

    @Override
    public Transition run(final Member member, final ConversationState state, final Tracked tracked, final String more) {
        return reports.report(member, tracked, new InterviewEvent.Offer(clock.instant()), CONGRATULATIONS);
    }
}
