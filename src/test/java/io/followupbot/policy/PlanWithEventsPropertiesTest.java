package io.followupbot.policy;

import io.followupbot.interview.Cadence;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.MemberSettings;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.Stage;
import io.followupbot.interview.StepKind;
import io.followupbot.policy.PlanGenerators.Member;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static io.followupbot.policy.PlanFixtures.assertOrderedInTheMembersZoneOutOfQuietHours;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan's rules for what members report: sent steps, the employer's replies with and without a date, offers,
 * competing offers, rejections, withdrawals, snoozes, skipped thank-yous and archives, at random moments after
 * (and sometimes before) an interview, planned as of a random moment after the last of them.
 */
final class PlanWithEventsPropertiesTest {

    /** One thing reported, {@code minutes} after the interview ended; what it is is chosen by {@code what}. */
    private record Report(int what, long minutes, int interviewer, int days) {
    }

    private record Case(Member member, Instant start, Cadence cadence, Optional<Integer> decisionInDays,
                        int interviewers, long recordedMinutesBefore, List<Report> reports, long nowMinutes) {

        ZoneId zone() {
            return member.zoneId();
        }

        MemberSettings settings() {
            return member.settings(cadence);
        }

        Interview interview() {
            final Instant end = start.plus(Interview.DEFAULT_LENGTH);
            final Instant recorded = recordedMinutesBefore > 0 ? start.minus(Duration.ofMinutes(recordedMinutesBefore)) : end;
            return PlanGenerators.interview(start, zone(), interviewers, decisionInDays, recorded);
        }

        Instant end() {
            return start.plus(Interview.DEFAULT_LENGTH);
        }

        /** The moment the plan is made: after every report, maybe before the interview if nothing was reported. */
        Instant now() {
            final Instant now = end().plus(Duration.ofMinutes(nowMinutes));
            return now.isBefore(interview().recordedAt()) ? interview().recordedAt() : now;
        }

        List<InterviewEvent> events() {
            final List<InterviewEvent> events = new ArrayList<>();
            for (final Report report : reports) {
                event(report).ifPresent(events::add);
            }
            return events;
        }

        private Optional<String> person(final Report report) {
            return interviewers == 0 ? Optional.empty() : Optional.of("Interviewer " + report.interviewer() % interviewers);
        }

        private Optional<InterviewEvent> event(final Report report) {
            if (report.minutes() > nowMinutes) {
                return Optional.empty();
            }
            final Instant at = end().plus(Duration.ofMinutes(report.minutes()));
            final LocalDate day = at.atZone(zone()).toLocalDate();
            return Optional.of(switch (report.what()) {
                case 0, 1 -> new InterviewEvent.Sent(at, StepKind.THANK_YOU, person(report));
                case 2 -> new InterviewEvent.Sent(at, StepKind.LINKEDIN, person(report));
                case 3, 4 -> new InterviewEvent.Sent(at, StepKind.CHECK_IN, Optional.empty());
                case 5 -> new InterviewEvent.StillDeciding(at, Optional.of(day.plusDays(report.days())));
                case 6 -> new InterviewEvent.StillDeciding(at, Optional.empty());
                case 7 -> new InterviewEvent.Offer(at);
                case 8 -> new InterviewEvent.CompetingOffer(at, day.plusDays(1 + report.days()));
                case 9 -> new InterviewEvent.Rejected(at);
                case 10 -> new InterviewEvent.Withdrew(at);
                case 11 -> new InterviewEvent.Snoozed(at, StepKind.CHECK_IN, Optional.empty(),
                        at.plus(Duration.ofHours(1 + report.days() * 7L)));
                case 12 -> new InterviewEvent.Snoozed(at, StepKind.THANK_YOU, person(report),
                        at.plus(Duration.ofHours(1 + report.days())));
                case 13 -> new InterviewEvent.Declined(at, StepKind.THANK_YOU, person(report));
                case 14 -> new InterviewEvent.Sent(at, StepKind.REPLY_OFFER, Optional.empty());
                case 15 -> new InterviewEvent.Sent(at, StepKind.REPLY_UPDATE, Optional.empty());
                case 16 -> new InterviewEvent.Archived(at);
                default -> new InterviewEvent.Note(at, "they called");
            });
        }
    }

    private static final List<Member> MEMBERS = List.of(
            new Member("America/New_York", "US"), new Member("Europe/London", "GB"), new Member("Europe/Berlin", "DE"),
            new Member("Asia/Tokyo", "JP"), new Member("Australia/Sydney", "AU"));

    private static final Instant FROM = Instant.parse("2025-06-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2027-06-30T00:00:00Z");
    private static final long SIX_WEEKS = Duration.ofDays(42).toMinutes();

    /** Each property reads the holidays it depends on afresh (jqwik makes one instance per property). */
    private final BusinessCalendars calendars = BusinessCalendars.withoutClosures();
    private final FollowUpPolicy policy = new FollowUpPolicy(calendars);

    @Provide
    Arbitrary<Case> histories() {
        final Arbitrary<Report> report = Combinators.combine(
                Arbitraries.integers().between(0, 17),
                Arbitraries.longs().between(0, SIX_WEEKS),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 20)).as(Report::new);
        return Combinators.combine(
                Arbitraries.of(MEMBERS),
                PlanGenerators.wholeMinutes(FROM, UNTIL),
                Arbitraries.of(Cadence.class),
                Arbitraries.integers().between(0, 30).optional(0.4),
                Arbitraries.integers().between(0, 3),
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, Arbitraries.just(0L)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(1, Duration.ofDays(3).toMinutes()))),
                report.list().ofMaxSize(8),
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(-Duration.ofHours(30).toMinutes(), 0)),
                        net.jqwik.api.Tuple.of(6, Arbitraries.longs().between(0, SIX_WEEKS + Duration.ofDays(14).toMinutes()))))
                .as(Case::new);
    }

    private Plan planOf(final Case example) {
        return policy.plan(example.interview(), example.settings(), example.events(), example.now());
    }

    /** The last of Rejected, Offer, Withdrew and Archived, as the member reported them: it decides. */
    private static Optional<InterviewEvent> outcome(final Case example) {
        return example.events().stream().sorted(Comparator.comparing(InterviewEvent::at))
                .filter(event -> event instanceof InterviewEvent.Rejected || event instanceof InterviewEvent.Offer
                        || event instanceof InterviewEvent.Withdrew || event instanceof InterviewEvent.Archived)
                .reduce((first, second) -> second);
    }

    private static Set<StepKind> pendingKinds(final Plan plan) {
        final Set<StepKind> kinds = EnumSet.noneOf(StepKind.class);
        plan.steps().forEach(step -> kinds.add(step.kind()));
        plan.waiting().forEach(waiting -> kinds.add(waiting.step().kind()));
        return kinds;
    }

    @Property(tries = 300)
    @Label("a rejection leaves only the gracious reply, a withdrawal only the withdrawal, an archive nothing, "
            + "an offer no check-in and no move-on")
    void theLastOutcomeDecides(@ForAll("histories") final Case example) {
        final Plan plan = planOf(example);
        final Optional<InterviewEvent> outcome = outcome(example);
        if (outcome.isEmpty()) {
            assertThat(plan.stage()).isNotIn(Stage.REJECTED, Stage.WITHDRAWN, Stage.ARCHIVED, Stage.OFFER);
            return;
        }
        final InterviewEvent last = outcome.get();
        if (last instanceof InterviewEvent.Rejected) {
            assertThat(pendingKinds(plan)).isSubsetOf(StepKind.REPLY_REJECTION);
            assertThat(plan.stage()).isEqualTo(Stage.REJECTED);
        } else if (last instanceof InterviewEvent.Withdrew) {
            assertThat(pendingKinds(plan)).isSubsetOf(StepKind.WITHDRAWAL);
            assertThat(plan.stage()).isEqualTo(Stage.WITHDRAWN);
        } else if (last instanceof InterviewEvent.Archived) {
            assertThat(plan.steps()).isEmpty();
            assertThat(plan.waiting()).isEmpty();
            assertThat(plan.stage()).isEqualTo(Stage.ARCHIVED);
        } else {
            assertThat(pendingKinds(plan)).isSubsetOf(StepKind.REPLY_OFFER, StepKind.OFFER_REMINDER,
                    StepKind.THANK_YOU, StepKind.LINKEDIN);
            assertThat(plan.steps(StepKind.LINKEDIN)).allSatisfy(step -> assertThat(step.sequence()).isEqualTo(1));
            assertThat(plan.stage()).isEqualTo(Stage.OFFER);
        }
        assertThat(plan.stage().closed()).isEqualTo(!(last instanceof InterviewEvent.Offer));
    }

    @Property(tries = 300)
    @Label("a reply is planned for every rejection, withdrawal, offer and 'still deciding' the outcome keeps, "
            + "none before what it answers")
    void everyReportGetsItsReply(@ForAll("histories") final Case example) {
        final Plan plan = planOf(example);
        final Optional<InterviewEvent> outcome = outcome(example);
        final List<PlannedStep> all = new ArrayList<>(plan.steps());
        all.addAll(plan.done());
        final List<InterviewEvent> events = example.events();
        if (outcome.isPresent() && outcome.get() instanceof InterviewEvent.Rejected) {
            final long rejections = events.stream().filter(InterviewEvent.Rejected.class::isInstance).count();
            assertThat(all).filteredOn(step -> step.kind() == StepKind.REPLY_REJECTION).hasSize((int) rejections);
        }
        if (outcome.isPresent() && outcome.get() instanceof InterviewEvent.Withdrew) {
            assertThat(plan.steps(StepKind.WITHDRAWAL)).isNotEmpty();
        }
        if (outcome.isEmpty()) {
            final long updates = events.stream().filter(InterviewEvent.StillDeciding.class::isInstance).count();
            assertThat(all).filteredOn(step -> step.kind() == StepKind.REPLY_UPDATE).hasSize((int) updates);
            final long competing = events.stream().filter(InterviewEvent.CompetingOffer.class::isInstance).count();
            assertThat(all).filteredOn(step -> step.kind() == StepKind.COMPETING_OFFER).hasSizeGreaterThanOrEqualTo((int) competing);
        }
        final Instant firstReport = events.stream().map(InterviewEvent::at).min(Comparator.naturalOrder())
                .orElse(example.now());
        assertThat(plan.steps()).filteredOn(step -> EnumSet.of(StepKind.REPLY_UPDATE, StepKind.REPLY_REJECTION,
                        StepKind.REPLY_OFFER, StepKind.WITHDRAWAL, StepKind.COMPETING_OFFER).contains(step.kind()))
                .allSatisfy(step -> assertThat(step.at().toInstant()).isAfterOrEqualTo(firstReport));
    }

    @Property(tries = 300)
    @Label("no nudge in quiet hours, steps in time order in the member's zone, none before the bot heard of the interview")
    void quietOrderedAndNotBeforeLearning(@ForAll("histories") final Case example) {
        final Plan plan = planOf(example);
        assertOrderedInTheMembersZoneOutOfQuietHours(plan, example.settings());
        assertThat(plan.steps()).allSatisfy(step ->
                assertThat(step.at().toInstant()).isAfterOrEqualTo(example.interview().recordedAt()));
        assertThat(plan.done().stream().map(step -> step.at().toInstant()).toList()).isSorted();
    }

    @Property(tries = 300)
    @Label("check-ins: at most one a week, never before the latest date the employer gave, on business days at the "
            + "nudge hour unless snoozed; move on a week after the last")
    void checkInsRespectTheirDates(@ForAll("histories") final Case example) {
        final Plan plan = planOf(example);
        final BusinessCalendar calendar = calendars.of(example.member().country());
        final Set<Integer> snoozed = snoozedCheckIns(example.events());
        final List<PlannedStep> checkIns = new ArrayList<>(plan.done(StepKind.CHECK_IN));
        checkIns.addAll(plan.steps(StepKind.CHECK_IN));
        checkIns.sort(Comparator.comparingInt(PlannedStep::sequence));
        final LocalDate floor = floor(example, calendar);
        for (final PlannedStep step : plan.steps(StepKind.CHECK_IN)) {
            if (snoozed.contains(step.sequence())) {
                continue;
            }
            assertThat(calendar.isBusinessDay(step.at().toLocalDate())).as("business day %s", step.at()).isTrue();
            assertThat(step.at().toLocalTime()).isEqualTo(example.settings().nudgeHour());
            assertThat(step.at().toLocalDate()).as("not before %s", floor).isAfterOrEqualTo(floor);
            final int index = checkIns.indexOf(step);
            if (index > 0) {
                assertThat(checkIns.get(index - 1).at().toLocalDate().plusDays(7))
                        .isBeforeOrEqualTo(step.at().toLocalDate());
            }
        }
        assertThat(checkIns).extracting(PlannedStep::sequence)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, checkIns.size()).boxed().toList());
        if (!plan.steps(StepKind.MOVE_ON).isEmpty() && !checkIns.isEmpty()) {
            final PlannedStep moveOn = plan.steps(StepKind.MOVE_ON).get(0);
            final PlannedStep lastCheckIn = checkIns.get(checkIns.size() - 1);
            assertThat(lastCheckIn.last()).isTrue();
            assertThat(moveOn.at().toLocalDate()).isAfterOrEqualTo(lastCheckIn.at().toLocalDate().plusDays(7));
            assertThat(calendar.isBusinessDay(moveOn.at().toLocalDate())).isTrue();
        }
    }

    @Property(tries = 300)
    @Label("thank-you 1 to 24 hours after the end unless snoozed, skipped once a week has passed; prep gone once the "
            + "interview began; offer reminders within the offer's 24 hours")
    void deadlinesHold(@ForAll("histories") final Case example) {
        final Plan plan = planOf(example);
        final Instant end = example.end();
        final Instant now = example.now();
        final boolean thankYouSnoozed = example.events().stream().anyMatch(event ->
                event instanceof InterviewEvent.Snoozed snooze && snooze.kind() == StepKind.THANK_YOU);
        if (!thankYouSnoozed) {
            assertThat(plan.steps(StepKind.THANK_YOU)).allSatisfy(step -> assertThat(
                    Duration.between(end, step.at().toInstant())).isBetween(Duration.ofHours(1), Duration.ofHours(24)));
        }
        if (Duration.between(end, now).compareTo(Duration.ofDays(7)) > 0 && outcome(example).isEmpty()) {
            assertThat(plan.steps(StepKind.THANK_YOU)).isEmpty();
            assertThat(plan.done(StepKind.THANK_YOU).size() + plan.skipped().stream()
                    .filter(skipped -> skipped.step().kind() == StepKind.THANK_YOU).count())
                    .as("each thank-you sent or skipped with a reason").isGreaterThan(0);
        }
        if (!now.isBefore(example.start())) {
            assertThat(plan.steps(StepKind.PREP)).isEmpty();
        }
        assertThat(plan.steps(StepKind.PREP)).allSatisfy(step ->
                assertThat(step.at().toInstant()).isBefore(example.start().minus(Duration.ofMinutes(30))));
        if (!now.isBefore(end.plus(Duration.ofHours(24)))) {
            assertThat(plan.steps(StepKind.DEBRIEF)).isEmpty();
        }
        final List<Instant> offers = example.events().stream().filter(InterviewEvent.Offer.class::isInstance)
                .map(InterviewEvent::at).sorted().toList();
        for (final PlannedStep reminder : plan.steps(StepKind.OFFER_REMINDER)) {
            final Instant offered = offers.get(reminder.sequence() - 1);
            assertThat(reminder.at().toInstant()).isAfter(offered).isBeforeOrEqualTo(offered.plus(Duration.ofHours(24)));
        }
        if (plan.stage() == Stage.UPCOMING) {
            assertThat(now).isBefore(example.start());
        }
    }

    /** The check-ins the member snoozed: each snooze applies to the one next due when it was made. */
    private static Set<Integer> snoozedCheckIns(final List<InterviewEvent> events) {
        final Set<Integer> sequences = new HashSet<>();
        int sent = 0;
        for (final InterviewEvent event : events.stream().sorted(Comparator.comparing(InterviewEvent::at)).toList()) {
            if (event instanceof InterviewEvent.Sent report && report.kind() == StepKind.CHECK_IN) {
                sent++;
            } else if (event instanceof InterviewEvent.Snoozed snooze && snooze.kind() == StepKind.CHECK_IN) {
                sequences.add(sent + 1);
            }
        }
        return sequences;
    }

    /**
     * The day before which no check-in still to come may fall: the business day after the date the employer last
     * gave (a reply's new date, else the interview's decision date), or a week after their last dateless reply or
     * the interview; never before the business day after the thank-you.
     */
    private static LocalDate floor(final Case example, final BusinessCalendar calendar) {
        final ZoneId zone = example.zone();
        final Optional<InterviewEvent.StillDeciding> lastReply = example.events().stream()
                .sorted(Comparator.comparing(InterviewEvent::at)).filter(InterviewEvent.StillDeciding.class::isInstance)
                .map(InterviewEvent.StillDeciding.class::cast).reduce((first, second) -> second);
        final LocalDate interviewDay = example.start().atZone(zone).toLocalDate();
        final LocalDate stated = lastReply.map(reply -> reply.newDate().map(calendar::nextBusinessDayAfter)
                        .orElseGet(() -> calendar.businessDayOnOrAfter(reply.at().atZone(zone).toLocalDate().plusDays(7))))
                .orElseGet(() -> example.interview().decisionDate().map(calendar::nextBusinessDayAfter)
                        .orElseGet(() -> calendar.businessDayOnOrAfter(interviewDay.plusDays(7))));
        final LocalDate afterThankYou = calendar.nextBusinessDayAfter(ZonedDateTime.ofInstant(example.end(), zone)
                .toLocalDate());
        return stated.isAfter(afterThankYou) ? stated : afterThankYou;
    }
}
