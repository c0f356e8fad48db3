package io.followupbot.policy;

import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.StepKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The plan of an application sent before any interview (issue 33): one follow-up on the application 7 business days
 * after it was sent, to the recruiter or the hiring team, then, after a silence of {@code silenceDays} from that
 * follow-up (from the day it went out, when the member reported it), the move-on, on a business day. Both at the
 * member's nudge hour. The application's first interview replaces the application and with it these steps.
 */
final class ApplicationSteps {

    /** How long an application waits for a reply before its follow-up (issue 33). */
    static final int BUSINESS_DAYS_UNTIL_FOLLOW_UP = 7;

    private final NudgeTimes times;

    ApplicationSteps(final NudgeTimes times) {
        this.times = times;
    }

    /** Whether these rounds are an application with no interview yet (its one round is the application). */
    static boolean applicationOnly(final List<Interview> rounds) {
        return rounds.size() == 1 && rounds.get(0).format() == InterviewFormat.APPLICATION;
    }

    void plan(final Interview application, final int silenceDays, final PlanDraft draft) {
        final LocalDate sent = times.localDate(application.startsAt());
        final LocalDate followUpDay = times.calendar().addBusinessDays(sent, BUSINESS_DAYS_UNTIL_FOLLOW_UP);
        final LocalDate due = draft.add(StepKind.APPLICATION_FOLLOW_UP, Optional.empty(), 1, false,
                times.atNudgeHour(followUpDay)).toLocalDate();
        final LocalDate followedUp = draft.settledAt(StepKind.APPLICATION_FOLLOW_UP, Optional.empty(), 1)
                .map(times::localDate).orElse(due);
        draft.add(StepKind.MOVE_ON, Optional.empty(), 1, false,
                times.atNudgeHourOnBusinessDay(followedUp.plusDays(silenceDays)));
    }
}
