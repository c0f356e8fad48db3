package io.followupbot.conversation.commands;

import io.followupbot.chat.Button;
import io.followupbot.chat.MemberText;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.conversation.ConversationState;
import io.followupbot.conversation.Transition;
import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandArgument;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.conversation.language.AppliedInWords;
import io.followupbot.conversation.views.DateButtons;
import io.followupbot.conversation.views.Views;
import io.followupbot.dates.DateAnswer;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Member;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code applied COMPANY, ROLE [DATE]} (and "I applied to Acme for the Data Analyst role yesterday"): an application
 * sent before any interview (issue 33), saved at once under a new number, with its follow-up after 7 business days
 * and its move-on. Its first interview, entered with {@code /followup} or {@code round N}, takes its place.
 */
public record AppliedCommand(CommandTools tools) implements Command.ForMember {

    static final CommandSpec SPEC = CommandSpec.of("applied", "applied Acme Analytics, Data Analyst yesterday",
            "an application you sent, before any interview: I'll nudge you to follow up if they stay quiet",
            "Note an application you sent", CommandArgument.text("application",
                    "Company, role and when (e.g. Acme, Data Analyst yesterday)", true));

    @Override
    public Transition run(final Member member, final ConversationState state, final String rest) {
        final Optional<AppliedInWords> typed = AppliedInWords.typed(rest).or(() -> AppliedInWords.said("applied " + rest));
        if (typed.isEmpty()) {
            return Command.stay(state, Reply.text("Tell me the company and the role, with a comma between them, and "
                    + "when you sent it if not today: applied Acme Analytics, Data Analyst yesterday."));
        }
        return fromWords(member, state, typed.get());
    }

    /** The application as the member described it, saved when the day it was sent is clear. */
    public Transition fromWords(final Member member, final ConversationState state, final AppliedInWords said) {
        final Instant now = tools.clock().instant();
        final DateAnswer<ZonedDateTime> when = said.when().isEmpty()
                ? new DateAnswer.Parsed<>(now.atZone(member.settings().zone()), "now")
                : tools.parts().dates().parseInterviewTime(said.when(), now, member.settings().zone(),
                        member.settings().country());
        final boolean someInThePast = when instanceof DateAnswer.Ask<ZonedDateTime> ask
                && ask.readings().stream().anyMatch(reading -> !reading.toInstant().isAfter(now));
        if (when instanceof DateAnswer.Ask<ZonedDateTime> ask && someInThePast) {
            return Command.stay(state, Reply.of(Outbound.text(ask.question()).withButtons(DateButtons.of(ask,
                    "applied " + said.company() + ", " + said.role()))));
        }
        if (when instanceof DateAnswer.Invalid<ZonedDateTime> || when instanceof DateAnswer.NoDate<ZonedDateTime>) {
            return Command.stay(state, Reply.text("I couldn't read \"" + MemberText.quote(said.when()) + "\" as a "
                    + "day. Type the day you sent it, e.g. applied " + MemberText.quote(said.company()) + ", "
                    + MemberText.quote(said.role()) + " yesterday (or 2026-03-02)."));
        }
        if (!(when instanceof DateAnswer.Parsed<ZonedDateTime> parsed) || parsed.value().toInstant().isAfter(now)) {
            return Command.stay(state, Reply.text("That day hasn't come yet. Tell me once you've sent it, or give the "
                    + "day you did: applied " + MemberText.quote(said.company()) + ", " + MemberText.quote(said.role())
                    + " yesterday."));
        }
        final Instant sentAt = parsed.value().toInstant();
        final Tracked saved = tools.parts().followUps().apply(member, said.company(), said.role(), sentAt);
        final List<Outbound.Field> fields = new ArrayList<>(Views.interviewFields(saved, member.settings()));
        fields.addAll(Views.planFields(saved.plan(), now));
        return Command.stay(state, Reply.of(new Outbound("Saved as #" + saved.number() + ": your application to "
                + MemberText.quote(said.company()) + " for " + MemberText.quote(said.role()) + ". If they stay quiet, "
                + "I'll nudge you to follow up; when they invite you to an interview, type round " + saved.number()
                + " (or /followup) and its plan takes over.", fields, Optional.empty(),
                List.of(Button.of("Show it", "show " + saved.number())), List.of())));
    }
}
