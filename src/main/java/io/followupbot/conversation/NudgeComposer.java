package io.followupbot.conversation;

import io.followupbot.chat.Button;
import io.followupbot.chat.Outbound;
import io.followupbot.delivery.DueStep;
import io.followupbot.delivery.Nudge;
import io.followupbot.delivery.NudgeRenderer;
import io.followupbot.drafts.Possessives;
import io.followupbot.followup.FollowUps;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Member;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.StoredInterview;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders a due step as the nudge a member receives, at send time, from the interview as it is now: a line
 * saying what to do and why now, the ready draft, and the actions (sent, snooze, they replied, stop).
 */
public final class NudgeComposer implements NudgeRenderer {

    private final FollowUps followUps;
    private final DraftMessages drafts;

    public NudgeComposer(final ConversationParts parts, final Clock clock) {
        this.followUps = parts.followUps();
        this.drafts = new DraftMessages(parts, clock);
    }

    @Override
    public Nudge render(final DueStep due, final StoredInterview interview, final Member member) {
        final Tracked tracked = followUps.find(member, interview.number())
                .orElseThrow(() -> new IllegalStateException("the interview of a due step is gone"));
        final PlannedStep step = tracked.plan().steps().stream().filter(planned -> planned.key().equals(due.key()))
                .findFirst().orElseGet(() -> new PlannedStep(due.kind(), due.dueAt().atZone(member.settings().zone()),
                        due.recipient(), due.sequence(), due.last()));
        final String lead = lead(tracked, step);
        final int number = tracked.number();
        final String ref = StepRefs.of(step);
        final List<Button> buttons = new ArrayList<>();
        buttons.add(Button.primary("I sent it", "sent " + number + " " + ref));
        buttons.add(Button.of("Snooze a day", "snooze " + number + " " + ref + " tomorrow"));
        buttons.add(Button.of("They replied", "heard " + number));
        buttons.add(Button.of("Stop these", "archive " + number));
        final Optional<Outbound> draft = drafts.forStep(member, tracked, step, Optional.empty());
        final Outbound message = draft
                .map(withDraft -> new Outbound(lead, withDraft.fields(), withDraft.draft(), buttons, List.of()))
                .orElseGet(() -> Outbound.text(lead + "\n" + DraftMessages.prepAdvice(tracked)).withButtons(
                        List.of(Button.primary("Done", "sent " + number + " " + ref),
                                Button.of("Stop these", "archive " + number))));
        return new Nudge(due.id(), member.id(), member.key(), member.dmChannel(), interview.id(), number, due.kind(),
                due.key(), due.recipient(), message);
    }

    private static String lead(final Tracked tracked, final PlannedStep step) {
        final String company = tracked.stored().interview().company();
        final String role = tracked.stored().interview().role();
        final String to = step.to().orElse("your interviewers");
        switch (step.kind()) {
            case PREP:
                return "Your " + company + " interview for " + role + " is today. Good luck!";
            case THANK_YOU:
                return "Time to thank " + to + " for the " + company + " interview. It should go out within 24 hours "
                        + "of the interview; here's a draft to make your own.";
            case LINKEDIN:
                return "Your thank-you is out. Now connect with " + to + " on LinkedIn, with a short note.";
            case CHECK_IN:
                return step.last()
                        ? "Still no word from " + company + ". One last, friendly check-in that leaves the door open."
                        : "It's time for a polite check-in with " + company + " about the " + role + " role.";
            case REPLY_UPDATE:
                return company + " gave you an update: thank them and say you'll wait.";
            case REPLY_REJECTION:
                return "A gracious reply to " + company + " keeps the door open for the next role there.";
            case REPLY_OFFER:
                return "Reply to " + Possessives.of(company) + " offer within 24 hours: accept, or ask for a few days.";
            case OFFER_REMINDER:
                return "You haven't told me you answered " + Possessives.of(company) + " offer, and its 24 hours are nearly up. "
                        + "Accept, or ask for a few days; tap I sent it once you have.";
            case COMPETING_OFFER:
                return "Your other offer has a deadline. If it's true, let " + company + " know and ask about timing.";
            case WITHDRAWAL:
                return "A short note to withdraw from " + company + " keeps things friendly.";
            case MOVE_ON:
                return "No answer from " + company + " after your check-ins. Close the loop if you like, then put "
                        + "your energy into the next applications.";
            default:
                return "A follow-up for " + company + " is due.";
        }
    }
}
