package io.followupbot.conversation.views;

import io.followupbot.chat.Button;
import io.followupbot.chat.MemberText;
import io.followupbot.chat.Outbound;
import io.followupbot.delivery.DueStep;
import io.followupbot.delivery.Nudge;
import io.followupbot.delivery.NudgeRenderer;
import io.followupbot.drafts.Possessives;
import io.followupbot.followup.FollowUps;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Interview;
import io.followupbot.interview.Member;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.StepKind;
import io.followupbot.interview.StoredInterview;
import io.followupbot.policy.SnoozeChoice;
import io.followupbot.policy.ThankYouWindow;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.followupbot.conversation.ConversationParts;

/**
 * Renders a due step as the nudge a member receives, at send time, from the interview as it is now: a line
 * saying what to do and why now, the ready draft, and the actions (sent, snooze, they replied, stop).
 */
public final class NudgeComposer implements NudgeRenderer {

    private final FollowUps followUps;
    private final DraftMessages drafts;
    private final Clock clock;

    public NudgeComposer(final ConversationParts parts, final Clock clock) {
        this.followUps = parts.followUps();
        this.clock = clock;
        this.drafts = new DraftMessages(parts, clock);
    }

    @Override
    public Nudge render(final DueStep due, final StoredInterview interview, final Member member) {
        final Tracked tracked = followUps.current(member, interview);
        final PlannedStep step = ReportedSteps.asReported(tracked, new PlannedStep(due.kind(),
                due.dueAt().atZone(member.settings().zone()), due.recipient(), due.sequence(), due.last(),
                roundOf(tracked, due)));
        final String lead = lead(tracked, step, clock.instant());
        final int number = tracked.number();
        final String ref = StepRefs.of(step);
        final List<Button> buttons = new ArrayList<>();
        buttons.add(Button.primary("I sent it", "sent " + number + " " + ref));
        SnoozeChoice.all().forEach(choice -> buttons.add(Button.of(choice.label(),
                "snooze " + number + " " + ref + " " + choice.words())));
        if (step.kind() == StepKind.THANK_YOU) {
            buttons.add(Button.of("I'll skip it", "skip " + number + " " + ref));
        }
        buttons.add(Button.of("They replied", "heard " + number));
        buttons.add(Button.of("Stop these", "archive " + number));
        if (step.kind() == StepKind.DEBRIEF) {
            return new Nudge(due.id(), member.id(), member.key(), member.dmChannel(), interview.id(), number,
                    due.kind(), due.key(), due.recipient(), Outbound.text(lead).withButtons(List.of(
                            Button.primary("Add the details", "debrief " + number),
                            Button.of("Nothing to add", "sent " + number + " " + ref))));
        }
        final Optional<Outbound> draft = drafts.forStep(member, tracked, step, Optional.empty());
        final Outbound message = draft
                .map(withDraft -> new Outbound(lead, withDraft.fields(), withDraft.draft(), buttons, List.of()))
                .orElseGet(() -> Outbound.text(step.kind() == StepKind.PREP ? lead + "\n"
                        + DraftMessages.prepAdvice(tracked) : lead).withButtons(
                        List.of(Button.primary("Done", "sent " + number + " " + ref),
                                Button.of("Stop these", "archive " + number))));
        return new Nudge(due.id(), member.id(), member.key(), member.dmChannel(), interview.id(), number, due.kind(),
                due.key(), due.recipient(), message);
    }

    @Override
    public Nudge renderWaiting(final Member member, final List<DueStep> steps,
                               final java.util.Map<String, StoredInterview> interviews) {
        return PauseViews.waiting(followUps, member, steps, interviews);
    }

    /** The round the due step follows, as the plan has it; the latest when the plan no longer holds it. */
    private static int roundOf(final Tracked tracked, final DueStep due) {
        return tracked.plan().steps().stream().filter(step -> step.kind() == due.kind()
                && step.to().equals(due.recipient()) && step.sequence() == due.sequence())
                .map(PlannedStep::round).findFirst().orElse(tracked.stored().roundCount());
    }

    /**
     * What to do and why now, in words that claim nothing the member has not reported: the LinkedIn nudge
     * says the thank-you is out only when the member said so, a thank-you days late says so.
     */
    public static String lead(final Tracked tracked, final PlannedStep step, final Instant now) {
        final Interview interview = tracked.stored().interview();
        final String company = MemberText.quote(interview.company());
        final String role = MemberText.quote(interview.role());
        final String possessive = MemberText.quote(Possessives.of(interview.company()));
        final String to = step.to().map(MemberText::quote).orElse("your interviewers");
        switch (step.kind()) {
            case APPLICATION_FOLLOW_UP:
                return "No word from " + company + " on your application for " + role + " yet. A short follow-up to "
                        + "the recruiter or the hiring team now shows you're still keen.";
            case PREP:
                return "Your " + company + " interview for " + role + " is today. Good luck!";
            case DEBRIEF:
                return "How did the " + company + " interview go? Tell me who you met, what stood out and when they "
                        + "expect to decide, while it's fresh: your thank-you draft will use it.";
            case THANK_YOU:
                return thankYouLead(tracked.stored().round(DraftMessages.roundOf(tracked, step)), to, now);
            case LINKEDIN:
                return (tracked.plan().reported(StepKind.THANK_YOU, step.to()) ? "Your thank-you to " + to
                        + " is out. Now connect" : "Connect") + " with " + to + " on LinkedIn, with a short note. "
                        + "A handwritten card is another option if it suits the company.";
            case CHECK_IN:
                return step.last()
                        ? "Still no word from " + company + ". One last, friendly check-in that leaves the door open."
                        : "It's time for a polite check-in with " + company + " about the " + role + " role.";
            case REPLY_UPDATE:
                return company + " gave you an update: thank them and say you'll wait.";
            case REPLY_REJECTION:
                return "A gracious reply to " + company + " keeps the door open for the next role there.";
            case REPLY_OFFER:
                return "Reply to " + possessive + " offer within 24 hours: accept, or ask for a few days.";
            case OFFER_REMINDER:
                return "You haven't told me you answered " + possessive + " offer, and its 24 hours are nearly up. "
                        + "Accept, or ask for a few days; tap I sent it once you have.";
            case COMPETING_OFFER:
                return "Your other offer has a deadline. If it's true, let " + company + " know and ask about timing.";
            case WITHDRAWAL:
                return "A short note to withdraw from " + company + " keeps things friendly.";
            case MOVE_ON:
                if (tracked.stored().awaitingInterview()) {
                    return "Still nothing from " + company + " on your application for " + role + ". Let it go: "
                            + "tap Done and I'll mark it moved on; if they write later, tell me and we pick it up.";
                }
                return "No answer from " + company + (tracked.plan().done(StepKind.CHECK_IN).isEmpty()
                        ? " so far." : " after your check-ins.") + " Close the loop if you like, then put "
                        + "your energy into the next applications.";
            default:
                return "A follow-up for " + company + " is due.";
        }
    }

    private static String thankYouLead(final Interview interview, final String to, final Instant now) {
        final String company = MemberText.quote(interview.company());
        switch (ThankYouWindow.wording(interview.endsAt(), now)) {
            case ON_TIME:
                return "Time to thank " + to + " for the " + company + " interview. It should go out within 24 hours "
                        + "of the interview; here's a draft to make your own.";
            case TODAY:
                return "Thank " + to + " for the " + company + " interview: send it today and it still reads as "
                        + "prompt. Here's a draft to make your own.";
            default:
                return "A thank-you to " + to + " for the " + company + " interview still helps, a few days on. "
                        + "Here's a short one that says it's late without making a fuss.";
        }
    }
}
