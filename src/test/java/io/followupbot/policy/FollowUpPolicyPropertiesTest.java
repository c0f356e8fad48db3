package io.followupbot.policy;


import io.followupbot.interview.Cadence;
import io.followupbot.interview.Interview;
import io.followupbot.interview.MemberSettings;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.StepKind;
import io.followupbot.policy.PlanGenerators.Member;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static io.followupbot.policy.PlanFixtures.assertOrderedInTheMembersZoneOutOfQuietHours;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules that hold for every interview without events, over random zones, times, cadences and dates. */
final class FollowUpPolicyPropertiesTest {

    /** Each property reads the holidays it depends on afresh (jqwik makes one instance per property). */
    private final BusinessCalendars calendars = BusinessCalendars.withoutClosures();
    private final FollowUpPolicy policy = new FollowUpPolicy(calendars);

    private record Case(Member member, Instant start, Cadence cadence, Optional<Integer> decisionInDays, int interviewers) {

        MemberSettings settings() {
            return member.settings(cadence);
        }

        Interview interview() {
            return PlanGenerators.interview(start, member.zoneId(), interviewers, decisionInDays,
                    start.plus(Interview.DEFAULT_LENGTH));
        }
    }

    private static final List<Member> MEMBERS = List.of(
            new Member("America/New_York", "US"), new Member("America/Los_Angeles", "US"),
            new Member("Europe/London", "GB"), new Member("Europe/Berlin", "DE"),
            new Member("Asia/Tokyo", "JP"), new Member("Australia/Sydney", "AU"), new Member("Asia/Kolkata", "IN"));

    private static final Instant FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2028-12-31T00:00:00Z");

    @Provide
    Arbitrary<Case> interviews() {
        return Combinators.combine(
                Arbitraries.of(MEMBERS),
                PlanGenerators.wholeMinutes(FROM, UNTIL),
                Arbitraries.of(Cadence.class),
                Arbitraries.integers().between(0, 40).optional(0.3),
                Arbitraries.integers().between(0, 4)).as(Case::new);
    }

    private Plan planOf(final Case example) {
        return policy.plan(example.interview(), example.settings(), List.of(), example.interview().endsAt());
    }

    @Property(tries = 400)
    @Label("every thank-you comes 1 to 24 hours after the end; a weekend interview's on the weekend too")
    void thankYouWithinADay(@ForAll("interviews") final Case example) {
        final Plan plan = planOf(example);
        final List<PlannedStep> thankYous = plan.steps(StepKind.THANK_YOU);
        assertThat(thankYous).hasSize(Math.max(1, example.interviewers()));
        for (final PlannedStep thankYou : thankYous) {
            final Duration afterEnd = Duration.between(example.interview().endsAt(), thankYou.at().toInstant());
            assertThat(afterEnd).isBetween(Duration.ofHours(1), Duration.ofHours(24));
        }
        final ZonedDateTime end = example.interview().endsAt().atZone(example.member().zoneId());
        final ZonedDateTime thankYou = thankYous.get(0).at();
        if (end.getDayOfWeek() == DayOfWeek.SATURDAY && end.getHour() < 17) {
            assertThat(thankYou.toLocalDate()).isEqualTo(end.toLocalDate());
        }
    }

    @Property(tries = 400)
    @Label("no check-in before the business day after a stated decision date")
    void noCheckInBeforeTheDecisionDate(@ForAll("interviews") final Case example) {
        final Plan plan = planOf(example);
        final BusinessCalendar calendar = calendars.of(example.member().country());
        example.interview().decisionDate().ifPresent(decision -> assertThat(plan.steps(StepKind.CHECK_IN))
                .allSatisfy(step -> assertThat(step.at().toLocalDate())
                        .isAfterOrEqualTo(calendar.nextBusinessDayAfter(decision))));
    }

    @Property(tries = 400)
    @Label("check-ins are as many as the cadence says, a week apart, on business days, and only the last is last")
    void checkInsFollowTheCadence(@ForAll("interviews") final Case example) {
        final Plan plan = planOf(example);
        final BusinessCalendar calendar = calendars.of(example.member().country());
        final List<PlannedStep> checkIns = plan.steps(StepKind.CHECK_IN);
        assertThat(checkIns).hasSize(example.cadence().checkIns());
        assertThat(checkIns).allSatisfy(step -> {
            assertThat(calendar.isBusinessDay(step.at().toLocalDate())).as("business day %s", step.at()).isTrue();
            assertThat(step.at().toLocalTime()).isEqualTo(example.settings().nudgeHour());
        });
        for (int index = 1; index < checkIns.size(); index++) {
            assertThat(ChronoUnit.DAYS.between(checkIns.get(index - 1).at().toLocalDate(), checkIns.get(index).at().toLocalDate()))
                    .isGreaterThanOrEqualTo(7);
        }
        assertThat(checkIns).extracting(PlannedStep::last)
                .containsExactlyElementsOf(IntStream.range(0, checkIns.size()).mapToObj(index -> index == checkIns.size() - 1).toList());
    }

    @Property(tries = 400)
    @Label("move on comes after the last check-in, on a business day")
    void moveOnAfterTheLastCheckIn(@ForAll("interviews") final Case example) {
        final Plan plan = planOf(example);
        final List<PlannedStep> checkIns = plan.steps(StepKind.CHECK_IN);
        final PlannedStep moveOn = plan.steps(StepKind.MOVE_ON).get(0);
        assertThat(moveOn.at()).isAfter(checkIns.get(checkIns.size() - 1).at());
        assertThat(plan.steps().get(plan.steps().size() - 1).kind()).isEqualTo(StepKind.MOVE_ON);
        assertThat(calendars.of(example.member().country()).isBusinessDay(moveOn.at().toLocalDate())).isTrue();
    }

    @Property(tries = 400)
    @Label("steps are in time order, in the member's zone, and none is in quiet hours")
    void orderedAndNeverQuiet(@ForAll("interviews") final Case example) {
        final Plan plan = planOf(example);
        assertOrderedInTheMembersZoneOutOfQuietHours(plan, example.settings());
        assertThat(plan.steps(StepKind.THANK_YOU).get(0).at()).isBefore(plan.steps(StepKind.CHECK_IN).get(0).at());
    }
}
