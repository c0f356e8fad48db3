package io.followupbot.policy;

import io.followupbot.interview.Cadence;
import io.followupbot.interview.InterviewEvent.StillDeciding;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.StepKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The status check-ins and the move-on step (rules, sections 1 and 5).
 *
 * <ul>
 *   <li>The first check-in comes on the first business day after a stated decision date ("by Friday"
 *       gives Monday), else one week after the interview (the next business day if that is not one).</li>
 *   <li>Further check-ins come at least 7 calendar days ({@link Cadence#DAYS_BETWEEN_CHECK_INS}) after the
 *       previous one, counted from the day it was sent when the member reported it; as many as the cadence
 *       allows.</li>
 *   <li>An employer's "still deciding" reply moves every later check-in: to the business day after the
 *       new date, or, without one, to a week after the reply. A reply after the last check-in earns one
 *       more check-in, since silence is what ends the follow-up.</li>
 *   <li>Persistent members also get a LinkedIn message alongside the last check-in (week 4).</li>
 *   <li>Move on comes a week after the last check-in, on a business day.</li>
 * </ul>
 * Every one of these steps falls at the member's nudge hour on a business day.
 */
final class CheckInSchedule {

    static final int DAYS_UNTIL_MOVE_ON = 7;

    private final NudgeTimes times;
    private final BusinessCalendar calendar;

    /**
     * How the sequence is numbered: from {@code firstCheckIn} (1, or one more than the check-ins reported before a
     * later round superseded them) and with the move-on {@code moveOn}.
     */
    record Numbering(int firstCheckIn, int moveOn) {
    }

    CheckInSchedule(final NudgeTimes times) {
        this.times = times;
        this.calendar = times.calendar();
    }

    /**
     * @param interviewStart when the interview began
     * @param decisionDate the date the employer gave at the interview, if any
     * @param thankYouDay the day of the last thank-you: no check-in comes before the business day after it
     * @param replies the employer's "still deciding" replies, oldest first
     * @param recipients one entry per interviewer (empty when none was named), for persistent's LinkedIn step
     * @param numbering where the sequence's numbers start
     */
    void schedule(final Instant interviewStart, final Optional<LocalDate> decisionDate, final LocalDate thankYouDay,
            final Cadence cadence, final List<StillDeciding> replies, final List<Optional<String>> recipients,
            final PlanDraft draft, final Numbering numbering) {
        final LocalDate interviewDay = times.localDate(interviewStart);
        final LocalDate afterThankYou = calendar.nextBusinessDayAfter(thankYouDay);
        LocalDate floor = later(decisionDate.map(calendar::nextBusinessDayAfter)
                .orElseGet(() -> weekAfter(interviewDay)), afterThankYou);
        int checkIns = numbering.firstCheckIn() - 1 + cadence.checkIns();
        int nextReply = 0;
        ZonedDateTime previous = null;
        for (int sequence = numbering.firstCheckIn(); sequence <= checkIns; sequence++) {
            final Optional<Instant> sentAt = draft.sentAt(StepKind.CHECK_IN, Optional.empty(), sequence);
            while (nextReply < replies.size()
                    && (sentAt.isEmpty() || replies.get(nextReply).at().isBefore(sentAt.get()))) {
                floor = later(floorAfter(replies.get(nextReply)), afterThankYou);
                nextReply++;
            }
            final LocalDate day = previous == null ? floor : later(floor, weekAfter(previous.toLocalDate()));
            final boolean repliesStillToCome = nextReply < replies.size();
            final boolean last = sequence == checkIns && !repliesStillToCome;
            previous = draft.add(StepKind.CHECK_IN, Optional.empty(), sequence, last, times.atNudgeHour(day));
            if (sequence == checkIns && repliesStillToCome) {
                checkIns++;
            }
        }
        if (cadence == Cadence.PERSISTENT) {
            for (final Optional<String> recipient : recipients) {
                final Optional<Instant> connected = draft.settledAt(StepKind.LINKEDIN, recipient, 1);
                if (connected.isPresent()) {
                    final ZonedDateTime afterIt = times.atNudgeHour(
                            calendar.nextBusinessDayAfter(times.localDate(connected.get())));
                    final ZonedDateTime alongside = times.allowed(previous.toInstant()); // a check-in sent at night
                    draft.add(StepKind.LINKEDIN, recipient, 2, false, alongside.isAfter(afterIt) ? alongside : afterIt);
                } else {
                    draft.wait(StepKind.LINKEDIN, recipient, 2, previous,
                            new PlannedStep(StepKind.LINKEDIN, previous, recipient, 1, false));
                }
            }
        }
        // a week after the last check-in, and never before the thank-you (a check-in reported before the interview)
        final LocalDate moveOnDay = later(calendar.businessDayOnOrAfter(previous.toLocalDate()
                .plusDays(DAYS_UNTIL_MOVE_ON)), afterThankYou);
        draft.add(StepKind.MOVE_ON, Optional.empty(), numbering.moveOn(), false, times.atNudgeHour(moveOnDay));
    }

    private LocalDate floorAfter(final StillDeciding reply) {
        return reply.newDate().map(calendar::nextBusinessDayAfter)
                .orElseGet(() -> weekAfter(times.localDate(reply.at())));
    }

    private LocalDate weekAfter(final LocalDate day) {
        return calendar.businessDayOnOrAfter(day.plusDays(Cadence.DAYS_BETWEEN_CHECK_INS));
    }

    private static LocalDate later(final LocalDate first, final LocalDate second) {
        return first.isAfter(second) ? first : second;
    }
}
