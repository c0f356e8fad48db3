package io.followupbot.policy;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * An application's plan as its story unfolds: rounds entered (after the fact or in advance), the member sending what is
 * due or skipping it, the employer saying they are still deciding, time passing, an outcome. Whatever the order, the plan
 * never holds two check-in sequences or two move-ons, never offers a step the member already sent, and never loses a
 * planned step unless a later round or an outcome supersedes it (or the rules' clock does: a prep once the round has
 * begun, a debrief a day after it, a thank-you a week after).
 */
final class ApplicationPlanPropertiesTest {

    private final FollowUpPolicy policy = new FollowUpPolicy(BusinessCalendars.withoutClosures());

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final Instant START = Instant.parse("2026-03-02T14:00:00Z");
    private static final List<String> PEOPLE = List.of("Rita Gomez", "Maya Chen", "Tom Baker");

    /** One thing that happens to the application, in order. */
    sealed interface Happening permits Round, SendDue, SkipDue, StillDeciding, Wait, Outcome {
    }

    /** A round: {@code daysAhead} after now (negative: it happened already), with some of the people. */
    record Round(int daysAhead, int hour, int people, int firstPerson, Optional<Integer> decisionInDays)
            implements Happening {
    }

    /** The member sends the first step due now (if any). */
    record SendDue() implements Happening {
    }

    /** The member says they will skip the first step due now. */
    record SkipDue() implements Happening {
    }

    record StillDeciding(Optional<Integer> newDateInDays) implements Happening {
    }

    record Wait(int hours) implements Happening {
    }

    /** 0 rejected, 1 offer, 2 withdrew, 3 archived. */
    record Outcome(int which) implements Happening {
    }

    @Provide
    Arbitrary<List<Happening>> stories() {
        final Arbitrary<Happening> round = Combinators.combine(Arbitraries.integers().between(-6, 10),
                Arbitraries.integers().between(8, 18), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(1, 20).optional(0.5))
                .as(Round::new);
        final Arbitrary<Happening> happening = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, round),
                net.jqwik.api.Tuple.of(6, Arbitraries.just(new SendDue())),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new SkipDue())),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 15).optional(0.5).map(StillDeciding::new)),
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(1, 24 * 9).map(Wait::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 3).map(Outcome::new)));
        return Combinators.combine(round, happening.list().ofMinSize(1).ofMaxSize(30))
                .as((first, rest) -> Stream.concat(Stream.of(first), rest.stream()).toList());
    }

    @Property(tries = 300)
    @Label("For any story of rounds and reports, one check-in sequence, one move-on, nothing sent twice, nothing lost")
    void oneSequenceNothingTwiceNothingLost(@ForAll("stories") final List<Happening> story,
            @ForAll final Cadence cadence) {
        final MemberSettings settings = MemberSettings.defaults(ZONE, "US").withCadence(cadence);
        final List<Interview> rounds = new ArrayList<>();
        final List<InterviewEvent> events = new ArrayList<>();
        final Set<String> sent = new HashSet<>();
        Instant now = START;
        Plan before = null;
        boolean closed = false;
        for (final Happening happening : story) {
            if (closed && (happening instanceof Round || happening instanceof Outcome)) {
                continue; // an outcome ends the application: what follows is the member's reports, and time
            }
            boolean superseding = false;
            if (happening instanceof Round round) {
                superseding = true;
                rounds.add(round(round, now));
                rounds.sort(java.util.Comparator.comparing(Interview::startsAt));
            } else if (rounds.isEmpty()) {
                continue;
            } else if (happening instanceof SendDue || happening instanceof SkipDue) {
                final Instant moment = now;
                final Optional<PlannedStep> due = plan(rounds, settings, events, now).steps().stream()
                        .filter(step -> !step.at().toInstant().isAfter(moment)).findFirst();
                if (due.isPresent()) {
                    if (happening instanceof SendDue) {
                        events.add(new InterviewEvent.Sent(now, due.get().kind(), due.get().to(), named(due.get())));
                        sent.add(due.get().key());
                    } else {
                        events.add(new InterviewEvent.Declined(now, due.get().kind(), due.get().to(), named(due.get())));
                    }
                }
            } else if (happening instanceof StillDeciding deciding) {
                final LocalDate today = now.atZone(ZONE).toLocalDate();
                events.add(new InterviewEvent.StillDeciding(now, deciding.newDateInDays().map(today::plusDays)));
            } else if (happening instanceof Wait wait) {
                now = now.plus(Duration.ofHours(wait.hours()));
            } else if (happening instanceof Outcome outcome) {
                superseding = true;
                closed = true;
                events.add(switch (outcome.which()) {
                    case 0 -> new InterviewEvent.Rejected(now);
                    case 1 -> new InterviewEvent.Offer(now);
                    case 2 -> new InterviewEvent.Withdrew(now);
                    default -> new InterviewEvent.Archived(now);
                });
            }
            if (rounds.isEmpty()) {
                continue;
            }
            final Plan after = plan(rounds, settings, events, now);
            final int latest = rounds.size();
            // one check-in sequence: every pending check-in follows the latest round, each number once
            final List<PlannedStep> checkIns = after.steps(StepKind.CHECK_IN);
            assertThat(checkIns).allSatisfy(step -> assertThat(step.round()).isEqualTo(latest));
            assertThat(checkIns.stream().map(PlannedStep::sequence).distinct().count()).isEqualTo(checkIns.size());
            assertThat(after.steps(StepKind.MOVE_ON)).hasSizeLessThanOrEqualTo(1);
            // nothing sent twice: no pending step is one the member reported sent
            assertThat(after.steps()).noneMatch(step -> sent.contains(step.key()));
            // every step has one key: no two pending steps are the same step
            assertThat(after.steps().stream().map(PlannedStep::key).collect(Collectors.toSet()))
                    .hasSize(after.steps().size());
            if (before != null && !superseding && !closed) {
                assertNothingLost(before, after);
            }
            before = after;
        }
    }

    /** Every step pending before is still pending, done, skipped or waiting, unless the rules' clock dropped it. */
    private static void assertNothingLost(final Plan before, final Plan after) {
        final Set<String> accounted = new HashSet<>();
        after.steps().forEach(step -> accounted.add(step.key()));
        after.done().forEach(step -> accounted.add(step.key()));
        after.skipped().forEach(skipped -> accounted.add(skipped.step().key()));
        after.waiting().forEach(waiting -> accounted.add(waiting.step().key()));
        assertThat(before.steps()).filteredOn(step -> step.kind() != StepKind.PREP && step.kind() != StepKind.DEBRIEF)
                .allSatisfy(step -> assertThat(accounted).as("planned before: " + step.key()).contains(step.key()));
    }

    /** What the "I sent it" and "skip" buttons name (ReportedSteps.named): a round's own step, else the next one. */
    private static int named(final PlannedStep step) {
        return List.of(StepKind.THANK_YOU, StepKind.LINKEDIN, StepKind.PREP, StepKind.DEBRIEF)
                .contains(step.kind()) ? step.sequence() : 0;
    }

    private Plan plan(final List<Interview> rounds, final MemberSettings settings, final List<InterviewEvent> events,
            final Instant now) {
        return policy.plan(rounds, settings, events, now);
    }

    private static Interview round(final Round round, final Instant now) {
        final LocalDate day = now.atZone(ZONE).toLocalDate().plusDays(round.daysAhead());
        final Instant at = day.atTime(round.hour(), 0).atZone(ZONE).toInstant();
        final List<Interviewer> people = new ArrayList<>();
        for (int index = 0; index < round.people(); index++) {
            people.add(Interviewer.named(PEOPLE.get((round.firstPerson() + index) % PEOPLE.size())));
        }
        return new Interview("Acme Analytics", "Data Analyst", at, Interview.DEFAULT_LENGTH, InterviewFormat.VIDEO,
                people, round.decisionInDays().map(day::plusDays), ContactChannel.EMAIL, now, "");
    }
}
