package io.followupbot.conversation.commands;

import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandArgument;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.drafts.CheckContext;
import io.followupbot.drafts.Finding;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Member;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;

/** {@code check [N] text}: the draft checker on a message the member wrote, against an interview when numbered. */
record CheckCommand(CommandTools tools) implements Command.ForMember {

    static final CommandSpec SPEC = CommandSpec.of("check", "check <text>", "I'll review a message you wrote before "
            + "you send it", "Review a message you wrote before you send it", CommandArgument.text("text",
            "The message (start with an interview number to check against it)", true));

    @Override
    public Transition run(final Member member, final ConversationState state, final String rest) {
        return Command.stay(state, check(member, rest));
    }

    private Reply check(final Member member, final String text) {
        if (text.isBlank() || CommandLines.interviewNumber(text.strip()).isPresent()) {
            return Reply.text("Paste the message after check, for example: check Hi Ana, thank you for ... "
                    + "(add the interview number first, check 3 ..., and I'll check it against that interview too).");
        }
        final LocalDate today = LocalDate.now(tools.clock().withZone(member.settings().zone()));
        final String[] words = text.split("\\s+", 2);
        CheckContext context = CheckContext.freeText(today);
        String message = text;
        final Optional<Integer> number = CommandLines.interviewNumber(words[0]);
        if (number.isPresent()) {
            final Optional<Tracked> tracked = tools.parts().followUps().find(member, number.get());
            if (tracked.isPresent()) {
                context = context.withInterview(tracked.get().stored().interview())
                        .withOtherCompanies(otherCompanies(member, tracked.get()));
                message = words[1];
            }
        }
        final List<Finding> findings = tools.parts().checker().check(message, context);
        if (findings.isEmpty()) {
            return Reply.text("That reads well: professional, specific and the right length. Good to send.");
        }
        final List<Outbound.Field> fields = findings.stream()
                .map(finding -> new Outbound.Field(finding.reason(), finding.suggestion())).toList();
        return Reply.of(Outbound.text("A few things to look at before you send it:").withFields(fields));
    }

    /** The companies of the member's other interviews: a name copied from one of those is a slip. */
    private Set<String> otherCompanies(final Member member, final Tracked checked) {
        return tools.parts().followUps().pipeline(member).stream().filter(other -> other.number() != checked.number())
                .map(other -> other.stored().interview().company()).collect(Collectors.toSet());
    }
}
