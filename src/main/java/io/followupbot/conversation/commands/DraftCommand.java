package io.followupbot.conversation.commands;

import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandArgument;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.drafts.DraftKind;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Interview;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.StepKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import io.followupbot.conversation.language.MemberWords;
import io.followupbot.conversation.views.StepRefs;
import io.followupbot.conversation.views.Views;

/** {@code draft N [kind or step]}: the draft for an interview's next step, for a step named, or of a kind chosen. */
record DraftCommand(CommandTools tools) implements Command.Answering {

    static final CommandSpec SPEC = CommandSpec.of("draft", "draft 3", "the draft for its next step; "
            + "*draft 3 check_in* - a draft of that kind", "The draft for an interview's next step, or of a kind you choose",
            CommandArgument.interview(), CommandArgument.choiceOf("kind", "A kind of draft",
                    Arrays.stream(DraftKind.values()).map(DraftKind::key).toList()));

    @Override
    public Reply answer(final Member member, final Tracked tracked, final String more) {
        final List<PlannedStep> pending = tracked.plan().steps();
        final String[] words = more.isBlank() ? new String[0] : more.split("\\s+");
        Optional<DraftKind> chosenKind = Optional.empty();
        Optional<PlannedStep> step = Optional.empty();
        for (final String word : words) {
            final Optional<PlannedStep> named = step.isEmpty() ? StepRefs.find(pending, word) : Optional.empty();
            if (named.isPresent()) {
                step = named;
            } else {
                chosenKind = chosenKind.or(() -> DraftKind.fromKey(word));
            }
        }
        if (words.length > 0 && chosenKind.isEmpty() && step.isEmpty()) {
            return Reply.text("I don't know the draft \"" + CommandTools.echo(more, CommandTools.ECHO_PHRASE)
                    + "\". Kinds: " + String.join(", ", Arrays.stream(DraftKind.values()).map(DraftKind::key).toList())
                    + ".");
        }
        if (chosenKind.isPresent() && step.isEmpty()) {
            return ofKind(member, tracked, chosenKind);
        }
        final Optional<PlannedStep> target = step.or(() -> pending.stream().filter(s -> s.kind() != StepKind.PREP
                && s.kind() != StepKind.DEBRIEF).findFirst());
        final Optional<Reply> notYet = MemberWords.notBeforeTheInterview(tracked, target, chosenKind,
                tools.clock().instant());
        if (notYet.isPresent()) {
            return notYet.get();
        }
        if (target.isEmpty()) {
            return Reply.text("Nothing is planned for " + Views.title(tracked) + ". Type draft "
                    + tracked.number() + " move_on for a closing note, or draft " + tracked.number()
                    + " check_in for a check-in.");
        }
        return tools.reports().draftsForStep(member, tracked, target.get(), chosenKind);
    }

    /** A draft of the kind chosen, one per interviewer when it is written to each. */
    private Reply ofKind(final Member member, final Tracked tracked, final Optional<DraftKind> chosenKind) {
        final DraftKind kind = chosenKind.orElseThrow();
        final Optional<Reply> tooEarly = MemberWords.notBeforeTheInterview(tracked, Optional.empty(), chosenKind,
                tools.clock().instant());
        if (tooEarly.isPresent()) {
            return tooEarly.get();
        }
        final List<Outbound> messages = new ArrayList<>();
        for (final Optional<Interviewer> to : recipients(tracked.stored().interview(), kind)) {
            messages.add(tools.drafts().ofKind(member, tracked, kind, to));
        }
        return new Reply(messages, true, false);
    }

    private static List<Optional<Interviewer>> recipients(final Interview interview, final DraftKind kind) {
        if (!kind.isPerInterviewer() || interview.interviewers().isEmpty()) {
            return List.of(Optional.empty());
        }
        return interview.interviewers().stream().map(Optional::of).toList();
    }
}
