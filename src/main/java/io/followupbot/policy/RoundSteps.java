package io.followupbot.policy;

import io.followupbot.interview.Interview;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.StepKind;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The steps that follow each round of an application (rules, sections 1 and 2): the prep and the debrief of a round
 * entered in advance, one thank-you per interviewer, and a LinkedIn connection after a person's first thank-you.
 *
 * <p>Steps of the same kind are numbered across the rounds: the second round's thank-you to someone met in the first
 * is their thank-you #2, a debrief is numbered among the rounds entered in advance. An application of one round
 * therefore plans exactly what an interview on its own did.
 */
final class RoundSteps {

    /** A prep nudge later than this before the interview starts comes too late to help. */
    private static final Duration PREP_BEFORE_START = Duration.ofMinutes(30);
    /** The member is asked how it went this long after the interview ends. */
    private static final Duration DEBRIEF_AFTER_END = Duration.ofMinutes(30);
    /** An unanswered question about how it went is dropped from the plan after this: the thank-you matters more. */
    private static final Duration DEBRIEF_KEPT = Duration.ofHours(24);

    private final NudgeTimes times;
    private final Instant now;

    RoundSteps(final NudgeTimes times, final Instant now) {
        this.times = times;
        this.now = now;
    }

    /** Plans every round's steps; returns the day from which the latest round's check-ins may follow. */
    LocalDate plan(final List<Interview> rounds, final PlanDraft draft) {
        final Set<String> met = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        final List<String> earlierNames = new ArrayList<>();
        int inAdvance = 0;
        LocalDate lastThankYouDay = null;
        for (int index = 0; index < rounds.size(); index++) {
            final Interview round = rounds.get(index);
            draft.beginRound(index + 1, round.recordedAt());
            if (round.enteredInAdvance()) {
                inAdvance++;
                planPrep(round, inAdvance, draft);
                planDebrief(round, inAdvance, draft);
            }
            lastThankYouDay = planThankYouAndLinkedIn(round, recipients(round), earlierNames, met, draft);
            for (final Optional<String> recipient : recipients(round)) {
                met.add(recipient.orElse(""));
                earlierNames.add(recipient.map(name -> name.toLowerCase(Locale.ROOT)).orElse(""));
            }
        }
        return lastThankYouDay;
    }

    /** One entry per interviewer of the round (the first spelling of each name), or one empty entry if none. */
    static List<Optional<String>> recipients(final Interview round) {
        final List<String> names = names(List.of(round));
        return names.isEmpty() ? List.of(Optional.empty()) : names.stream().map(Optional::of).toList();
    }

    /**
     * Every interviewer of the application, in the order the member first named them; a round without names counts as
     * one nameless person (""), where it comes, when another round has names: a report naming nobody then settles the
     * step of whoever has the fewest reports, the nameless round's included.
     */
    static List<String> everyone(final List<Interview> rounds) {
        final List<String> all = names(rounds);
        if (all.isEmpty() || rounds.stream().allMatch(round -> !names(List.of(round)).isEmpty())) {
            return all;
        }
        final Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        final List<String> everyone = new ArrayList<>();
        for (final Interview round : rounds) {
            final List<String> named = names(List.of(round));
            (named.isEmpty() ? List.of("") : named).stream().filter(seen::add).forEach(everyone::add);
        }
        return everyone;
    }

    private static List<String> names(final List<Interview> rounds) {
        final Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        return rounds.stream().flatMap(round -> round.interviewers().stream())
                .map(interviewer -> interviewer.name().strip())
                .filter(name -> !name.isEmpty() && seen.add(name)).toList();
    }

    /**
     * The morning of an interview entered in advance, or at once if the bot learned of it later that morning;
     * none once the interview has begun.
     */
    private void planPrep(final Interview interview, final int sequence, final PlanDraft draft) {
        if (!now.isBefore(interview.startsAt())) {
            return;
        }
        final ZonedDateTime morning = times.notBefore(times.atNudgeHour(times.localDate(interview.startsAt())),
                interview.recordedAt(), true);
        if (morning.toInstant().isBefore(interview.startsAt().minus(PREP_BEFORE_START))) {
            draft.add(StepKind.PREP, Optional.empty(), sequence, false, morning);
        }
    }

    /** Just after an interview entered in advance: who was there, what stood out, when they will decide. */
    private void planDebrief(final Interview interview, final int sequence, final PlanDraft draft) {
        final boolean stillFresh = now.isBefore(interview.endsAt().plus(DEBRIEF_KEPT));
        if (stillFresh || draft.sentAt(StepKind.DEBRIEF, Optional.empty(), sequence).isPresent()) {
            draft.add(StepKind.DEBRIEF, Optional.empty(), sequence, false,
                    times.soonAfter(interview.endsAt().plus(DEBRIEF_AFTER_END)));
        }
    }

    /**
     * One thank-you per interviewer, then a LinkedIn connection the next business day after that thank-you went
     * out (or the member said they would skip it), for a person met for the first time; returns the day from which
     * check-ins may follow. A thank-you the bot learned of too late to help is left out, and its LinkedIn connection
     * with it (never instead of it).
     */
    private LocalDate planThankYouAndLinkedIn(final Interview interview, final List<Optional<String>> recipients,
            final List<String> earlierNames, final Set<String> met, final PlanDraft draft) {
        final ZonedDateTime thankYouAt = new DeadlineTiming(times.quietHours(), times.zone())
                .thankYouAfter(interview.endsAt());
        final boolean learnedTooLate = ThankYouWindow.lostItsPoint(interview.endsAt(), interview.recordedAt());
        // after downtime, or left unanswered for a week: the same rule as of now
        final boolean nowTooLate = ThankYouWindow.lostItsPoint(interview.endsAt(), now);
        if (learnedTooLate || nowTooLate) {
            final long days = Duration.between(interview.endsAt(), learnedTooLate ? interview.recordedAt() : now)
                    .toDays();
            for (final Optional<String> recipient : recipients) {
                final int sequence = sequenceOf(recipient, earlierNames);
                if (draft.settledAt(StepKind.THANK_YOU, recipient, sequence).isPresent()) {
                    planThankYouOf(recipient, sequence, !met(recipient, met), thankYouAt, draft);
                } else {
                    draft.skip(StepKind.THANK_YOU, recipient, sequence, thankYouAt, days + " days after the "
                            + "interview, a thank-you has lost its point; the check-in does the job now");
                }
            }
            return learnedTooLate ? times.localDate(interview.recordedAt()).minusDays(1) : thankYouAt.toLocalDate();
        }
        LocalDate lastThankYouDay = thankYouAt.toLocalDate();
        for (final Optional<String> recipient : recipients) {
            lastThankYouDay = later(lastThankYouDay, planThankYouOf(recipient, sequenceOf(recipient, earlierNames),
                    !met(recipient, met), thankYouAt, draft));
        }
        return lastThankYouDay;
    }

    /** One interviewer's thank-you and, once it is sent or skipped, the LinkedIn connection; returns its day. */
    private LocalDate planThankYouOf(final Optional<String> recipient, final int sequence, final boolean firstMeeting,
            final ZonedDateTime thankYouAt, final PlanDraft draft) {
        final ZonedDateTime thanked = draft.add(StepKind.THANK_YOU, recipient, sequence, false, thankYouAt);
        if (!firstMeeting) {
            return thanked.toLocalDate();
        }
        final Optional<Instant> settled = draft.settledAt(StepKind.THANK_YOU, recipient, sequence);
        final LocalDate connectDay = times.calendar().nextBusinessDayAfter(
                settled.map(times::localDate).orElse(thanked.toLocalDate()));
        if (settled.isPresent()) {
            draft.add(StepKind.LINKEDIN, recipient, 1, false, times.atNudgeHour(connectDay));
        } else {
            draft.wait(StepKind.LINKEDIN, recipient, 1, times.atNudgeHour(connectDay),
                    new PlannedStep(StepKind.THANK_YOU, thanked, recipient, sequence, false));
        }
        return thanked.toLocalDate();
    }

    /** A person's thank-you number: one more than the earlier rounds they were in (or, unnamed, without names). */
    private static int sequenceOf(final Optional<String> recipient, final List<String> earlierNames) {
        final String name = recipient.map(given -> given.toLowerCase(Locale.ROOT)).orElse("");
        return (int) earlierNames.stream().filter(name::equals).count() + 1;
    }

    private static boolean met(final Optional<String> recipient, final Set<String> met) {
        return met.contains(recipient.orElse(""));
    }

    private static LocalDate later(final LocalDate first, final LocalDate second) {
        return first.isAfter(second) ? first : second;
    }
}
