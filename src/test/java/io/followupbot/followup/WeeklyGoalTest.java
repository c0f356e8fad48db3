package io.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.ActivityKind;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Stage;
import io.followupbot.interview.StepKind;
import io.followupbot.interview.StoredInterview;
import io.followupbot.policy.Plan;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What counts toward a weekly goal: the member's own activities of the work-search log, by ISO week of their zone. */
final class WeeklyGoalTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** The ISO week 2026-W10, Monday 2 to Sunday 8 March (New York's clocks go forward on that Sunday). */
    private static final LocalDate WEEK_10 = LocalDate.parse("2026-03-02");
    private static final LocalDate WEEK_11 = LocalDate.parse("2026-03-09");

    /**
     * One application in ISO week 10 in New York: the interview on Wednesday 4 March, a thank-you that evening, a reply
     * (still deciding) on Thursday, a check-in on Sunday 8 March at 23:30 New York time (Monday 03:30 UTC), and a
     * second check-in on Monday 9 March at 00:30 New York time.
     */
    private static List<Tracked> aWeek() {
        final Instant interviewAt = Instant.parse("2026-03-04T15:00:00Z");
        final Interview interview = new Interview("Acme Analytics", "Data Analyst", interviewAt, Duration.ofMinutes(45),
                InterviewFormat.VIDEO, List.of(Interviewer.named("Rita Gomez")), Optional.empty(), ContactChannel.EMAIL,
                interviewAt, "");
        final List<InterviewEvent> events = List.of(
                new InterviewEvent.Sent(Instant.parse("2026-03-04T23:00:00Z"), StepKind.THANK_YOU, Optional.of("Rita Gomez")),
                new InterviewEvent.StillDeciding(Instant.parse("2026-03-05T15:00:00Z"), Optional.empty()),
                new InterviewEvent.Sent(Instant.parse("2026-03-09T03:30:00Z"), StepKind.CHECK_IN, Optional.empty()),
                new InterviewEvent.Sent(Instant.parse("2026-03-09T04:30:00Z"), StepKind.CHECK_IN, Optional.empty()));
        return List.of(new Tracked(new StoredInterview("a1", "m1", 1, interview, Stage.WAITING), events,
                new Plan(Stage.WAITING, List.of(), List.of())));
    }

    @Test
    @DisplayName("GIVEN an interview, a thank-you, a reply and a check-in late on Sunday evening in New York WHEN the "
            + "week is counted in New York THEN 3 count: the reply is the employer's, and Sunday evening is still the "
            + "old week; the check-in after midnight counts in the new one")
    void countedByTheMembersWeek() {
        assertThat(WeeklyGoal.done(aWeek(), NEW_YORK, WEEK_10)).isEqualTo(3);
        assertThat(WeeklyGoal.done(aWeek(), NEW_YORK, WEEK_11)).isEqualTo(1);
    }

    @Test
    @DisplayName("GIVEN the same activities WHEN counted in UTC THEN both check-ins fall on Monday 9 March, in the new week")
    void anotherZoneAnotherWeek() {
        assertThat(WeeklyGoal.done(aWeek(), ZoneId.of("UTC"), WEEK_10)).isEqualTo(2);
        assertThat(WeeklyGoal.done(aWeek(), ZoneId.of("UTC"), WEEK_11)).isEqualTo(2);
    }

    @Test
    @DisplayName("GIVEN a week under way WHEN counted up to Wednesday THEN only Monday to Wednesday count")
    void theWeekSoFar() {
        assertThat(WeeklyGoal.done(aWeek(), NEW_YORK, WEEK_10, LocalDate.parse("2026-03-03"))).isZero();
        assertThat(WeeklyGoal.done(aWeek(), NEW_YORK, WEEK_10, LocalDate.parse("2026-03-04"))).isEqualTo(2);
        assertThat(WeeklyGoal.weekOf(Instant.parse("2026-03-09T03:30:00Z"), NEW_YORK)).isEqualTo(WEEK_10);
        assertThat(WeeklyGoal.weekOf(Instant.parse("2026-03-09T04:30:00Z"), NEW_YORK)).isEqualTo(WEEK_11);
    }

    @Test
    @DisplayName("the member's own activities count (applications, interviews, thank-yous, check-ins and follow-ups "
            + "sent); a reply heard and a withdrawal do not")
    void whatCounts() {
        assertThat(Arrays.stream(ActivityKind.values()).filter(ActivityKind::membersOwn))
                .containsExactly(ActivityKind.APPLIED, ActivityKind.INTERVIEW, ActivityKind.THANK_YOU_SENT,
                        ActivityKind.CHECK_IN_SENT, ActivityKind.FOLLOW_UP_SENT);
    }

    @Test
    @DisplayName("the lines say how many of the goal, and when it is met")
    void lines() {
        assertThat(WeeklyGoal.lastWeek(3, 5)).isEqualTo("Your weekly goal last week: 3 of 5 applications and follow-ups.");
        assertThat(WeeklyGoal.lastWeek(6, 5)).isEqualTo("Your weekly goal last week: met, with 6 applications and "
                + "follow-ups (goal 5).");
        assertThat(WeeklyGoal.thisWeek(1, 5)).isEqualTo("Your weekly goal this week: 1 of 5 applications and "
                + "follow-ups so far.");
        assertThat(WeeklyGoal.thisWeek(5, 5)).isEqualTo("Your weekly goal this week: met, with 5 applications and "
                + "follow-ups so far (goal 5).");
    }
}
