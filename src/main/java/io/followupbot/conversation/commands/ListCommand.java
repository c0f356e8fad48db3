package io.followupbot.conversation.commands;

import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandSpec;
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

/** {@code list}: the member's interviews, numbered, with their stage and what's next. */
record ListCommand(CommandTools tools) implements Command.ForMember {

    static final CommandSpec SPEC = CommandSpec.of("list", "list", "your interviews, their stage and what's next",
            "Your interviews, their stage and what's next").withAliases("pipeline");

    @Override
    public Transition run(final Member member, final ConversationState state, final String rest) {
        return Command.stay(state, list(member));
    }

    private Reply list(final Member member) {
        final List<Tracked> pipeline = tools.parts().followUps().pipeline(member);
        if (pipeline.isEmpty()) {
            return Reply.of(Outbound.text("No interviews yet. Type /followup to tell me about one.")
                    .withButtons(List.of(Button.primary("Add an interview", "new"))));
        }
        final List<Outbound.Field> fields = new ArrayList<>();
        for (final Tracked tracked : pipeline) {
            fields.add(new Outbound.Field(Views.title(tracked), Views.pipelineLine(tracked, tools.clock().instant())));
        }
        return Reply.of(new Outbound(PauseViews.heading("Your interviews", tools.members().pauses().until(member),
                member.settings().zone()), fields, Optional.empty(), List.of(
                Button.primary("Add an interview", "new")), List.of()));
    }
}
