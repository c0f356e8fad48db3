package io.followupbot.conversation.commands;

import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandArgument;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Member;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;
import io.followupbot.conversation.views.Views;

/** {@code plan N}: one interview's dated plan. */
record PlanCommand(CommandTools tools) implements Command.ForInterview {

    static final CommandSpec SPEC = CommandSpec.of("plan", "plan 3", "the dated plan of interview #3",
            "The dated follow-up plan of one interview", CommandArgument.interview());

    @Override
    public Transition run(final Member member, final ConversationState state, final Tracked tracked, final String more) {
        return Command.stay(state, Reply.of(Outbound.text("The plan for " + Views.title(tracked) + ":")
                .withFields(Views.planFields(tracked.plan(), tools.clock().instant()))));
    }
}
