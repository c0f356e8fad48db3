package io.followupbot.policy;

import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.InterviewEvent.Archived;
import io.followupbot.interview.InterviewEvent.CompetingOffer;
import io.followupbot.interview.InterviewEvent.Offer;
import io.followupbot.interview.InterviewEvent.Rejected;
import io.followupbot.interview.InterviewEvent.StillDeciding;
import io.followupbot.interview.InterviewEvent.Withdrew;
import io.followupbot.interview.MemberSettings;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.Stage;
import io.followupbot.interview.StepKind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Interview + member settings + what happened since -> the dated follow-up plan (rules, sections 1 and 5).
 *
 * <p>A pure function: the plan is worked out again from scratch after every event, so the same inputs
 * always give the same plan and there is no stored schedule to drift. {@code now} only decides the
 * stage and drops a morning prep nudge whose interview has begun.
 *
 * <p>Outcomes: the last of Rejected, Offer, Withdrew and Archived decides. A rejection leaves only the
 * gracious reply, a withdrawal only the withdrawal note, an archive nothing; an offer stops check-ins
 * (and what follows them) but keeps a pending thank-you and LinkedIn connection.
 */
public final class FollowUpPolicy {

    private static final Duration OFFER_ANSWER_WITHIN = Duration.ofHours(24);
    private static final Duration OFFER_REMINDER_AFTER = Duration.ofHours(20);
    private static final Duration OFFER_REMINDER_MIN_GAP = Duration.ofHours(2);

    private final BusinessCalendars calendars;

    /** @param calendars the business calendars the plans count in (the composition root's, with its closures) */
    public FollowUpPolicy(final BusinessCalendars calendars) {
        this.calendars = calendars;
    }

    /** The business calendar of the member's place, as the plans count it. */
    public BusinessCalendar calendarOf(final MemberSettings settings) {
        return calendars.of(settings.country());
    }

    /** The plan of an application of one round. */
    public Plan plan(final Interview interview, final MemberSettings settings, final List<InterviewEvent> events,
            final Instant now) {
        return plan(List.of(interview), settings, events, now);
    }

    /**
     * The plan of an application: each round's prep, debrief, thank-yous (one per interviewer) and LinkedIn
     * connections (one per person, after their first round); one sequence of check-ins and one move-on, from the
     * latest round; the replies to what the employer said. A later round supersedes the check-ins still pending
     * after an earlier one: the new sequence is numbered on from the check-ins reported before the bot learned of
     * that round, which stay in the plan's history, so no step is sent twice or planned twice.
     *
     * @param rounds the application's rounds, oldest first
     */
    public Plan plan(final List<Interview> rounds, final MemberSettings settings, final List<InterviewEvent> events,
            final Instant now) {
        final BusinessCalendar calendar = calendarOf(settings);
        final NudgeTimes times = new NudgeTimes(settings, calendar);
        final List<InterviewEvent> ordered = events.stream()
                .sorted(Comparator.comparing(InterviewEvent::at))
                .toList();
        final Interview latest = rounds.get(rounds.size() - 1);
        final PlanDraft draft = new PlanDraft(MemberReports.of(ordered, RoundSteps.everyone(rounds)), times,
                rounds.get(0).recordedAt());
        if (ApplicationSteps.applicationOnly(rounds)) {
            new ApplicationSteps(times).plan(latest, settings.applicationSilenceDays(), draft);
        } else {
            planRounds(rounds, settings, times, ordered, draft, now);
        }
        // the replies answer the employer, whenever the rounds were entered: timed from when the application began
        draft.beginRound(1, rounds.stream().map(Interview::recordedAt).min(Comparator.naturalOrder()).orElseThrow());
        planReplies(ordered, times, draft);

        final Optional<InterviewEvent> outcome = ordered.stream()
                .filter(event -> event instanceof Rejected || event instanceof Offer
                        || event instanceof Withdrew || event instanceof Archived)
                .reduce((first, second) -> second);
        final List<PlannedStep> pending = inTimeOrder(
                draft.pending().stream().filter(stillWanted(outcome)).toList());
        final List<PlannedStep> done = inTimeOrder(draft.done());
        final Predicate<PlannedStep> wanted = stillWanted(outcome);
        return new Plan(stage(latest, outcome, pending, done, now), pending, done,
                draft.waiting().stream().filter(waiting -> wanted.test(waiting.step())).toList(),
                draft.skipped().stream().filter(skipped -> wanted.test(skipped.step())).toList());
    }

    /** Each round's steps, then one sequence of check-ins and one move-on from the latest round. */
    private static void planRounds(final List<Interview> rounds, final MemberSettings settings, final NudgeTimes times,
            final List<InterviewEvent> ordered, final PlanDraft draft, final Instant now) {
        final Interview latest = rounds.get(rounds.size() - 1);
        final LocalDate lastThankYouDay = new RoundSteps(times, now).plan(rounds, draft);
        final List<Optional<String>> recipients = RoundSteps.recipients(latest);
        final boolean later = rounds.size() > 1;
        final int firstCheckIn = later ? draft.settledBefore(StepKind.CHECK_IN, latest.recordedAt()) + 1 : 1;
        for (int sequence = 1; sequence < firstCheckIn; sequence++) {
            final int earlier = sequence;
            draft.sentAt(StepKind.CHECK_IN, Optional.empty(), earlier).ifPresent(sent -> draft.addDone(
                    StepKind.CHECK_IN, Optional.empty(), earlier, sent));
        }
        final List<StillDeciding> replies = eventsOf(ordered, StillDeciding.class).stream()
                .filter(reply -> !later || !reply.at().isBefore(latest.recordedAt())).toList();
        new CheckInSchedule(times).schedule(latest.startsAt(), latest.decisionDate(), lastThankYouDay,
                settings.cadence(), replies, recipients, draft, new CheckInSchedule.Numbering(firstCheckIn,
                        later ? draft.settledBefore(StepKind.MOVE_ON, latest.recordedAt()) + 1 : 1));
    }

    /** The replies to what the employer or the member reported, each as soon as quiet hours allow. */
    private static void planReplies(final List<InterviewEvent> ordered, final NudgeTimes times,
            final PlanDraft draft) {
        int updates = 0;
        int competing = 0;
        int rejections = 0;
        int offers = 0;
        int withdrawals = 0;
        for (final InterviewEvent event : ordered) {
            final ZonedDateTime soon = times.soonAfter(event.at());
            if (event instanceof StillDeciding) {
                draft.add(StepKind.REPLY_UPDATE, Optional.empty(), ++updates, false, soon);
            } else if (event instanceof CompetingOffer competingOffer) {
                draft.add(StepKind.COMPETING_OFFER, Optional.empty(), ++competing, false, soon);
                final ZonedDateTime reminder = times.atNudgeHour(lastBusinessDayBefore(competingOffer.deadline(), times));
                if (reminder.isAfter(soon)) {
                    draft.add(StepKind.COMPETING_OFFER, Optional.empty(), ++competing, false, reminder);
                }
            } else if (event instanceof Rejected) {
                draft.add(StepKind.REPLY_REJECTION, Optional.empty(), ++rejections, false, soon);
            } else if (event instanceof Offer offer) {
                planOfferReply(offer, ++offers, soon, times, draft);
            } else if (event instanceof Withdrew) {
                draft.add(StepKind.WITHDRAWAL, Optional.empty(), ++withdrawals, false, soon);
            }
        }
    }

    /**
     * The reply to an offer as soon as allowed, and, while the member has not said they answered, a reminder
     * before its 24 hours run out (rules, section 5). Answering from the reminder answers the offer.
     */
    private static void planOfferReply(final Offer offer, final int number, final ZonedDateTime soon,
            final NudgeTimes times, final PlanDraft draft) {
        final Optional<Instant> answeredFromReminder = draft.sentAt(StepKind.OFFER_REMINDER, Optional.empty(), number);
        if (answeredFromReminder.isPresent()) {
            draft.addDone(StepKind.REPLY_OFFER, Optional.empty(), number, answeredFromReminder.get());
        } else {
            draft.add(StepKind.REPLY_OFFER, Optional.empty(), number, false, soon);
            if (draft.sentAt(StepKind.REPLY_OFFER, Optional.empty(), number).isPresent()) {
                return;
            }
        }
        offerReminderAt(offer.at(), soon, times)
                .ifPresent(at -> draft.add(StepKind.OFFER_REMINDER, Optional.empty(), number, false, at));
    }

    /**
     * Twenty hours after the offer, or half an hour before quiet hours if those hours are quiet (see
     * {@link DeadlineTiming}); none when that is not two hours after the first nudge or is past the offer's 24.
     */
    private static Optional<ZonedDateTime> offerReminderAt(final Instant offered, final ZonedDateTime first,
            final NudgeTimes times) {
        final ZonedDateTime at = new DeadlineTiming(times.quietHours(), times.zone())
                .around(offered.plus(OFFER_REMINDER_AFTER).atZone(times.zone()), first.plus(OFFER_REMINDER_MIN_GAP));
        return at.toInstant().isAfter(offered.plus(OFFER_ANSWER_WITHIN)) ? Optional.empty() : Optional.of(at);
    }

    private static LocalDate lastBusinessDayBefore(final LocalDate deadline, final NudgeTimes times) {
        LocalDate day = deadline.minusDays(1);
        while (!times.calendar().isBusinessDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    private static Predicate<PlannedStep> stillWanted(final Optional<InterviewEvent> outcome) {
        if (outcome.isEmpty()) {
            return step -> true;
        }
        final InterviewEvent event = outcome.get();
        if (event instanceof Rejected) {
            return step -> step.kind() == StepKind.REPLY_REJECTION;
        }
        if (event instanceof Withdrew) {
            return step -> step.kind() == StepKind.WITHDRAWAL;
        }
        if (event instanceof Offer) {
            return step -> step.kind() == StepKind.REPLY_OFFER || step.kind() == StepKind.OFFER_REMINDER
                    || step.kind() == StepKind.THANK_YOU
                    || step.kind() == StepKind.LINKEDIN && step.sequence() == 1;
        }
        return step -> false;
    }

    private static Stage stage(final Interview interview, final Optional<InterviewEvent> outcome,
            final List<PlannedStep> pending, final List<PlannedStep> done, final Instant now) {
        if (outcome.isPresent()) {
            final InterviewEvent event = outcome.get();
            if (event instanceof Archived) {
                return Stage.ARCHIVED;
            }
            if (event instanceof Withdrew) {
                return Stage.WITHDRAWN;
            }
            return event instanceof Rejected ? Stage.REJECTED : Stage.OFFER;
        }
        if (done.stream().anyMatch(step -> step.kind() == StepKind.MOVE_ON)) {
            return Stage.MOVED_ON;
        }
        if (interview.format() == InterviewFormat.APPLICATION) {
            return Stage.APPLIED;
        }
        if (now.isBefore(interview.startsAt())) {
            return Stage.UPCOMING;
        }
        if (pending.stream().anyMatch(step -> step.kind() == StepKind.THANK_YOU)) {
            return Stage.THANK_YOU_DUE;
        }
        final boolean checkInSent = done.stream().anyMatch(step -> step.kind() == StepKind.CHECK_IN);
        final boolean checkInDue = pending.stream()
                .anyMatch(step -> step.kind() == StepKind.CHECK_IN && !step.at().toInstant().isAfter(now));
        return checkInSent || checkInDue ? Stage.CHECKING_IN : Stage.WAITING;
    }

    private static <T extends InterviewEvent> List<T> eventsOf(final List<InterviewEvent> events, final Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Stable: steps due at the same moment keep the order they were planned in (a check-in before its LinkedIn). */
    private static List<PlannedStep> inTimeOrder(final List<PlannedStep> steps) {
        return steps.stream().sorted(Comparator.comparing(step -> step.at().toInstant())).toList();
    }

}
