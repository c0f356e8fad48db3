package io.followupbot.policy;

import io.followupbot.interview.Interview;
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
    /** A prep nudge later than this before the interview starts comes too late to help. */
    private static final Duration PREP_BEFORE_START = Duration.ofMinutes(30);
    /** The member is asked how it went this long after the interview ends. */
    private static final Duration DEBRIEF_AFTER_END = Duration.ofMinutes(30);
    /** An unanswered question about how it went is dropped from the plan after this: the thank-you matters more. */
    private static final Duration DEBRIEF_KEPT = Duration.ofHours(24);

    private final BusinessCalendars calendars;

    /** @param calendars the business calendars the plans count in (the composition root's, with its closures) */
    public FollowUpPolicy(final BusinessCalendars calendars) {
        this.calendars = calendars;
    }

    /** The business calendar of the member's place, as the plans count it. */
    public BusinessCalendar calendarOf(final MemberSettings settings) {
        return calendars.of(settings.country());
    }

    public Plan plan(final Interview interview, final MemberSettings settings, final List<InterviewEvent> events,
            final Instant now) {
        final BusinessCalendar calendar = calendarOf(settings);
        final NudgeTimes times = new NudgeTimes(settings, calendar);
        final List<InterviewEvent> ordered = events.stream()
                .sorted(Comparator.comparing(InterviewEvent::at))
                .toList();
        final List<String> names = names(interview);
        final List<Optional<String>> recipients = names.isEmpty()
                ? List.of(Optional.empty())
                : names.stream().map(Optional::of).toList();
        final PlanDraft draft = new PlanDraft(MemberReports.of(ordered, names), times, interview.recordedAt());

        planPrep(interview, times, now, draft);
        planDebrief(interview, times, now, draft);
        final LocalDate lastThankYouDay = planThankYouAndLinkedIn(interview, times, recipients, now, draft);
        new CheckInSchedule(times).schedule(interview.startsAt(), interview.decisionDate(), lastThankYouDay,
                settings.cadence(), eventsOf(ordered, StillDeciding.class), recipients, draft);
        planReplies(ordered, times, draft);

        final Optional<InterviewEvent> outcome = ordered.stream()
                .filter(event -> event instanceof Rejected || event instanceof Offer
                        || event instanceof Withdrew || event instanceof Archived)
                .reduce((first, second) -> second);
        final List<PlannedStep> pending = inTimeOrder(
                draft.pending().stream().filter(stillWanted(outcome)).toList());
        final List<PlannedStep> done = inTimeOrder(draft.done());
        final Predicate<PlannedStep> wanted = stillWanted(outcome);
        return new Plan(stage(interview, outcome, pending, done, now), pending, done,
                draft.waiting().stream().filter(waiting -> wanted.test(waiting.step())).toList(),
                draft.skipped().stream().filter(skipped -> wanted.test(skipped.step())).toList());
    }

    /**
     * The morning of an interview entered in advance, or at once if the bot learned of it later that morning;
     * none once the interview has begun.
     */
    private static void planPrep(final Interview interview, final NudgeTimes times, final Instant now,
            final PlanDraft draft) {
        if (!interview.enteredInAdvance() || !now.isBefore(interview.startsAt())) {
            return;
        }
        final ZonedDateTime morning = times.notBefore(times.atNudgeHour(times.localDate(interview.startsAt())),
                interview.recordedAt(), true);
        if (morning.toInstant().isBefore(interview.startsAt().minus(PREP_BEFORE_START))) {
            draft.add(StepKind.PREP, Optional.empty(), 1, false, morning);
        }
    }

    /** Just after an interview entered in advance: who was there, what stood out, when they will decide. */
    private static void planDebrief(final Interview interview, final NudgeTimes times, final Instant now,
            final PlanDraft draft) {
        final boolean stillFresh = now.isBefore(interview.endsAt().plus(DEBRIEF_KEPT));
        if (interview.enteredInAdvance()
                && (stillFresh || draft.sentAt(StepKind.DEBRIEF, Optional.empty(), 1).isPresent())) {
            draft.add(StepKind.DEBRIEF, Optional.empty(), 1, false,
                    times.soonAfter(interview.endsAt().plus(DEBRIEF_AFTER_END)));
        }
    }

    /**
     * One thank-you per interviewer, then a LinkedIn connection the next business day after that thank-you went
     * out (or the member said they would skip it); returns the day from which check-ins may follow. A thank-you
     * the bot learned of too late to help is left out, and its LinkedIn connection with it (never instead of it).
     */
    private static LocalDate planThankYouAndLinkedIn(final Interview interview, final NudgeTimes times,
            final List<Optional<String>> recipients, final Instant now, final PlanDraft draft) {
        final ZonedDateTime thankYouAt = new DeadlineTiming(times.quietHours(), times.zone()).thankYouAfter(interview.endsAt());
        final boolean learnedTooLate = ThankYouWindow.lostItsPoint(interview.endsAt(), interview.recordedAt());
        // after downtime, or left unanswered for a week: the same rule as of now
        final boolean nowTooLate = ThankYouWindow.lostItsPoint(interview.endsAt(), now);
        if (learnedTooLate || nowTooLate) {
            final long days = Duration.between(interview.endsAt(), learnedTooLate ? interview.recordedAt() : now)
                    .toDays();
            for (final Optional<String> recipient : recipients) {
                if (draft.settledAt(StepKind.THANK_YOU, recipient, 1).isPresent()) {
                    planThankYouOf(recipient, thankYouAt, times, draft);
                } else {
                    draft.skip(StepKind.THANK_YOU, recipient, 1, thankYouAt, days + " days after the interview, "
                            + "a thank-you has lost its point; the check-in does the job now");
                }
            }
            return learnedTooLate ? times.localDate(interview.recordedAt()).minusDays(1) : thankYouAt.toLocalDate();
        }
        LocalDate lastThankYouDay = thankYouAt.toLocalDate();
        for (final Optional<String> recipient : recipients) {
            lastThankYouDay = later(lastThankYouDay, planThankYouOf(recipient, thankYouAt, times, draft));
        }
        return lastThankYouDay;
    }

    /** One interviewer's thank-you and, once it is sent or skipped, the LinkedIn connection; returns its day. */
    private static LocalDate planThankYouOf(final Optional<String> recipient, final ZonedDateTime thankYouAt,
            final NudgeTimes times, final PlanDraft draft) {
        final ZonedDateTime thanked = draft.add(StepKind.THANK_YOU, recipient, 1, false, thankYouAt);
        final Optional<Instant> settled = draft.settledAt(StepKind.THANK_YOU, recipient, 1);
        final LocalDate connectDay = times.calendar().nextBusinessDayAfter(
                settled.map(times::localDate).orElse(thanked.toLocalDate()));
        if (settled.isPresent()) {
            draft.add(StepKind.LINKEDIN, recipient, 1, false, times.atNudgeHour(connectDay));
        } else {
            draft.wait(StepKind.LINKEDIN, recipient, 1, times.atNudgeHour(connectDay),
                    new PlannedStep(StepKind.THANK_YOU, thanked, recipient, 1, false));
        }
        return thanked.toLocalDate();
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

    private static List<String> names(final Interview interview) {
        final java.util.Set<String> seen = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        return interview.interviewers().stream().map(interviewer -> interviewer.name().strip())
                .filter(name -> !name.isEmpty() && seen.add(name)).toList();
    }

    private static <T extends InterviewEvent> List<T> eventsOf(final List<InterviewEvent> events, final Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Stable: steps due at the same moment keep the order they were planned in (a check-in before its LinkedIn). */
    private static List<PlannedStep> inTimeOrder(final List<PlannedStep> steps) {
        return steps.stream().sorted(Comparator.comparing(step -> step.at().toInstant())).toList();
    }

    private static LocalDate later(final LocalDate first, final LocalDate second) {
        return first.isAfter(second) ? first : second;
    }
}
