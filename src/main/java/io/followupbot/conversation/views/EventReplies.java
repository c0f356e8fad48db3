package io.followupbot.conversation.views;

import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.conversation.ConversationState.Idle;
import io.followupbot.drafts.DraftKind;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.Member;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.StepKind;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.followupbot.conversation.ConversationParts;
import io.followupbot.conversation.Transition;

/** What several commands share: an event reported on an interview, answered with its new plan and the reply to send. */
public final class EventReplies {

    private final ConversationParts parts;
    private final Clock clock;
    private final DraftMessages draftMessages;

    public EventReplies(final ConversationParts parts, final Clock clock, final DraftMessages draftMessages) {
        this.parts = parts;
        this.clock = clock;
        this.draftMessages = draftMessages;
    }

    public Transition report(final Member member, final Tracked tracked, final InterviewEvent event, final String headline) {
        final Tracked updated = parts.followUps().report(member, tracked.number(), event).orElseThrow();
        final List<Outbound> messages = new ArrayList<>();
        messages.add(Outbound.text(headline + " Stage: " + updated.plan().stage().label() + ".")
                .withFields(Views.planFields(updated.plan(), clock.instant())));
        final Optional<PlannedStep> reply = updated.plan().steps().stream().filter(step -> step.kind()
                == StepKind.REPLY_UPDATE || step.kind() == StepKind.REPLY_REJECTION || step.kind() == StepKind.REPLY_OFFER
                || step.kind() == StepKind.COMPETING_OFFER || step.kind() == StepKind.WITHDRAWAL).reduce((a, b) -> b);
        if (reply.isPresent() && !(event instanceof InterviewEvent.Note)) {
            messages.addAll(draftsForStep(member, updated, reply.get(), Optional.empty()).messages());
        }
        return Transition.to(new Idle(clock.millis()), new Reply(messages, true, false));
    }

    public Reply draftsForStep(final Member member, final Tracked tracked, final PlannedStep step,
                               final Optional<DraftKind> chosen) {
        return draftMessages.forStep(member, tracked, step, chosen)
                .map(message -> Reply.of(message.withButtons(draftMessages.stepButtons(tracked, step, chosen))))
                .orElseGet(() -> Reply.text(DraftMessages.prepAdvice(tracked)));
    }
}
