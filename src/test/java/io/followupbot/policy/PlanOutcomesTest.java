package io.followupbot.policy;

import io.followupbot.interview.Cadence;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.MemberSettings;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.Stage;
import io.followupbot.interview.StepKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import static io.followupbot.policy.PlanFixtures.policy;
import static io.followupbot.policy.PlanFixtures.ny;
import static io.followupbot.policy.PlanFixtures.interview;
import static io.followupbot.policy.PlanFixtures.local;
import static io.followupbot.policy.PlanFixtures.localTimes;
import static io.followupbot.policy.PlanFixtures.plan;
import static io.followupbot.policy.PlanFixtures.recordedAt;
import static io.followupbot.policy.PlanFixtures.sent;
import static io.followupbot.policy.PlanFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

/** The policy's outcomes at their edges: the moment a step stops being wanted, and what counts for the stage. */
final class PlanOutcomesTest {

    private static final String NEW_YORK = "America/New_York";
    private static final MemberSettings STANDARD = settings(NEW_YORK, "US", Cadence.STANDARD);
    /** Tuesday 10 March 2026, 14:00-14:45 New York, decision "by Friday" 13 March, one interviewer. */
    private static final Interview INTERVIEW = interview(NEW_YORK, "2026-03-10T14:00",
            Optional.of(LocalDate.of(2026, 3, 13)), "Ana Ruiz");

    /** {@link #INTERVIEW} entered the evening before, on Monday 9 March at 20:00. */
    private static final Interview IN_ADVANCE = recordedAt(INTERVIEW, ny("2026-03-09T20:00"));

    /** The plan of {@link #IN_ADVANCE} as it stands at {@code localDateTime} in New York, nothing reported. */
    private static Plan inAdvanceAsAt(final String localDateTime) {
        return policy().plan(IN_ADVANCE, STANDARD, List.of(), ny(localDateTime));
    }

    /** The plan of {@link #INTERVIEW} made the moment the bot learns of it, at {@code localDateTime} in New York. */
    private static Plan learnedOfAt(final String localDateTime) {
        return policy().plan(recordedAt(INTERVIEW, ny(localDateTime)), STANDARD, List.of(), ny(localDateTime));
    }

    @Test
    @DisplayName("The prep nudge of an interview entered in advance is kept until the interview begins, then dropped")
    void prepDroppedOnceTheInterviewBegan() {
        // GIVEN the interview entered the evening before
        // WHEN planning a minute before it starts, and as it starts
        final Plan before = inAdvanceAsAt("2026-03-10T13:59");
        final Plan begun = inAdvanceAsAt("2026-03-10T14:00");

        // THEN the overdue prep is still offered before, and gone once it began; the stage follows
        assertThat(localTimes(before, StepKind.PREP)).containsExactly(local("2026-03-10T09:00"));
        assertThat(before.stage()).isEqualTo(Stage.UPCOMING);
        assertThat(begun.steps(StepKind.PREP)).isEmpty();
        assertThat(begun.stage()).isEqualTo(Stage.THANK_YOU_DUE);
    }

    @Test
    @DisplayName("Learned of the same morning: the prep comes at once, if that is still half an hour before the start")
    void prepLearnedTheSameMorning() {
        // GIVEN the interview at 14:00 entered at 11:00 that morning, or at 13:40
        final Plan morning = learnedOfAt("2026-03-10T11:00");
        final Plan tooLate = learnedOfAt("2026-03-10T13:40");

        // THEN the prep at 11:00, and none twenty minutes before the start
        assertThat(localTimes(morning, StepKind.PREP)).containsExactly(local("2026-03-10T11:00"));
        assertThat(tooLate.steps(StepKind.PREP)).isEmpty();
    }

    @Test
    @DisplayName("The question after an interview entered in advance: half an hour after its end, dropped after a day")
    void debriefKeptForADay() {
        final Plan fresh = inAdvanceAsAt("2026-03-11T14:44");
        final Plan stale = inAdvanceAsAt("2026-03-11T14:45");
        final Plan answered = policy().plan(IN_ADVANCE, STANDARD,
                List.of(sent(ny("2026-03-10T16:00"), StepKind.DEBRIEF)), ny("2026-03-12T10:00"));

        assertThat(localTimes(fresh, StepKind.DEBRIEF)).containsExactly(local("2026-03-10T15:15"));
        assertThat(stale.steps(StepKind.DEBRIEF)).isEmpty();
        assertThat(answered.done(StepKind.DEBRIEF)).extracting(step -> step.at().toLocalDateTime())
                .containsExactly(local("2026-03-10T16:00"));
    }

    @Test
    @DisplayName("An offer reminder that would come after the offer's 24 hours is dropped; one within them is kept")
    void offerReminderPastItsDayIsDropped() {
        // GIVEN a member whose only waking hours for nudges are 18:00-20:00
        final MemberSettings narrow = STANDARD.withQuietHours(LocalTime.of(20, 0), LocalTime.of(18, 0));

        // WHEN an offer comes at 17:00 (its reminder could only come at 18:00 the next day, 25 hours on)
        final Plan late = plan(INTERVIEW, narrow, new InterviewEvent.Offer(ny("2026-03-12T17:00")));
        // WHEN an offer comes at 19:00 (the next day's 18:00 is 23 hours on)
        final Plan inTime = plan(INTERVIEW, narrow, new InterviewEvent.Offer(ny("2026-03-12T19:00")));

        // THEN the first offer gets its reply at 18:00 and no reminder; the second a reminder the next evening
        assertThat(localTimes(late, StepKind.REPLY_OFFER)).containsExactly(local("2026-03-12T18:00"));
        assertThat(late.steps(StepKind.OFFER_REMINDER)).isEmpty();
        assertThat(localTimes(inTime, StepKind.REPLY_OFFER)).containsExactly(local("2026-03-12T19:00"));
        assertThat(localTimes(inTime, StepKind.OFFER_REMINDER)).containsExactly(local("2026-03-13T18:00"));
    }

    @Test
    @DisplayName("A check-in reported as sent counts for the stage even before it was due")
    void sentCheckInCountsForTheStage() {
        // GIVEN the thank-you sent, and the first check-in (due Monday 16 March) sent early, on Saturday
        final List<InterviewEvent> events = List.of(
                sent(ny("2026-03-10T19:00"), StepKind.THANK_YOU, "Ana Ruiz"),
                sent(ny("2026-03-14T10:00"), StepKind.CHECK_IN));

        // WHEN planning on Sunday 15 March
        final Plan plan = policy().plan(INTERVIEW, STANDARD, events, ny("2026-03-15T12:00"));

        // THEN the member is checking in, and the second check-in comes a week after the one they sent
        assertThat(plan.stage()).isEqualTo(Stage.CHECKING_IN);
        assertThat(plan.done(StepKind.CHECK_IN)).hasSize(1);
        assertThat(localTimes(plan, StepKind.CHECK_IN)).containsExactly(local("2026-03-23T09:00"));
        assertThat(plan.reported(StepKind.CHECK_IN, Optional.empty())).isTrue();
        assertThat(plan.reported(StepKind.LINKEDIN, Optional.of("Ana Ruiz"))).isFalse();
    }

    @Test
    @DisplayName("Until the first check-in is sent or due, the member is waiting to hear")
    void waitingUntilTheFirstCheckIn() {
        final List<InterviewEvent> events = List.of(sent(ny("2026-03-10T19:00"), StepKind.THANK_YOU, "Ana Ruiz"));
        assertThat(policy().plan(INTERVIEW, STANDARD, events, ny("2026-03-15T12:00")).stage()).isEqualTo(Stage.WAITING);
    }

    @Test
    @DisplayName("Persistent: the LinkedIn message alongside the last check-in, never in quiet hours, even when that "
            + "check-in was sent at night")
    void persistentLinkedInAlongsideTheLastCheckIn() {
        // GIVEN a persistent member who sent everything, the last check-in at 23:00
        final MemberSettings persistent = settings(NEW_YORK, "US", Cadence.PERSISTENT);
        final Plan plan = plan(INTERVIEW, persistent,
                sent(ny("2026-03-10T19:00"), StepKind.THANK_YOU, "Ana Ruiz"),
                sent(ny("2026-03-11T09:10"), StepKind.LINKEDIN, "Ana Ruiz"),
                sent(ny("2026-03-16T09:30"), StepKind.CHECK_IN),
                sent(ny("2026-03-23T09:30"), StepKind.CHECK_IN),
                sent(ny("2026-03-30T23:00"), StepKind.CHECK_IN));

        // THEN the LinkedIn message #2 is due, out of quiet hours; move on a week after the last check-in
        assertThat(plan.steps(StepKind.LINKEDIN)).singleElement().satisfies(step -> {
            assertThat(step.sequence()).isEqualTo(2);
            assertThat(QuietHours.of(persistent).contains(step.at())).as("quiet at %s", step.at()).isFalse();
            assertThat(step.at().toLocalDateTime()).isEqualTo(local("2026-03-31T08:00"));
        });
        assertThat(localTimes(plan, StepKind.MOVE_ON)).containsExactly(local("2026-04-06T09:00"));
    }

    @Test
    @DisplayName("Check-ins skipped one after another: each skip takes the next check-in, so skipping both leaves "
            + "only the move-on; a check-in skipped and the next one sent are #1 and #2")
    void skippedCheckInsTakeTheirTurn() {
        // GIVEN the standard cadence: two check-ins, Monday 16 and Monday 23 March
        final InterviewEvent.Declined skipFirst = new InterviewEvent.Declined(ny("2026-03-11T10:00"),
                StepKind.CHECK_IN, Optional.empty());
        final InterviewEvent.Declined skipSecond = new InterviewEvent.Declined(ny("2026-03-11T10:01"),
                StepKind.CHECK_IN, Optional.empty());

        // WHEN the member skips one, then the other
        final Plan one = plan(INTERVIEW, STANDARD, skipFirst);
        final Plan both = plan(INTERVIEW, STANDARD, skipFirst, skipSecond);
        final Plan skippedThenSent = plan(INTERVIEW, STANDARD, skipFirst,
                sent(ny("2026-03-23T09:30"), StepKind.CHECK_IN));

        // THEN the first skip leaves the final check-in; the second leaves none; a send after a skip is the second
        assertThat(one.steps(StepKind.CHECK_IN)).singleElement().satisfies(step -> {
            assertThat(step.sequence()).isEqualTo(2);
            assertThat(step.at().toLocalDateTime()).isEqualTo(local("2026-03-23T09:00"));
        });
        assertThat(both.steps(StepKind.CHECK_IN)).isEmpty();
        assertThat(both.skipped()).extracting(skipped -> skipped.step().key())
                .containsExactly("check_in", "check_in#2");
        assertThat(both.steps(StepKind.MOVE_ON)).hasSize(1);
        assertThat(skippedThenSent.steps(StepKind.CHECK_IN)).isEmpty();
        assertThat(skippedThenSent.done(StepKind.CHECK_IN)).singleElement()
                .satisfies(step -> assertThat(step.sequence()).isEqualTo(2));
    }

    @Test
    @DisplayName("Thank-yous reported without a name go to the interviewers in the order given, each to whoever has "
            + "had the fewest; a name counts whatever its case and spacing; a skip counts as that person's turn")
    void unnamedReportsTakeTurns() {
        // GIVEN an interview with Ana Ruiz, then Ben Ode
        final Interview both = interview(NEW_YORK, "2026-03-10T14:00", Optional.empty(), "Ana Ruiz", "Ben Ode");
        final InterviewEvent.Sent unnamed = new InterviewEvent.Sent(ny("2026-03-10T17:00"), StepKind.THANK_YOU,
                Optional.empty());
        final InterviewEvent.Sent unnamedAgain = new InterviewEvent.Sent(ny("2026-03-10T17:05"), StepKind.THANK_YOU,
                Optional.empty());

        // WHEN one, then two unnamed thank-yous are reported; or Ben's named loosely; or Ana's skipped first
        final Plan one = plan(both, STANDARD, unnamed);
        final Plan two = plan(both, STANDARD, unnamed, unnamedAgain);
        final Plan loosely = plan(both, STANDARD, sent(ny("2026-03-10T17:00"), StepKind.THANK_YOU, "  ben ODE "));
        final Plan afterASkip = plan(both, STANDARD, new InterviewEvent.Declined(ny("2026-03-10T16:00"),
                StepKind.THANK_YOU, Optional.of("Ana Ruiz")), unnamed);

        // THEN the first goes to Ana, the second to Ben; the loose name is Ben's; after Ana's skip, the unnamed is Ben's
        assertThat(one.done(StepKind.THANK_YOU)).extracting(step -> step.to().orElseThrow()).containsExactly("Ana Ruiz");
        assertThat(one.steps(StepKind.THANK_YOU)).extracting(step -> step.to().orElseThrow()).containsExactly("Ben Ode");
        assertThat(two.steps(StepKind.THANK_YOU)).isEmpty();
        assertThat(two.done(StepKind.THANK_YOU)).hasSize(2);
        assertThat(loosely.done(StepKind.THANK_YOU)).extracting(step -> step.to().orElseThrow())
                .containsExactly("Ben Ode");
        assertThat(afterASkip.steps(StepKind.THANK_YOU)).isEmpty();
        assertThat(afterASkip.done(StepKind.THANK_YOU)).extracting(step -> step.to().orElseThrow())
                .containsExactly("Ben Ode");
    }

    @Test
    @DisplayName("Persistent, LinkedIn connection not yet made: the message alongside the last check-in waits for it")
    void persistentLinkedInWaits() {
        final Plan plan = plan(INTERVIEW, settings(NEW_YORK, "US", Cadence.PERSISTENT));
        assertThat(plan.waiting()).extracting(waiting -> waiting.step().key() + " after " + waiting.after().key())
                .containsExactly("linkedin@Ana Ruiz after thank_you@Ana Ruiz", "linkedin@Ana Ruiz#2 after linkedin@Ana Ruiz");
        final PlannedStep lastCheckIn = plan.steps(StepKind.CHECK_IN).get(2);
        assertThat(plan.waiting().get(1).step().at()).isEqualTo(lastCheckIn.at());
    }

    @Test
    @DisplayName("A thank-you the member said they would skip: the LinkedIn connection goes ahead the next business day")
    void declinedThankYou() {
        final Plan plan = plan(INTERVIEW, STANDARD,
                new InterviewEvent.Declined(ny("2026-03-10T16:00"), StepKind.THANK_YOU, Optional.of("Ana Ruiz")));
        assertThat(plan.steps(StepKind.THANK_YOU)).isEmpty();
        assertThat(plan.skipped()).extracting(skipped -> skipped.step().kind() + ": " + skipped.why())
                .containsExactly("THANK_YOU: you said you'd skip it");
        assertThat(localTimes(plan, StepKind.LINKEDIN)).containsExactly(local("2026-03-11T09:00"));
        assertThat(plan.stage()).isEqualTo(Stage.WAITING);
    }

    @Test
    @DisplayName("A thank-you learned of more than a week after the interview is left out with why; a week is still in time")
    void thankYouLearnedTooLate() {
        final Plan week = learnedOfAt("2026-03-17T14:45");
        final Plan later = learnedOfAt("2026-03-17T14:46");

        assertThat(week.steps(StepKind.THANK_YOU)).hasSize(1);
        assertThat(later.steps(StepKind.THANK_YOU)).isEmpty();
        assertThat(later.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.step().kind()).isEqualTo(StepKind.THANK_YOU);
            assertThat(skipped.why()).startsWith("7 days after the interview, a thank-you has lost its point");
        });
        // the first check-in is not held back by a thank-you that will not come
        assertThat(localTimes(later, StepKind.CHECK_IN).get(0)).isEqualTo(local("2026-03-17T14:46"));
    }
}
