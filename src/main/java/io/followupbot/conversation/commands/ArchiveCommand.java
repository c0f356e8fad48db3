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

/** {@code archive N}: stop the nudges for it. */
final class ArchiveCommand implements Command.ForInterview {

    static final CommandSpec SPEC = CommandSpec.of("archive", "archive 3", "stop the nudges for it",
            "Stop the nudges for one interview", CommandArgument.interview());
    private static final String HEADLINE = "Archived. No more nudges for this one; keep going with the others!";

    private final EventReplies reports;
    private final Clock clock;

    ArchiveCommand(final CommandTools tools) {
        this.reports = tools.reports();
        this.clock = tools.clock();
    }

    @Override
    public Transition run(final Member member, final ConversationState state, final Tracked tracked, final String more) {
        return reports.report(member, tracked, new InterviewEvent.Archived(clock.instant()), HEADLINE);
    }
}
