package io.followupbot.conversation.commands;

import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandArgument;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.chat.Button;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;
import io.followupbot.conversation.views.PauseViews;
import io.followupbot.conversation.views.Views;

/** {@code show N}: everything about one interview, with its plan and what to do next. */
record ShowCommand(CommandTools tools) implements Command.ForInterview {

    static final CommandSpec SPEC = CommandSpec.of("show", "show 3", "everything about interview #3",
            "Everything about one interview", CommandArgument.interview());

    @Override
    public Transition run(final Member member, final ConversationState state, final Tracked tracked, final String more) {
        final List<Outbound.Field> fields = new ArrayList<>(
                Views.interviewFields(tracked, member.settings()));
        fields.add(new Outbound.Field("Stage", tracked.plan().stage().label()));
        tools.members().pauses().until(member).ifPresent(until -> fields.add(PauseViews.field(until,
                member.settings().zone())));
        fields.addAll(Views.planFields(tracked.plan(), tools.clock().instant()));
        final int number = tracked.number();
        return Command.stay(state, Reply.of(new Outbound(Views.title(tracked), fields, Optional.empty(), List.of(
                Button.primary("Next draft", "draft " + number), Button.of("They replied", "heard " + number),
                Button.of("Edit", "edit " + number), Button.of("Archive", "archive " + number)), List.of())));
    }
}
