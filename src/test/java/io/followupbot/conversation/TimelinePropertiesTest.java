package io.followupbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.policy.BusinessCalendars;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Cadence;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.MemberSettings;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.StepKind;
import io.followupbot.interview.StoredInterview;
import io.followupbot.policy.FollowUpPolicy;
import io.followupbot.policy.Plan;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import io.followupbot.conversation.views.ReportedSteps;
import io.followupbot.conversation.views.NudgeComposer;

/**
 * For random interviews, moments the bot learned of them and sequences of what the member reported: no nudge
 * claims a step the member has not reported, and every step that waits for another comes after it.
 */
final class TimelinePropertiesTest {

    private static final FollowUpPolicy POLICY = new FollowUpPolicy(BusinessCalendars.withoutClosures());
    private static final List<String> ZONES = List.of("America/New_York", "Europe/Berlin", "Asia/Tokyo");

    /** What the member reports, {@code hoursAfterEntry} after telling the bot about the interview. */
    private record Report(int hoursAfterEntry, int what, int person) {
    }

    private record Case(String zone, Instant start, int entryHours, Cadence cadence, int interviewers,
                        List<Report> reports, int nowHoursAfterEntry) {

        Interview interview() {
            final List<Interviewer> people = IntStream.range(0, interviewers)
                    .mapToObj(index -> Interviewer.named("Person " + index)).toList();
            return new Interview("Acme", "Engineer", start, Interview.DEFAULT_LENGTH, InterviewFormat.VIDEO, people,
                    Optional.empty(), ContactChannel.EMAIL, entry(), "");
        }

        Instant entry() {
            return start.plus(Interview.DEFAULT_LENGTH).plus(Duration.ofHours(entryHours));
        }

        List<InterviewEvent> events() {
            final List<InterviewEvent> events = new ArrayList<>();
            for (final Report report : reports) {
                final Instant at = entry().plus(Duration.ofHours(report.hoursAfterEntry()));
                final Optional<String> to = interviewers == 0 ? Optional.empty()
                        : Optional.of("Person " + report.person() % interviewers);
                switch (report.what()) {
                    case 0 -> events.add(new InterviewEvent.Sent(at, StepKind.THANK_YOU, to));
                    case 1 -> events.add(new InterviewEvent.Declined(at, StepKind.THANK_YOU, to));
                    case 2 -> events.add(new InterviewEvent.Sent(at, StepKind.LINKEDIN, to));
                    case 3 -> events.add(new InterviewEvent.Sent(at, StepKind.CHECK_IN, Optional.empty()));
                    default -> events.add(new InterviewEvent.StillDeciding(at, Optional.empty()));
                }
            }
            return events;
        }
    }

    @Example
    @Label("a check-in reported before an interview entered in advance does not bring the move-on before its thank-you")
    void checkInReportedBeforeTheInterview() {
        honestAndInOrder(new Case("America/New_York", Instant.parse("2026-01-01T00:00:00Z"), -164, Cadence.GENTLE, 0,
                List.of(new Report(0, 3, 0)), 0));
    }

    @Property(tries = 400)
    @Label("no nudge claims an unreported step; a dependent step comes after what it waits for")
    void honestAndInOrder(@ForAll("cases") final Case example) {
        final MemberSettings settings = MemberSettings.defaults(ZoneId.of(example.zone()), "US")
                .withCadence(example.cadence());
        final List<InterviewEvent> events = example.events();
        final Instant now = example.entry().plus(Duration.ofHours(example.nowHoursAfterEntry()));
        final Plan plan = POLICY.plan(example.interview(), settings, events, now);
        final Tracked tracked = new Tracked(new StoredInterview("i", "m", 1, example.interview(), plan.stage()),
                events, plan);

        for (final PlannedStep step : plan.steps()) {
            final String lead = NudgeComposer.lead(tracked, ReportedSteps.asReported(tracked, step), step.at().toInstant());
            if (lead.contains("is out")) {
                assertThat(plan.reported(StepKind.THANK_YOU, step.to())).as(lead).isTrue();
            }
            if (lead.contains("after your check-ins") || ReportedSteps.asReported(tracked, step).last()
                    && step.sequence() > 1) {
                assertThat(plan.done(StepKind.CHECK_IN)).as(lead).isNotEmpty();
            }
            if (lead.contains("within 24 hours")) {
                assertThat(Duration.between(example.interview().endsAt(), step.at().toInstant()))
                        .isLessThanOrEqualTo(Duration.ofHours(24));
            }
            assertThat(step.at().toInstant()).as("never before the bot heard of it: " + step)
                    .isAfterOrEqualTo(example.entry().truncatedTo(ChronoUnit.MINUTES));
            if (step.kind() == StepKind.LINKEDIN) {
                final StepKind before = step.sequence() == 1 ? StepKind.THANK_YOU : StepKind.LINKEDIN;
                final Optional<Instant> settled = settled(events, before, step.to());
                assertThat(settled).as("%s waits for the %s", step, before).isPresent();
                assertThat(step.at().toInstant()).isAfter(settled.get());
            }
            if (step.kind() == StepKind.CHECK_IN || step.kind() == StepKind.MOVE_ON) {
                for (final PlannedStep thanks : plan.steps(StepKind.THANK_YOU)) {
                    assertThat(step.at()).as("%s after %s", step, thanks).isAfter(thanks.at());
                }
            }
            if (step.kind() == StepKind.MOVE_ON) {
                for (final PlannedStep checkIn : plan.steps(StepKind.CHECK_IN)) {
                    assertThat(step.at()).isAfter(checkIn.at());
                }
            }
        }
    }

    private static Optional<Instant> settled(final List<InterviewEvent> events, final StepKind kind,
                                             final Optional<String> to) {
        return events.stream().filter(event -> event instanceof InterviewEvent.Sent sent && sent.kind() == kind
                        && (to.isEmpty() || sent.to().equals(to))
                        || event instanceof InterviewEvent.Declined declined && declined.kind() == kind
                        && (to.isEmpty() || declined.to().equals(to)))
                .map(InterviewEvent::at).min(Instant::compareTo);
    }

    @Provide
    Arbitrary<Case> cases() {
        final Arbitrary<Instant> start = Arbitraries.longs().between(0, 365L * 24 * 4)
                .map(quarters -> Instant.parse("2026-01-01T00:00:00Z").plus(Duration.ofMinutes(15 * quarters)));
        final Arbitrary<Report> report = Combinators.combine(Arbitraries.integers().between(0, 400),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 2)).as(Report::new);
        return Combinators.combine(Arbitraries.of(ZONES), start, Arbitraries.integers().between(-24 * 8, 24 * 15),
                Arbitraries.of(Cadence.values()), Arbitraries.integers().between(0, 3),
                report.list().ofMaxSize(5), Arbitraries.integers().between(0, 24 * 30)).as(Case::new);
    }
}
