package io.followupbot.conversation.commands;

import io.followupbot.conversation.views.ReportedSteps;
import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandArgument;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.chat.Reply;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.Member;
import io.followupbot.interview.PlannedStep;
import java.util.List;
import java.util.Optional;
import io.followupbot.conversation.views.StepRefs;
import io.followupbot.conversation.views.Views;

/** {@code skip N [step]}: the member won't send it; what waits for it goes ahead. */
record SkipCommand(CommandTools tools) implements Command.Answering {

    static final CommandSpec SPEC = CommandSpec.of("skip", "skip 3 thank_you", "you won't send that one",
            "You won't send a step: it leaves the plan", CommandArgument.interview(),
            CommandArgument.text("step", "The step, for example thank_you (leave out for the next one)", false));

    @Override
    public Reply answer(final Member member, final Tracked tracked, final String more) {
        final List<PlannedStep> pending = tracked.plan().steps();
        final Optional<PlannedStep> step = more.isBlank() ? pending.stream().findFirst()
                : StepRefs.find(pending, more.split("\\s+")[0]);
        if (step.isEmpty()) {
            return Reply.text("There's no pending step \"" + CommandTools.echo(more, CommandTools.ECHO_PHRASE)
                    + "\" to skip for #" + tracked.number() + ". Type plan " + tracked.number() + " to see them.");
        }
        final Tracked updated = tools.parts().followUps().report(member, tracked.number(),
                new InterviewEvent.Declined(tools.clock().instant(), step.get().kind(), step.get().to(),
                        ReportedSteps.named(step.get()))).orElseThrow();
        final String next = updated.plan().next().map(s -> "Next: " + Views.describe(s) + ", "
                + Views.when(s.at(), tools.clock().instant()) + ".").orElse("Nothing more is planned.");
        return Reply.text("Okay, skipped: " + Views.describe(step.get()) + ". " + next);
    }
}
