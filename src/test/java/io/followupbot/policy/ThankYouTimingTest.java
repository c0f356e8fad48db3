package io.followupbot.policy;


import io.followupbot.interview.Cadence;
import io.followupbot.interview.Interview;
import io.followupbot.interview.MemberSettings;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.StepKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import static io.followupbot.policy.PlanFixtures.interview;
import static io.followupbot.policy.PlanFixtures.local;
import static io.followupbot.policy.PlanFixtures.localTimes;
import static io.followupbot.policy.PlanFixtures.plan;
import static io.followupbot.policy.PlanFixtures.settings;
import static io.followupbot.policy.PlanFixtures.zoned;
import static org.assertj.core.api.Assertions.assertThat;

final class ThankYouTimingTest {


    @DisplayName("Thank-you: a few hours after the interview ends, within 24 h, never in the first hour nor in quiet hours")
    @ParameterizedTest(name = "{0}: interview {1} -> thank-you {2} ({3})")
    @CsvSource(textBlock = """
            America/New_York,    2026-03-10T14:00, 2026-03-10T18:00, end + 3 h rounded up to the half hour; the week after the DST change
            America/New_York,    2026-03-06T14:00, 2026-03-06T18:00, the Friday before the DST change
            America/New_York,    2026-03-07T19:00, 2026-03-07T20:45, moved before quiet hours: still an hour after the end
            America/New_York,    2026-03-07T22:30, 2026-03-08T08:00, ends late on the night clocks spring forward: quiet end next morning
            America/New_York,    2026-03-10T17:30, 2026-03-10T20:30, would land at 21:30: moved to half an hour before quiet hours
            Europe/Berlin,       2026-03-28T20:00, 2026-03-29T08:00, Saturday evening before the DST change: Sunday morning, weekend or not
            Europe/Berlin,       2026-10-24T09:00, 2026-10-24T13:00, a Saturday interview gets its thank-you on Saturday
            Asia/Tokyo,          2026-03-13T10:00, 2026-03-13T14:00, east of UTC
            Asia/Tokyo,          2026-03-10T02:00, 2026-03-10T08:00, an interview in the candidate's night: when quiet hours end
            Australia/Sydney,    2026-04-04T16:00, 2026-04-04T20:00, the day before Sydney's clocks fall back
            Australia/Sydney,    2026-04-04T19:30, 2026-04-05T08:00, across Sydney's DST end: quiet end in standard time
            Asia/Kolkata,        2026-03-10T11:10, 2026-03-10T15:00, half-hour offset zone rounds on local wall time
            Europe/London,       2026-12-24T15:00, 2026-12-24T19:00, Christmas Eve: holidays do not delay the thank-you
            """)
    void thankYouTiming(final String zone, final String start, final String expected, final String why) {
        // GIVEN an interview of 45 minutes and default settings (quiet 21:00-08:00)
        final Interview interview = interview(zone, start, Optional.empty(), "Ana Ruiz");

        // WHEN planning
        final Plan plan = plan(interview, settings(zone, "US", Cadence.STANDARD));

        // THEN the thank-you lands at the expected local time, between 1 and 24 hours after the end
        final PlannedStep thankYou = plan.steps(StepKind.THANK_YOU).get(0);
        assertThat(thankYou.at().toLocalDateTime()).as(why).isEqualTo(local(expected));
        final Duration afterEnd = Duration.between(interview.endsAt(), thankYou.at().toInstant());
        assertThat(afterEnd).isBetween(Duration.ofHours(1), Duration.ofHours(24));
        assertThat(QuietHours.of(settings(zone, "US", Cadence.STANDARD)).contains(thankYou.at())).isFalse();
    }

    @Test
    @DisplayName("Thank-you: one per interviewer, each personalised (never one email with everyone in CC)")
    void onePerInterviewer() {
        // GIVEN an interview with three interviewers
        final Interview interview = interview("America/New_York", "2026-03-10T14:00", Optional.empty(),
                "Ana Ruiz", "Ben Ode", "Chen Li");

        // WHEN planning
        final Plan plan = plan(interview, settings("America/New_York", "US", Cadence.STANDARD));

        // THEN there is one thank-you and one LinkedIn connection per interviewer, in the order given, each connection
        // waiting for that interviewer's thank-you
        assertThat(plan.steps(StepKind.THANK_YOU)).extracting(step -> step.to().orElseThrow())
                .containsExactly("Ana Ruiz", "Ben Ode", "Chen Li");
        assertThat(plan.waiting()).extracting(waiting -> waiting.step().describe() + " after " + waiting.after().describe())
                .containsExactly("LinkedIn connection to Ana Ruiz after thank-you to Ana Ruiz",
                        "LinkedIn connection to Ben Ode after thank-you to Ben Ode",
                        "LinkedIn connection to Chen Li after thank-you to Chen Li");
    }

    @Test
    @DisplayName("Thank-you: without interviewer names, one thank-you addressed to no one in particular")
    void noNames() {
        // GIVEN an interview whose interviewers were not named
        final Interview interview = interview("America/New_York", "2026-03-10T14:00", Optional.empty());

        // WHEN planning
        final Plan plan = plan(interview, settings("America/New_York", "US", Cadence.STANDARD));

        // THEN one thank-you, with no recipient
        assertThat(plan.steps(StepKind.THANK_YOU)).singleElement()
                .satisfies(step -> assertThat(step.to()).isEmpty());
    }

    @Test
    @DisplayName("Thank-you: quiet hours that do not span midnight are respected too")
    void quietHoursWithinOneDay() {
        // GIVEN a member who wants no nudges 17:00-19:00 (and none at night is their own choice)
        final MemberSettings settings = settings("Europe/Berlin", "DE", Cadence.STANDARD)
                .withQuietHours(LocalTime.of(17, 0), LocalTime.of(19, 0));
        final Interview interview = interview("Europe/Berlin", "2026-06-10T13:00", Optional.empty(), "Ana Ruiz");

        // WHEN planning (ideal slot 17:00)
        final Plan plan = plan(interview, settings);

        // THEN the thank-you moves to 16:30, half an hour before quiet hours
        assertThat(localTimes(plan, StepKind.THANK_YOU)).containsExactly(local("2026-06-10T16:30"));
    }

    @Test
    @DisplayName("Thank-you: a longer interview is timed from its real end")
    void timedFromTheEnd() {
        // GIVEN a two-hour interview
        final Interview interview = PlanFixtures.lasting(
                interview("America/Chicago", "2026-05-05T10:00", Optional.empty(), "Ana Ruiz"), Duration.ofHours(2));

        // WHEN planning
        final Plan plan = plan(interview, settings("America/Chicago", "US", Cadence.STANDARD));

        // THEN the thank-you is three hours after noon
        assertThat(plan.steps(StepKind.THANK_YOU).get(0).at()).isEqualTo(zoned("America/Chicago", "2026-05-05T15:00"));
        assertThat(localTimes(List.of(plan.steps(StepKind.THANK_YOU).get(0)))).containsExactly(local("2026-05-05T15:00"));
    }
}
