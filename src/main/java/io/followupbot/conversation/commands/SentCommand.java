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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import io.followupbot.conversation.language.MemberWords;
import io.followupbot.conversation.views.StepRefs;
import io.followupbot.conversation.views.Views;

/** {@code sent N [step] [when]}: the member sent a message; the plan moves on. */
public record SentCommand(CommandTools tools) implements Command.Answering {

    static final CommandSpec SPEC = CommandSpec.of("sent", "sent 3", "you sent the next message; "
            + "*sent 3 thank_you yesterday* - that one, then; or just say \"I sent the thank-you to Priya yesterday\"",
            "You sent the next message (or the step you name)", CommandArgument.interview(),
            CommandArgument.text("step", "The step, for example thank_you or check_in", false));

    @Override
    public Reply answer(final Member member, final Tracked tracked, final String more) {
        final List<PlannedStep> open = MemberWords.reportable(tracked);
        final String[] words = more.isBlank() ? new String[0] : more.split("\\s+", 2);
        Optional<PlannedStep> step = words.length > 0 ? StepRefs.find(open, words[0]) : Optional.empty();
        String when = "";
        if (step.isPresent()) {
            when = words.length > 1 ? words[1] : "";
        } else if (!more.isBlank() && MemberWords.isWhen(tools.parts(), more, tools.clock().instant(), member)) {
            when = more;
        } else if (!more.isBlank()) {
            return Reply.text("There's no pending step \"" + CommandTools.echo(more, CommandTools.ECHO_PHRASE)
                    + "\" for #" + tracked.number() + ". Type plan " + tracked.number() + " to see them.");
        }
        step = step.or(() -> tracked.plan().steps().stream().findFirst());
        if (step.isEmpty()) {
            return Reply.text("Nothing is waiting to be sent for " + Views.title(tracked) + ".");
        }
        return markSent(member, tracked, step.get(), when);
    }

    /** Records a step sent, at {@code when} in the member's words ("yesterday"), or now when blank. */
    public Reply markSent(final Member member, final Tracked tracked, final PlannedStep step, final String when) {
        final Optional<Instant> at = MemberWords.sentAt(tools.parts(), when, tools.clock().instant(), member);
        if (at.isEmpty()) {
            return Reply.text("When did you send it? For example \"sent " + tracked.number() + " " + StepRefs.of(step)
                    + " yesterday\", or leave the day out for today.");
        }
        final Tracked updated = tools.parts().followUps().report(member, tracked.number(),
                new InterviewEvent.Sent(at.get(), step.kind(), step.to(), ReportedSteps.named(step))).orElseThrow();
        final String next = updated.plan().next().map(s -> "Next: " + Views.describe(s) + ", "
                + Views.when(s.at(), tools.clock().instant()) + ".").orElse("Nothing more is planned.");
        final String day = when.isBlank() ? "" : " (" + Views.dayAndTime(at.get(), member.settings().zone()) + ")";
        return Reply.text("Nice work: " + Views.describe(step) + " marked as sent" + day + ". " + next);
    }
}
