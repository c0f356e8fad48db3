package io.followupbot.policy;

import static io.followupbot.policy.PlanFixtures.interview;
import static io.followupbot.policy.PlanFixtures.local;
import static io.followupbot.policy.PlanFixtures.localTimes;
import static io.followupbot.policy.PlanFixtures.ny;
import static io.followupbot.policy.PlanFixtures.policy;
import static io.followupbot.policy.PlanFixtures.sent;
import static io.followupbot.policy.PlanFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.Cadence;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.MemberSettings;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.Stage;
import io.followupbot.interview.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The plan of an application sent before any interview (issue 33): the follow-up 7 business days after it was sent,
 * the move-on after two weeks of silence from that follow-up, and what an interview or an outcome does to them.
 */
final class ApplicationPlanTest {

    private static final String NEW_YORK = "America/New_York";
    private static final MemberSettings STANDARD = settings(NEW_YORK, "US", Cadence.STANDARD);

    /** An application to Acme sent at {@code sent} and entered then. */
    private static Interview application(final String sent) {
        return new Interview("Acme", "Data Analyst", ny(sent), Duration.ZERO, InterviewFormat.APPLICATION, List.of(),
                Optional.empty(), ContactChannel.EMAIL, ny(sent), "", "");
    }

    private static Plan plan(final Interview rounds, final Instant now, final InterviewEvent... events) {
        return policy().plan(List.of(rounds), STANDARD, List.of(events), now);
    }

    @Test
    @DisplayName("GIVEN an application sent on Monday 2 March WHEN it is planned THEN the follow-up comes 7 business "
            + "days later (Wednesday 11 March, 09:00), the move-on two weeks after that (Wednesday 25 March), and the "
            + "stage is applied")
    void followUpAfterSevenBusinessDays() {
        final Plan plan = plan(application("2026-03-02T10:00"), ny("2026-03-02T10:00"));

        assertThat(plan.steps()).extracting(PlannedStep::kind)
                .containsExactly(StepKind.APPLICATION_FOLLOW_UP, StepKind.MOVE_ON);
        assertThat(localTimes(plan, StepKind.APPLICATION_FOLLOW_UP)).containsExactly(local("2026-03-11T09:00"));
        assertThat(localTimes(plan, StepKind.MOVE_ON)).containsExactly(local("2026-03-25T09:00"));
        assertThat(plan.stage()).isEqualTo(Stage.APPLIED);
    }

    @Test
    @DisplayName("GIVEN an application sent on Wednesday 23 December 2026 in the US WHEN it is planned THEN Christmas "
            + "and New Year's Day don't count: the follow-up is on Tuesday 5 January 2027")
    void holidaysDoNotCount() {
        final Plan plan = plan(application("2026-12-23T16:00"), ny("2026-12-23T16:00"));

        assertThat(localTimes(plan, StepKind.APPLICATION_FOLLOW_UP)).containsExactly(local("2027-01-05T09:00"));
    }

    @Test
    @DisplayName("GIVEN an application whose follow-up the member sent two days late WHEN it is planned THEN the "
            + "move-on waits two weeks from the day it went out, and the follow-up is done")
    void moveOnCountsFromTheFollowUpSent() {
        final Plan plan = plan(application("2026-03-02T10:00"), ny("2026-03-13T12:00"),
                sent(ny("2026-03-13T11:00"), StepKind.APPLICATION_FOLLOW_UP));

        assertThat(plan.done()).extracting(PlannedStep::kind).containsExactly(StepKind.APPLICATION_FOLLOW_UP);
        assertThat(localTimes(plan, StepKind.MOVE_ON)).containsExactly(local("2026-03-27T09:00"));
        assertThat(plan.stage()).isEqualTo(Stage.APPLIED);
    }

    @Test
    @DisplayName("GIVEN an application entered three weeks after it was sent WHEN it is planned THEN the follow-up "
            + "already due is offered at once, not dated in the past")
    void lateEntryOffersTheFollowUpNow() {
        final Interview late = new Interview("Acme", "Data Analyst", ny("2026-03-02T12:00"), Duration.ZERO,
                InterviewFormat.APPLICATION, List.of(), Optional.empty(), ContactChannel.EMAIL, ny("2026-03-23T10:00"),
                "", "");

        final Plan plan = plan(late, ny("2026-03-23T10:00"));

        assertThat(plan.steps(StepKind.APPLICATION_FOLLOW_UP)).singleElement()
                .satisfies(step -> assertThat(step.at().toInstant()).isEqualTo(ny("2026-03-23T10:00")));
    }

    @Test
    @DisplayName("GIVEN an application the employer rejected WHEN it is planned THEN only the gracious reply is left "
            + "and the stage is rejected")
    void rejectionLeavesTheReply() {
        final Plan plan = plan(application("2026-03-02T10:00"), ny("2026-03-05T12:00"),
                new InterviewEvent.Rejected(ny("2026-03-05T11:00")));

        assertThat(plan.steps()).extracting(PlannedStep::kind).containsExactly(StepKind.REPLY_REJECTION);
        assertThat(plan.stage()).isEqualTo(Stage.REJECTED);
    }

    @Test
    @DisplayName("GIVEN an application whose first interview took its place WHEN it is planned THEN there is no "
            + "follow-up on the application, only the interview's thank-you and check-ins")
    void theInterviewReplacesTheFollowUp() {
        final Interview first = interview(NEW_YORK, "2026-03-09T14:00", Optional.empty(), "Rita Gomez");

        final Plan plan = plan(first, ny("2026-03-09T16:00"), new InterviewEvent.Applied(ny("2026-03-02T10:00")));

        assertThat(plan.steps()).extracting(PlannedStep::kind).doesNotContain(StepKind.APPLICATION_FOLLOW_UP)
                .contains(StepKind.THANK_YOU, StepKind.CHECK_IN, StepKind.MOVE_ON);
        assertThat(plan.stage()).isEqualTo(Stage.THANK_YOU_DUE);
    }
}
