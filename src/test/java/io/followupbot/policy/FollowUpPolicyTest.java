package io.followupbot.policy;


import io.followupbot.interview.Cadence;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.MemberSettings;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.Stage;
import io.followupbot.interview.StepKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static io.followupbot.policy.PlanFixtures.assertOrderedInTheMembersZoneOutOfQuietHours;
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

final class FollowUpPolicyTest {


    private static final String NEW_YORK = "America/New_York";
    private static final MemberSettings STANDARD = settings(NEW_YORK, "US", Cadence.STANDARD);
    /** Tuesday 10 March 2026, 14:00-14:45 New York, decision "by Friday" 13 March. */
    private static final Interview INTERVIEW = interview(NEW_YORK, "2026-03-10T14:00",
            Optional.of(LocalDate.of(2026, 3, 13)), "Ana Ruiz", "Ben Ode");

    @Test
    @DisplayName("Before the interview: prep on the morning of an interview entered in advance, at the nudge hour")
    void prepOnTheMorning() {
        // GIVEN the interview entered the day before
        final Interview inAdvance = recordedAt(INTERVIEW, ny("2026-03-09T20:00"));

        // WHEN planning before it starts
        final Plan plan = policy().plan(inAdvance, STANDARD, List.of(), ny("2026-03-09T20:00"));

        // THEN prep comes at 09:00 that morning, first, and the interview is upcoming
        assertThat(plan.next().orElseThrow().kind()).isEqualTo(StepKind.PREP);
        assertThat(localTimes(plan, StepKind.PREP)).containsExactly(local("2026-03-10T09:00"));
        assertThat(plan.stage()).isEqualTo(Stage.UPCOMING);
    }

    @Test
    @DisplayName("Before the interview: no prep when that morning's nudge is not before the interview starts")
    void noPrepForAnEarlyInterview() {
        // GIVEN an 08:30 interview entered the day before
        final Interview early = recordedAt(interview(NEW_YORK, "2026-03-10T08:30", Optional.empty(), "Ana Ruiz"),
                ny("2026-03-09T20:00"));

        // WHEN planning
        final Plan plan = policy().plan(early, STANDARD, List.of(), ny("2026-03-09T20:00"));

        // THEN there is no prep step
        assertThat(plan.steps(StepKind.PREP)).isEmpty();
    }

    @Test
    @DisplayName("Before the interview: no prep for an interview recorded after it happened")
    void noPrepAfterwards() {
        // GIVEN / WHEN an interview recorded as it ended
        final Plan plan = plan(INTERVIEW, STANDARD);

        // THEN no prep, and the thank-yous are due
        assertThat(plan.steps(StepKind.PREP)).isEmpty();
        assertThat(plan.stage()).isEqualTo(Stage.THANK_YOU_DUE);
        assertThat(plan.next().orElseThrow().kind()).isEqualTo(StepKind.THANK_YOU);
    }

    @Test
    @DisplayName("Sent it: recorded with its date and moved to done; matched by kind, interviewer and order")
    void sentStepsAreDone() {
        // GIVEN both thank-yous reported sent, one naming no interviewer
        final Plan plan = plan(INTERVIEW, STANDARD,
                sent(ny("2026-03-10T19:00"), StepKind.THANK_YOU, "Ben Ode"),
                sent(ny("2026-03-10T19:05"), StepKind.THANK_YOU));

        // THEN both are done, the unnamed report counting for Ana, and the stage moves on to waiting
        assertThat(plan.done(StepKind.THANK_YOU)).extracting(step -> step.to().orElseThrow())
                .containsExactly("Ben Ode", "Ana Ruiz");
        assertThat(plan.steps(StepKind.THANK_YOU)).isEmpty();
        assertThat(plan.stage()).isEqualTo(Stage.WAITING);
    }

    @Test
    @DisplayName("Further check-ins at most once a week: checking in once the first check-in is due")
    void checkingInStage() {
        // GIVEN thank-yous sent
        final List<InterviewEvent> events = List.of(
                sent(ny("2026-03-10T19:00"), StepKind.THANK_YOU, "Ana Ruiz"),
                sent(ny("2026-03-10T19:00"), StepKind.THANK_YOU, "Ben Ode"));

        // WHEN planning before and after the first check-in (Monday 16 March 09:00) is due
        // THEN the stage is waiting, then checking in
        assertThat(policy().plan(INTERVIEW, STANDARD, events, ny("2026-03-16T08:59")).stage()).isEqualTo(Stage.WAITING);
        assertThat(policy().plan(INTERVIEW, STANDARD, events, ny("2026-03-16T09:00")).stage()).isEqualTo(Stage.CHECKING_IN);
    }

    @Test
    @DisplayName("Silence after the last check-in: move on, then the interview is moved on")
    void movedOn() {
        // GIVEN every step of a gentle plan reported sent
        final MemberSettings gentle = settings(NEW_YORK, "US", Cadence.GENTLE);
        final Plan plan = plan(INTERVIEW, gentle,
                sent(ny("2026-03-10T19:00"), StepKind.THANK_YOU, "Ana Ruiz"),
                sent(ny("2026-03-10T19:00"), StepKind.THANK_YOU, "Ben Ode"),
                sent(ny("2026-03-11T09:10"), StepKind.LINKEDIN, "Ana Ruiz"),
                sent(ny("2026-03-11T09:10"), StepKind.LINKEDIN, "Ben Ode"),
                sent(ny("2026-03-16T09:30"), StepKind.CHECK_IN),
                sent(ny("2026-03-23T09:30"), StepKind.MOVE_ON));

        // THEN nothing is left and the stage is moved on
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.done()).hasSize(6);
        assertThat(plan.stage()).isEqualTo(Stage.MOVED_ON);
    }

    @Test
    @DisplayName("They replied still deciding with a new date: thank-for-the-update reply now, every later check-in after that date")
    void stillDecidingWithNewDate() {
        // GIVEN the first check-in sent Monday 16 March and a reply on Wednesday: news by Friday 27 March
        final Plan plan = plan(INTERVIEW, STANDARD,
                sent(ny("2026-03-16T10:00"), StepKind.CHECK_IN),
                new InterviewEvent.StillDeciding(ny("2026-03-18T12:00"), Optional.of(LocalDate.of(2026, 3, 27))));

        // THEN a reply-update step at once, the second check-in Monday 30 March, move on a week later
        assertThat(localTimes(plan, StepKind.REPLY_UPDATE)).containsExactly(local("2026-03-18T12:00"));
        assertThat(localTimes(plan, StepKind.CHECK_IN)).containsExactly(local("2026-03-30T09:00"));
        assertThat(localTimes(plan, StepKind.MOVE_ON)).containsExactly(local("2026-04-06T09:00"));
    }

    @Test
    @DisplayName("They replied still deciding without a date: the check-in clock restarts a week from the reply")
    void stillDecidingWithoutDate() {
        // GIVEN a reply on Wednesday 18 March, before any check-in, naming no date
        final Plan plan = plan(INTERVIEW, STANDARD,
                new InterviewEvent.StillDeciding(ny("2026-03-12T22:30"), Optional.empty()));

        // THEN the reply-update waits for the end of quiet hours; check-ins from Thursday 19 March, weekly
        assertThat(localTimes(plan, StepKind.REPLY_UPDATE)).containsExactly(local("2026-03-13T08:00"));
        assertThat(localTimes(plan, StepKind.CHECK_IN))
                .containsExactly(local("2026-03-19T09:00"), local("2026-03-26T09:00"));
    }

    @Test
    @DisplayName("They replied still deciding after the last check-in: one more check-in after the new date")
    void stillDecidingAfterTheLastCheckIn() {
        // GIVEN a gentle member whose only check-in was answered with a new date, Friday 3 April
        final Plan plan = plan(INTERVIEW, settings(NEW_YORK, "US", Cadence.GENTLE),
                sent(ny("2026-03-16T10:00"), StepKind.CHECK_IN),
                new InterviewEvent.StillDeciding(ny("2026-03-17T15:00"), Optional.of(LocalDate.of(2026, 4, 3))));

        // THEN check-in #2 (the last) on Monday 6 April, and move on a week later
        assertThat(plan.steps(StepKind.CHECK_IN)).singleElement().satisfies(step -> {
            assertThat(step.at().toLocalDateTime()).isEqualTo(local("2026-04-06T09:00"));
            assertThat(step.sequence()).isEqualTo(2);
            assertThat(step.last()).isTrue();
        });
        assertThat(plan.done(StepKind.CHECK_IN).get(0).last()).isFalse();
        assertThat(localTimes(plan, StepKind.MOVE_ON)).containsExactly(local("2026-04-13T09:00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endings")
    @DisplayName("Rejected, or no longer interested: draft the gracious reply or the withdrawal at once, stop every "
            + "nudge")
    void anEndingLeavesOnlyItsReply(final InterviewEvent ending, final String at, final StepKind reply,
                                    final Stage stage) {
        // GIVEN a rejection on Monday 16 March, or the member's withdrawal on Saturday 14 March
        final Plan plan = plan(INTERVIEW, STANDARD, ending);

        // THEN only its reply is left, drafted when it came, and the stage says how it ended
        assertThat(plan.steps()).extracting(PlannedStep::kind).containsExactly(reply);
        assertThat(localTimes(plan.steps())).containsExactly(local(at));
        assertThat(plan.stage()).isEqualTo(stage);
    }

    static Stream<Arguments> endings() {
        return Stream.of(
                Arguments.of(Named.of("Rejected", new InterviewEvent.Rejected(ny("2026-03-16T11:20"))),
                        "2026-03-16T11:20", StepKind.REPLY_REJECTION, Stage.REJECTED),
                Arguments.of(Named.of("No longer interested", new InterviewEvent.Withdrew(ny("2026-03-14T10:00"))),
                        "2026-03-14T10:00", StepKind.WITHDRAWAL, Stage.WITHDRAWN));
    }

    @Test
    @DisplayName("Offer: reply within 24 h, check-ins stop")
    void offer() {
        // GIVEN an offer made late at night, thank-yous sent
        final Plan plan = plan(INTERVIEW, STANDARD,
                sent(ny("2026-03-10T19:00"), StepKind.THANK_YOU, "Ana Ruiz"),
                sent(ny("2026-03-10T19:00"), StepKind.THANK_YOU, "Ben Ode"),
                new InterviewEvent.Offer(ny("2026-03-12T22:15")));

        // THEN the offer reply comes when quiet hours end, within 24 h; no check-in, no move on
        assertThat(plan.steps(StepKind.REPLY_OFFER)).singleElement().satisfies(step ->
                assertThat(Duration.between(ny("2026-03-12T22:15"), step.at().toInstant())).isLessThan(Duration.ofHours(24)));
        assertThat(localTimes(plan, StepKind.REPLY_OFFER)).containsExactly(local("2026-03-13T08:00"));
        assertThat(plan.steps(StepKind.CHECK_IN)).isEmpty();
        assertThat(plan.steps(StepKind.MOVE_ON)).isEmpty();
        assertThat(plan.steps(StepKind.LINKEDIN)).hasSize(2);
        assertThat(plan.stage()).isEqualTo(Stage.OFFER);
    }

    @Test
    @DisplayName("Offer left unanswered: a reminder 20 h after it, still within its 24 h; none once the member answered")
    void offerReminder() {
        final InterviewEvent offer = new InterviewEvent.Offer(ny("2026-03-12T22:15"));
        // GIVEN an offer made at 22:15 WHEN nothing else happens THEN a reminder at 18:15 the next day
        final Plan waiting = plan(INTERVIEW, STANDARD, offer);
        assertThat(localTimes(waiting, StepKind.OFFER_REMINDER)).containsExactly(local("2026-03-13T18:15"));
        // WHEN the member answered from the first nudge THEN no reminder
        final Plan answered = plan(INTERVIEW, STANDARD, offer, sent(ny("2026-03-13T09:00"), StepKind.REPLY_OFFER));
        assertThat(answered.steps(StepKind.OFFER_REMINDER)).isEmpty();
        assertThat(answered.steps(StepKind.REPLY_OFFER)).isEmpty();
        // WHEN they answered from the reminder THEN the offer's reply is done too, and nothing about it is pending
        final Plan fromReminder = plan(INTERVIEW, STANDARD, offer, sent(ny("2026-03-13T18:20"), StepKind.OFFER_REMINDER));
        assertThat(fromReminder.steps()).noneMatch(step -> step.kind() == StepKind.REPLY_OFFER
                || step.kind() == StepKind.OFFER_REMINDER);
        assertThat(fromReminder.done()).extracting(PlannedStep::kind)
                .contains(StepKind.REPLY_OFFER, StepKind.OFFER_REMINDER);
    }

    @Test
    @DisplayName("Offer whose 20 h mark falls in quiet hours: the reminder comes half an hour before they begin, "
            + "like an evening thank-you, not the next morning past its 24 h")
    void offerReminderBeforeQuietHours() {
        final Plan atOne = plan(INTERVIEW, STANDARD, new InterviewEvent.Offer(ny("2026-03-13T01:00")));
        final Plan atTen = plan(INTERVIEW, STANDARD, new InterviewEvent.Offer(ny("2026-03-13T10:00")));

        assertThat(localTimes(atOne, StepKind.REPLY_OFFER)).containsExactly(local("2026-03-13T08:00"));
        assertThat(localTimes(atOne, StepKind.OFFER_REMINDER)).containsExactly(local("2026-03-13T20:30"));
        assertThat(localTimes(atTen, StepKind.OFFER_REMINDER)).containsExactly(local("2026-03-13T20:30"));
    }

    @Test
    @DisplayName("Another offer with a deadline: competing-offer note soon, a reminder before the deadline")
    void competingOffer() {
        // GIVEN another offer reported on Wednesday 11 March with a deadline of Monday 16 March
        final Plan plan = plan(INTERVIEW, STANDARD,
                new InterviewEvent.CompetingOffer(ny("2026-03-11T13:02:30"), LocalDate.of(2026, 3, 16)));

        // THEN the note at once (next whole minute), a reminder on Friday 13 March, and check-ins still planned
        assertThat(plan.steps(StepKind.COMPETING_OFFER)).extracting(step -> step.sequence() + " " + step.at().toLocalDateTime())
                .containsExactly("1 2026-03-11T13:03", "2 2026-03-13T09:00");
        assertThat(plan.steps(StepKind.CHECK_IN)).hasSize(2);
        assertThat(plan.stage()).isEqualTo(Stage.THANK_YOU_DUE);
    }

    @Test
    @DisplayName("Another offer with a deadline too close for a reminder: only the note")
    void competingOfferTomorrow() {
        // GIVEN a deadline of tomorrow, reported in the afternoon
        final Plan plan = plan(INTERVIEW, STANDARD,
                new InterviewEvent.CompetingOffer(ny("2026-03-11T13:00"), LocalDate.of(2026, 3, 12)));

        // THEN only the note: the last business day before the deadline is today, whose nudge hour has passed
        assertThat(localTimes(plan, StepKind.COMPETING_OFFER)).containsExactly(local("2026-03-11T13:00"));
    }

    @Test
    @DisplayName("Archived: nothing more is planned")
    void archived() {
        // GIVEN an archived interview with one thank-you sent
        final Plan plan = plan(INTERVIEW, STANDARD,
                sent(ny("2026-03-10T19:00"), StepKind.THANK_YOU, "Ana Ruiz"),
                new InterviewEvent.Archived(ny("2026-03-11T10:00")));

        // THEN no steps, the sent one still done
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.done()).hasSize(1);
        assertThat(plan.stage()).isEqualTo(Stage.ARCHIVED);
    }

    @Test
    @DisplayName("The last outcome decides: an offer declined by withdrawing leaves only the withdrawal")
    void lastOutcomeWins() {
        // GIVEN an offer, then a withdrawal
        final Plan plan = plan(INTERVIEW, STANDARD,
                new InterviewEvent.Offer(ny("2026-03-12T10:00")),
                new InterviewEvent.Withdrew(ny("2026-03-13T10:00")));

        // THEN withdrawn
        assertThat(plan.steps()).extracting(PlannedStep::kind).containsExactly(StepKind.WITHDRAWAL);
        assertThat(plan.stage()).isEqualTo(Stage.WITHDRAWN);
    }

    @DisplayName("Snoozed: the step moves to the time asked for, out of quiet hours")
    @ParameterizedTest(name = "snooze {0} until {1} -> {2}")
    @CsvSource(textBlock = """
            check_in,  2026-03-17T07:00, 2026-03-17T08:00
            check_in,  2026-03-18T14:00, 2026-03-18T14:00
            linkedin,  2026-03-12T23:30, 2026-03-13T08:00
            """)
    void snoozed(final String kind, final String until, final String expected) {
        // GIVEN the member snoozed the next step of that kind for Ana (or the check-in)
        final StepKind stepKind = StepKind.fromKey(kind).orElseThrow();
        final Optional<String> to = stepKind == StepKind.CHECK_IN ? Optional.empty() : Optional.of("Ana Ruiz");
        // (a LinkedIn connection is only due once the thank-you is out)
        final Plan plan = plan(INTERVIEW, STANDARD, sent(ny("2026-03-10T18:01"), StepKind.THANK_YOU, "Ana Ruiz"),
                new InterviewEvent.Snoozed(ny("2026-03-10T18:05"), stepKind, to, ny(until)));

        // THEN that step moves, snapped out of quiet hours
        final PlannedStep step = plan.steps(stepKind).stream().filter(candidate -> candidate.to().equals(to)).findFirst().orElseThrow();
        assertThat(step.at().toLocalDateTime()).isEqualTo(local(expected));
    }

    @Test
    @DisplayName("Snoozed: steps timed from the snoozed one follow it")
    void snoozeMovesDependents() {
        // GIVEN the first check-in snoozed to Thursday 19 March
        final Plan plan = plan(INTERVIEW, STANDARD,
                new InterviewEvent.Snoozed(ny("2026-03-16T09:05"), StepKind.CHECK_IN, Optional.empty(), ny("2026-03-19T09:00")));

        // THEN the second check-in comes a week after it
        assertThat(localTimes(plan, StepKind.CHECK_IN)).containsExactly(local("2026-03-19T09:00"), local("2026-03-26T09:00"));
    }

    @Test
    @DisplayName("The plan is a pure function: same inputs, same plan, whatever order the events are listed in")
    void pure() {
        // GIVEN a handful of events
        final List<InterviewEvent> events = new ArrayList<>(List.of(
                sent(ny("2026-03-10T19:00"), StepKind.THANK_YOU, "Ana Ruiz"),
                sent(ny("2026-03-16T10:00"), StepKind.CHECK_IN),
                new InterviewEvent.StillDeciding(ny("2026-03-18T12:00"), Optional.of(LocalDate.of(2026, 3, 27))),
                new InterviewEvent.Note(ny("2026-03-19T12:00"), "recruiter is on holiday")));
        final Instant now = ny("2026-03-20T12:00");

        // WHEN planning twice, the second time with the events reversed
        final Plan first = policy().plan(INTERVIEW, STANDARD, events, now);
        Collections.reverse(events);
        final Plan second = policy().plan(INTERVIEW, STANDARD, events, now);

        // THEN the plans are equal
        assertThat(second).isEqualTo(first);
    }

    @Test
    @DisplayName("Pending steps are in time order and none falls in quiet hours")
    void timeOrderAndQuietHours() {
        // GIVEN a persistent plan with events
        final MemberSettings persistent = settings(NEW_YORK, "US", Cadence.PERSISTENT);
        final Plan plan = plan(INTERVIEW, persistent,
                new InterviewEvent.CompetingOffer(ny("2026-03-11T23:00"), LocalDate.of(2026, 3, 20)),
                new InterviewEvent.StillDeciding(ny("2026-03-12T05:00"), Optional.empty()));

        // THEN times never decrease and none is quiet
        assertOrderedInTheMembersZoneOutOfQuietHours(plan, persistent);
    }
}
