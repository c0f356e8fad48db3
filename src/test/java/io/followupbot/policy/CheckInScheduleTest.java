package io.followupbot.policy;


import io.followupbot.interview.Cadence;
import io.followupbot.interview.Interview;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.StepKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static io.followupbot.policy.PlanFixtures.at;
import static io.followupbot.policy.PlanFixtures.interview;
import static io.followupbot.policy.PlanFixtures.local;
import static io.followupbot.policy.PlanFixtures.localTimes;
import static io.followupbot.policy.PlanFixtures.plan;
import static io.followupbot.policy.PlanFixtures.sent;
import static io.followupbot.policy.PlanFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

final class CheckInScheduleTest {


    @DisplayName("First check-in: the first business day after the stated decision date, at the nudge hour")
    @ParameterizedTest(name = "{0}/{1}: decision {3} -> first check-in {4} ({5})")
    @CsvSource(textBlock = """
            America/New_York, US, 2026-03-10T14:00, 2026-03-13, 2026-03-16T09:00, by Friday gives Monday morning
            America/New_York, US, 2026-03-04T14:00, 2026-03-06, 2026-03-09T09:00, across the DST change: still 09:00 local
            America/New_York, US, 2026-11-20T11:00, 2026-11-25, 2026-11-27T09:00, the day before Thanksgiving gives the Friday after it
            America/New_York, US, 2026-12-18T11:00, 2026-12-24, 2026-12-28T09:00, Christmas Eve gives the Monday after Christmas
            Europe/London,    GB-SCT, 2026-03-27T11:00, 2026-04-02, 2026-04-06T09:00, Good Friday is skipped (Scotland works on Easter Monday)
            Europe/London,    GB, 2026-03-27T11:00, 2026-04-02, 2026-04-07T09:00, Good Friday and Easter Monday are skipped in England
            Europe/London,    GB, 2026-12-18T11:00, 2026-12-24, 2026-12-29T09:00, Christmas and Boxing Day (observed Monday) are skipped
            Europe/Berlin,    DE, 2026-03-27T11:00, 2026-04-02, 2026-04-07T09:00, Good Friday and Easter Monday are skipped
            Europe/Berlin,    DE, 2025-09-26T11:00, 2025-10-02, 2025-10-06T09:00, German Unity Day (a Friday) is skipped
            Europe/Berlin,    DE, 2026-03-20T11:00, 2026-03-27, 2026-03-30T09:00, across Berlin's DST change
            Asia/Tokyo,       JP, 2026-03-10T10:00, 2026-03-13, 2026-03-16T09:00, east of UTC
            Australia/Sydney, AU, 2026-03-30T10:00, 2026-04-02, 2026-04-07T09:00, Sydney over Easter and its DST end
            """)
    void firstCheckInAfterDecisionDate(final String zone, final String country, final String start,
            final LocalDate decision, final String expected, final String why) {
        // GIVEN an interview with a decision date
        final Interview interview = interview(zone, start, Optional.of(decision), "Ana Ruiz");

        // WHEN planning
        final Plan plan = plan(interview, settings(zone, country, Cadence.GENTLE));

        // THEN the first check-in is the first business day after that date, at 09:00 local
        assertThat(plan.steps(StepKind.CHECK_IN).get(0).at().toLocalDateTime()).as(why).isEqualTo(local(expected));
    }

    @DisplayName("First check-in: without a decision date, one week after the interview (next business day if needed)")
    @ParameterizedTest(name = "{0}/{1}: interview {2} -> first check-in {3} ({4})")
    @CsvSource(textBlock = """
            America/New_York, US, 2026-03-10T14:00, 2026-03-17T09:00, a plain week
            America/New_York, US, 2026-03-02T14:00, 2026-03-09T09:00, across the DST change
            America/New_York, US, 2026-11-19T14:00, 2026-11-27T09:00, a week later is Thanksgiving
            America/New_York, US, 2026-03-14T10:00, 2026-03-23T09:00, a Saturday interview: a week later is a Saturday
            Europe/London,    GB-SCT, 2026-03-27T10:00, 2026-04-06T09:00, a week later is Good Friday (Scotland works on Easter Monday)
            Europe/London,    GB, 2026-12-21T10:00, 2026-12-29T09:00, a week later is Boxing Day observed
            Europe/Berlin,    DE, 2025-09-26T10:00, 2025-10-06T09:00, a week later is German Unity Day
            Asia/Tokyo,       JP, 2026-03-10T10:00, 2026-03-17T09:00, east of UTC
            """)
    void firstCheckInAWeekLater(final String zone, final String country, final String start, final String expected,
            final String why) {
        // GIVEN an interview without a decision date
        final Interview interview = interview(zone, start, Optional.empty(), "Ana Ruiz");

        // WHEN planning
        final Plan plan = plan(interview, settings(zone, country, Cadence.STANDARD));

        // THEN the first check-in is a week later, on a business day
        assertThat(plan.steps(StepKind.CHECK_IN).get(0).at().toLocalDateTime()).as(why).isEqualTo(local(expected));
    }

    @DisplayName("Cadence presets: gentle 1, standard 2, persistent 3 weekly check-ins (the last marked), then move on a week later")
    @ParameterizedTest(name = "{0}, decision {1}: check-ins {2}, move on {3}")
    @CsvSource(delimiter = '|', textBlock = """
            GENTLE     | none       | 2026-03-17T09:00                                     | 2026-03-24T09:00
            STANDARD   | none       | 2026-03-17T09:00 2026-03-24T09:00                    | 2026-03-31T09:00
            PERSISTENT | none       | 2026-03-17T09:00 2026-03-24T09:00 2026-03-31T09:00   | 2026-04-07T09:00
            GENTLE     | 2026-03-20 | 2026-03-23T09:00                                     | 2026-03-30T09:00
            STANDARD   | 2026-03-20 | 2026-03-23T09:00 2026-03-30T09:00                    | 2026-04-06T09:00
            PERSISTENT | 2026-03-20 | 2026-03-23T09:00 2026-03-30T09:00 2026-04-06T09:00   | 2026-04-13T09:00
            STANDARD   | 2026-11-20 | 2026-11-23T09:00 2026-11-30T09:00                    | 2026-12-07T09:00
            PERSISTENT | 2026-12-11 | 2026-12-14T09:00 2026-12-21T09:00 2026-12-28T09:00   | 2027-01-04T09:00
            """)
    void cadencePresets(final Cadence cadence, final String decision, final String checkIns, final String moveOn) {
        // GIVEN a Tuesday interview in New York, with or without a decision date
        final Optional<LocalDate> decisionDate = "none".equals(decision) ? Optional.empty()
                : Optional.of(LocalDate.parse(decision));
        final Interview interview = interview("America/New_York", "2026-03-10T14:00", decisionDate, "Ana Ruiz");
        final Interview dated = decisionDate.filter(date -> date.getMonthValue() > 3)
                .map(date -> interview("America/New_York", date.minusDays(3) + "T14:00", decisionDate, "Ana Ruiz"))
                .orElse(interview);

        // WHEN planning with the cadence
        final Plan plan = plan(dated, settings("America/New_York", "US", cadence));

        // THEN the check-ins are weekly, only the last is marked last, and move on comes a week after it
        final List<LocalDateTime> expected = Arrays.stream(checkIns.split(" ")).map(LocalDateTime::parse).toList();
        assertThat(localTimes(plan, StepKind.CHECK_IN)).containsExactlyElementsOf(expected);
        assertThat(plan.steps(StepKind.CHECK_IN)).extracting(PlannedStep::last)
                .containsExactlyElementsOf(expected.stream().map(time -> time.equals(expected.get(expected.size() - 1))).toList());
        assertThat(plan.steps(StepKind.CHECK_IN)).extracting(PlannedStep::sequence)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, cadence.checkIns()).boxed().toList());
        assertThat(localTimes(plan, StepKind.MOVE_ON)).containsExactly(local(moveOn));
    }

    @Test
    @DisplayName("Persistent: the last check-in, in week 4, comes with a LinkedIn message to each interviewer")
    void persistentLinkedInAlongsideTheLast() {
        // GIVEN a persistent member and two interviewers
        final Interview interview = interview("America/New_York", "2026-03-10T14:00", Optional.empty(), "Ana Ruiz", "Ben Ode");

        // WHEN planning
        final Plan plan = plan(interview, settings("America/New_York", "US", Cadence.PERSISTENT));

        // THEN a second LinkedIn step per interviewer lands with the last check-in, 21 days (week 4) after the interview
        final PlannedStep lastCheckIn = plan.steps(StepKind.CHECK_IN).get(2);
        assertThat(lastCheckIn.last()).isTrue();
        assertThat(lastCheckIn.at().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        // (waiting for the first connection, which the member has not reported)
        assertThat(plan.waiting()).filteredOn(waiting -> waiting.step().sequence() == 2)
                .extracting(waiting -> waiting.step().to().orElseThrow() + " " + waiting.step().at().toLocalDateTime()
                        + " after " + waiting.after().describe())
                .containsExactly("Ana Ruiz 2026-03-31T09:00 after LinkedIn connection to Ana Ruiz",
                        "Ben Ode 2026-03-31T09:00 after LinkedIn connection to Ben Ode");
    }

    @Test
    @DisplayName("Further check-ins: counted from the day the previous one was actually sent")
    void rebasedOnSentCheckIn() {
        // GIVEN a standard member who sent the first check-in two days late, on Thursday 19 March
        final Interview interview = interview("America/New_York", "2026-03-10T14:00", Optional.empty(), "Ana Ruiz");
        final Plan plan = plan(interview, settings("America/New_York", "US", Cadence.STANDARD),
                sent(at("America/New_York", "2026-03-10T18:10"), StepKind.THANK_YOU, "Ana Ruiz"),
                sent(at("America/New_York", "2026-03-19T16:00"), StepKind.CHECK_IN));

        // THEN the first check-in is done, the second a week after it was sent, move on a week later
        assertThat(localTimes(plan.done(StepKind.CHECK_IN))).containsExactly(local("2026-03-19T16:00"));
        assertThat(localTimes(plan, StepKind.CHECK_IN)).containsExactly(local("2026-03-26T09:00"));
        assertThat(plan.steps(StepKind.CHECK_IN).get(0).sequence()).isEqualTo(2);
        assertThat(plan.steps(StepKind.CHECK_IN).get(0).last()).isTrue();
        assertThat(localTimes(plan, StepKind.MOVE_ON)).containsExactly(local("2026-04-02T09:00"));
    }

    /** The gentle plan of an interview with Ana on Tuesday 10 March 2026 at 14:00 in {@code zone}, no decision date. */
    private static Plan gentlePlanWithNudgesAt(final String zone, final String country, final LocalTime nudgeHour) {
        final Interview interview = interview(zone, "2026-03-10T14:00", Optional.empty(), "Ana Ruiz");
        return plan(interview, settings(zone, country, Cadence.GENTLE).withNudgeHour(nudgeHour));
    }

    @Test
    @DisplayName("Day-based steps arrive at the member's own nudge hour")
    void ownNudgeHour() {
        // GIVEN a member in Berlin who wants nudges at 10:30
        final Plan plan = gentlePlanWithNudgesAt("Europe/Berlin", "DE", LocalTime.of(10, 30));

        // THEN LinkedIn (once the thank-you is out), check-in and move on come at 10:30
        assertThat(plan.waiting()).extracting(waiting -> waiting.step().at().toLocalDateTime())
                .containsExactly(local("2026-03-11T10:30"));
        assertThat(localTimes(plan, StepKind.CHECK_IN)).containsExactly(local("2026-03-17T10:30"));
        assertThat(localTimes(plan, StepKind.MOVE_ON)).containsExactly(local("2026-03-24T10:30"));
    }

    @Test
    @DisplayName("A nudge hour set inside quiet hours is moved to when they end")
    void nudgeHourInsideQuietHours() {
        // GIVEN a member in New York with nudges at 07:00 but quiet hours until 08:00
        final Plan plan = gentlePlanWithNudgesAt("America/New_York", "US", LocalTime.of(7, 0));

        // THEN the check-in comes at 08:00
        assertThat(localTimes(plan, StepKind.CHECK_IN)).containsExactly(local("2026-03-17T08:00"));
    }

    @Test
    @DisplayName("LinkedIn connection: the next business day after the thank-you was sent, never before it")
    void linkedInAfterThankYou() {
        // GIVEN a Thursday interview with two interviewers; the thank-you to Ben went out on Friday
        final Interview interview = interview("America/New_York", "2026-03-12T14:00", Optional.empty(), "Ana Ruiz", "Ben Ode");
        final Plan plan = plan(interview, settings("America/New_York", "US", Cadence.STANDARD),
                sent(at("America/New_York", "2026-03-13T08:30"), StepKind.THANK_YOU, "ben ode"));

        // THEN Ben's connection is Monday (after Friday's thank-you); Ana's waits for her thank-you, Friday at the earliest
        assertThat(plan.steps(StepKind.LINKEDIN)).extracting(step -> step.to().orElseThrow() + " " + step.at().toLocalDateTime())
                .containsExactly("Ben Ode 2026-03-16T09:00");
        assertThat(plan.waiting()).extracting(waiting -> waiting.step().to().orElseThrow() + " "
                + waiting.step().at().toLocalDateTime()).containsExactly("Ana Ruiz 2026-03-13T09:00");
        assertThat(plan.done(StepKind.THANK_YOU)).extracting(step -> step.to().orElseThrow()).containsExactly("Ben Ode");
    }
}
