package io.followupbot.policy;

import io.followupbot.interview.Cadence;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.MemberSettings;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.StepKind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Small builders for the policy tests: local times in, interviews and plans out. */
final class PlanFixtures {

    private PlanFixtures() {
    }

    static Instant at(final String zone, final String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of(zone)).toInstant();
    }

    /** A local date-time in New York, the zone of most examples, as an instant. */
    static Instant ny(final String localDateTime) {
        return at("America/New_York", localDateTime);
    }

    static MemberSettings settings(final String zone, final String country, final Cadence cadence) {
        return MemberSettings.defaults(ZoneId.of(zone), country).withCadence(cadence);
    }

    /** An interview of the default 45 minutes, recorded the moment it ended, with the given interviewers. */
    static Interview interview(final String zone, final String localStart, final Optional<LocalDate> decisionDate,
            final String... interviewers) {
        final Instant start = at(zone, localStart);
        return new Interview("Acme", "Data Engineer", start, Interview.DEFAULT_LENGTH, InterviewFormat.VIDEO,
                Arrays.stream(interviewers).map(Interviewer::named).toList(), decisionDate, ContactChannel.EMAIL,
                start.plus(Interview.DEFAULT_LENGTH), "");
    }

    static Interview recordedAt(final Interview interview, final Instant recordedAt) {
        return new Interview(interview.company(), interview.role(), interview.startsAt(), interview.length(),
                interview.format(), interview.interviewers(), interview.decisionDate(), interview.channel(),
                recordedAt, interview.addition());
    }

    static Interview lasting(final Interview interview, final Duration length) {
        return new Interview(interview.company(), interview.role(), interview.startsAt(), length,
                interview.format(), interview.interviewers(), interview.decisionDate(), interview.channel(),
                interview.recordedAt(), interview.addition());
    }

    /** A policy with calendars of its own, public holidays only: each test reads the holidays it depends on. */
    static FollowUpPolicy policy() {
        return new FollowUpPolicy(BusinessCalendars.withoutClosures());
    }

    static Plan plan(final Interview interview, final MemberSettings settings, final InterviewEvent... events) {
        return policy().plan(interview, settings, List.of(events), interview.endsAt());
    }

    static List<LocalDateTime> localTimes(final List<PlannedStep> steps) {
        return steps.stream().map(step -> step.at().toLocalDateTime()).toList();
    }

    static List<LocalDateTime> localTimes(final Plan plan, final StepKind kind) {
        return localTimes(plan.steps(kind));
    }

    static LocalDateTime local(final String localDateTime) {
        return LocalDateTime.parse(localDateTime);
    }

    static ZonedDateTime zoned(final String zone, final String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of(zone));
    }

    static InterviewEvent.Sent sent(final Instant at, final StepKind kind) {
        return new InterviewEvent.Sent(at, kind, Optional.empty());
    }

    static InterviewEvent.Sent sent(final Instant at, final StepKind kind, final String to) {
        return new InterviewEvent.Sent(at, kind, Optional.of(to));
    }

    /** Fails unless the plan's pending steps are in time order, each in the member's zone, none in their quiet hours. */
    static void assertOrderedInTheMembersZoneOutOfQuietHours(final Plan plan, final MemberSettings settings) {
        final QuietHours quiet = QuietHours.of(settings);
        assertThat(plan.steps().stream().map(step -> step.at().toInstant()).toList()).isSorted();
        assertThat(plan.steps()).allSatisfy(step -> {
            assertThat(quiet.contains(step.at())).as("%s at %s is in quiet hours", step.describe(), step.at()).isFalse();
            assertThat(step.at().getZone()).isEqualTo(settings.zone());
        });
    }
}
