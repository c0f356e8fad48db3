package io.followupbot.conversation.views;

import io.followupbot.chat.Button;
import io.followupbot.chat.MemberText;
import io.followupbot.chat.Outbound;
import io.followupbot.drafts.CheckContext;
import io.followupbot.drafts.Draft;
import io.followupbot.drafts.DraftContext;
import io.followupbot.drafts.DraftKind;
import io.followupbot.drafts.Finding;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberSettings;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.StepKind;
import io.followupbot.policy.OfferReply;
import io.followupbot.policy.ThankYouWindow;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import io.followupbot.conversation.ConversationParts;

/**
 * A step's draft as a chat message: filled from the current interview, checked by the draft checker in its
 * context (a check-in too early says so), with the email subject apart from the body.
 */
public final class DraftMessages {

    private final ConversationParts parts;
    private final Clock clock;

    public DraftMessages(final ConversationParts parts, final Clock clock) {
        this.parts = parts;
        this.clock = clock;
    }

    /** The first draft the step offers (or the chosen kind); empty for a step with no draft (prep). */
    public Optional<Outbound> forStep(final Member member, final Tracked tracked, final PlannedStep step,
                                      final Optional<DraftKind> chosen) {
        final List<DraftKind> offered = offered(tracked, step);
        if (offered.isEmpty()) {
            return Optional.empty();
        }
        final DraftKind kind = chosen.orElse(offered.get(0));
        final int round = roundOf(tracked, step);
        final Optional<Interviewer> to = step.to().flatMap(name -> tracked.stored().round(round).interviewers()
                .stream().filter(person -> person.name().equals(name)).findFirst());
        return Optional.of(render(member, tracked, round, kind, to, dateFor(member, tracked, kind)));
    }

    /** A draft of the kind the member named, about the latest round, with the date it carries when a step offers it. */
    public Outbound ofKind(final Member member, final Tracked tracked, final DraftKind kind, final Optional<Interviewer> to) {
        return render(member, tracked, tracked.stored().roundCount(), kind, to, dateFor(member, tracked, kind));
    }

    /** The round a step's draft follows: its own for a thank-you or a LinkedIn note, else the latest. */
    static int roundOf(final Tracked tracked, final PlannedStep step) {
        final int rounds = tracked.stored().roundCount();
        return step.followsOneRound() ? Math.min(step.round(), rounds) : rounds;
    }

    /** "I sent it" and the other versions of the step's draft. */
    public List<Button> stepButtons(final Tracked tracked, final PlannedStep step, final Optional<DraftKind> chosen) {
        final List<DraftKind> offered = offered(tracked, step);
        final List<Button> buttons = new ArrayList<>();
        buttons.add(Button.primary("I sent it", "sent " + tracked.number() + " " + StepRefs.of(step)));
        final DraftKind shown = chosen.orElse(offered.isEmpty() ? null : offered.get(0));
        for (final DraftKind other : offered) {
            if (other != shown) {
                buttons.add(Button.of(other.key().replace('_', ' '), "draft " + tracked.number() + " "
                        + StepRefs.of(step) + " " + other.key()));
            }
        }
        return buttons;
    }

    Outbound render(final Member member, final Tracked tracked, final int round, final DraftKind kind,
                    final Optional<Interviewer> to, final Optional<LocalDate> date) {
        final Interview interview = tracked.stored().round(round);
        if (kind.isThankYou() && interview.startsAt().isAfter(clock.instant())) {
            return Outbound.text("Your interview with " + MemberText.quote(interview.company()) + " is on "
                    + Views.dayAndTime(interview.startsAt(), member.settings().zone()) + ", still to come, so a thank-you "
                    + "would thank them for a conversation you have not had yet. I'll have it ready once it's over.");
        }
        final MemberSettings signer = signer(member);
        DraftContext context = DraftContext.ofRound(tracked.stored().interviews(), round, signer);
        if (to.isPresent()) {
            context = context.to(to.get());
        }
        if (date.isPresent()) {
            context = context.withDate(date.get());
        }
        final Draft draft = parts.drafts().render(member.key(), kind, context);
        final List<Finding> findings = parts.checker().check(draft.text(), checkContext(member, tracked, interview, kind, to));
        final StringBuilder text = new StringBuilder("Here's a draft (" + kind.key().replace('_', ' ') + ") for "
                + Views.title(tracked) + ". Make it yours, then send it.");
        for (final Finding finding : findings) {
            text.append("\nNote: ").append(finding.reason()).append(' ').append(finding.suggestion());
        }
        if (signer.name().isBlank()) {
            text.append("\nNote: sign it with your name; type settings name followed by your name and every draft "
                    + "will carry it.");
        } else if (signer.signature().isBlank() && kind.isEmail()) {
            text.append("\nNote: add a phone number or email under your name so they can reach you easily; type "
                    + "settings signature followed by your contact line.");
        }
        return Outbound.text(text.toString()).withDraft(new Outbound.DraftBlock(kind.key().replace('_', ' '),
                draft.to(), draft.subject(), draft.body()));
    }

    /** The member's settings, signed with their platform name when they never gave one. */
    private static MemberSettings signer(final Member member) {
        final MemberSettings settings = member.settings();
        return settings.name().isBlank() && !member.displayName().isBlank()
                ? settings.withName(member.displayName().strip(), settings.signature()) : settings;
    }

    public static String prepAdvice(final Tracked tracked) {
        return "Your interview with " + MemberText.quote(tracked.stored().interview().company())
                + " is coming up. Before it ends, ask when you can expect to hear back, and note each interviewer's "
                + "name and one thing you discussed with them; that detail makes the thank-you yours.";
    }

    /** The drafts of the step; a thank-you offers the late variant alone once it is days late (ThankYouWindow). */
    private List<DraftKind> offered(final Tracked tracked, final PlannedStep step) {
        final List<DraftKind> kinds = DraftKind.offeredFor(step.kind(), step.last(), tracked.stored().interview());
        if (step.kind() != StepKind.THANK_YOU) {
            return kinds;
        }
        final boolean late = ThankYouWindow.wording(tracked.stored().round(roundOf(tracked, step)).endsAt(), clock.instant())
                == ThankYouWindow.Wording.LATE;
        return kinds.stream().filter(kind -> late == (kind == DraftKind.THANK_YOU_LATE)).toList();
    }

    private CheckContext checkContext(final Member member, final Tracked tracked, final Interview interview,
                                      final DraftKind kind, final Optional<Interviewer> to) {
        final LocalDate today = LocalDate.now(clock.withZone(member.settings().zone()));
        CheckContext context = CheckContext.forDraft(kind, interview, today);
        if (to.isPresent()) {
            context = context.withRecipient(to.get());
        }
        final Optional<LocalDate> decision = tracked.decisionDate();
        if (decision.isPresent()) {
            context = context.withDecisionDate(decision.get());
        }
        final Optional<LocalDate> lastCheckIn = tracked.plan().done(StepKind.CHECK_IN).stream()
                .map(step -> step.at().toLocalDate()).reduce((first, second) -> second);
        if (lastCheckIn.isPresent()) {
            context = context.withLastCheckIn(lastCheckIn.get());
        }
        return context;
    }

    private Optional<LocalDate> dateFor(final Member member, final Tracked tracked, final DraftKind kind) {
        final ZoneId zone = member.settings().zone();
        if (kind == DraftKind.OFFER_ASK_TIME) {
            return Optional.of(OfferReply.askForTimeUntil(parts.followUps().calendarOf(member.settings()),
                    LocalDate.now(clock.withZone(zone))));
        }
        for (int index = tracked.events().size() - 1; index >= 0; index--) {
            final InterviewEvent event = tracked.events().get(index);
            if (kind == DraftKind.REPLY_UPDATE && event instanceof InterviewEvent.StillDeciding deciding) {
                // the member offers to wait until that day: a business day, never a Sunday
                return deciding.newDate().map(parts.followUps().calendarOf(member.settings())::businessDayOnOrAfter);
            }
            if (kind == DraftKind.COMPETING_OFFER && event instanceof InterviewEvent.CompetingOffer competing) {
                return Optional.of(competing.deadline());
            }
        }
        return Optional.empty();
    }
}
