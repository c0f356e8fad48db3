package io.followupbot.followup;

import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.StoredInterview;
import io.followupbot.interview.MemberSettings;
import io.followupbot.policy.BusinessCalendar;
import io.followupbot.policy.FollowUpPolicy;
import io.followupbot.policy.Plan;
import io.followupbot.store.Store;
import io.followupbot.store.StoreSession;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.InterviewFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The use cases of following up: record an interview, report what happened, edit, replan, forget. Each
 * runs in one transaction that stores the change, works the plan out again with the
 * {@link FollowUpPolicy} and replaces the scheduled steps, so a step made obsolete is cancelled by the same
 * commit that made it obsolete.
 */
public final class FollowUps {

    private final Store store;
    private final FollowUpPolicy policy;
    private final Clock clock;

    /** The business calendar of the member's place, the one their plans count in. */
    public BusinessCalendar calendarOf(final MemberSettings settings) {
        return policy.calendarOf(settings);
    }

    public FollowUps(final Store store, final FollowUpPolicy policy, final Clock clock) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
    }

    /** What the plan of an interview would be, without storing anything (the summary before confirming). */
    public Plan preview(final Member member, final Interview interview) {
        return policy.plan(interview, member.settings(), List.of(), clock.instant());
    }

    /**
     * What the plan of interview {@code number} would be after an edit: with everything that happened to it,
     * as of when the bot first learned of it; the plan of a new interview when there is no such number.
     */
    public Plan preview(final Member member, final int number, final Interview edited) {
        return preview(member, number, 0, edited);
    }

    /** The same for round {@code round} of the application (0: its latest). */
    public Plan preview(final Member member, final int number, final int round, final Interview edited) {
        return store.read(session -> session.interview(member.id(), number)
                .filter(stored -> round <= stored.roundCount()).map(stored -> {
                    final int which = round == 0 ? stored.roundCount() : round;
                    return policy.plan(stored.withRound(which, edited.learnedAt(stored.round(which).recordedAt()))
                            .interviews(), member.settings(), session.events(stored.id()), clock.instant());
                }).orElseGet(() -> preview(member, edited)));
    }

    public Tracked record(final Member member, final Interview interview) {
        return store.inTransaction(session -> {
            final Plan plan = preview(member, interview);
            final StoredInterview stored = session.addInterview(member.id(), interview, plan.stage());
            session.appendRecord(member.id(), stored.id(), "recorded", "{}");
            session.replacePlan(stored.id(), member.id(), plan.steps());
            return new Tracked(stored, List.of(), plan);
        });
    }

    /**
     * Records an application sent before any interview (issue 33) under a new number: its one round is the
     * application itself, sent at {@code sentAt}, and its plan the follow-up on it and the move-on.
     */
    public Tracked apply(final Member member, final String company, final String role, final Instant sentAt) {
        final Interview application = new Interview(company, role, sentAt, Duration.ZERO, InterviewFormat.APPLICATION,
                List.of(), Optional.empty(), ContactChannel.EMAIL, clock.instant(), "", "");
        final InterviewEvent applied = new InterviewEvent.Applied(sentAt);
        return store.inTransaction(session -> {
            final Plan plan = policy.plan(application, member.settings(), List.of(applied), clock.instant());
            final StoredInterview stored = session.addInterview(member.id(), application, plan.stage());
            session.appendRecord(member.id(), stored.id(), "application", "{}");
            session.appendEvent(member.id(), stored.id(), applied);
            session.replacePlan(stored.id(), member.id(), plan.steps());
            return new Tracked(stored, List.of(applied), plan);
        });
    }

    /**
     * Adds a round to application {@code number} and replans it: the new round's thank-yous, and the check-ins
     * and move-on from it; empty when the member has no application with that number.
     */
    public Optional<Tracked> addRound(final Member member, final int number, final Interview round) {
        return store.inTransaction(session -> session.interview(member.id(), number).map(stored -> {
            if (stored.awaitingInterview()) {
                // the first interview of an application takes the application's place, and its plan the follow-up's
                session.appendRecord(member.id(), stored.id(), "interviewed", "{}");
                return replan(session, member, stored.withRound(1, ofTheProcess(round, stored)));
            }
            final StoredInterview more = session.addRound(stored, ofTheProcess(round, stored));
            session.appendRecord(member.id(), stored.id(), "round", "{}");
            return replan(session, member, more);
        }));
    }

    /** A round as typed, with the application's company and role as its first round has them (the process's name). */
    private static Interview ofTheProcess(final Interview round, final StoredInterview application) {
        final Interview first = application.rounds().get(0).interview();
        return new Interview(first.company(), first.role(), round.startsAt(), round.length(), round.format(),
                round.interviewers(), round.decisionDate(), round.channel(), round.recordedAt(), round.addition(),
                round.pastResult());
    }

    /** What the plan of application {@code number} would be with {@code round} added (before confirming). */
    public Optional<Plan> previewRound(final Member member, final int number, final Interview round) {
        return store.read(session -> session.interview(member.id(), number).map(stored -> policy.plan(
                stored.awaitingInterview() ? List.of(ofTheProcess(round, stored))
                        : stored.plus(new StoredInterview.Round("preview", ofTheProcess(round, stored))).interviews(),
                member.settings(), session.events(stored.id()), clock.instant())));
    }

    /**
     * Makes application {@code from} part of application {@code into} (two applications that were one): its rounds,
     * events and sent steps; one plan after. Empty when either number is not the member's, or they are the same.
     */
    public Optional<Tracked> merge(final Member member, final int into, final int from) {
        if (into == from) {
            return Optional.empty();
        }
        // an application with no interview yet has no round to give or take: its interview is entered as a round
        return store.inTransaction(session -> session.interview(member.id(), into).filter(t -> !t.awaitingInterview())
                .flatMap(target -> session.interview(member.id(), from).filter(s -> !s.awaitingInterview()).map(source -> {
                    session.cancelPlan(source.id());
                    final StoredInterview merged = session.merge(target, source);
                    session.appendRecord(member.id(), target.id(), "merged", "{}");
                    return replan(session, member, merged);
                })));
    }

    /**
     * Makes round {@code round} of application {@code number} an application of its own, under a new number;
     * returns both, each replanned. Empty when there is no such application or round, or it has one round only.
     */
    public Optional<List<Tracked>> split(final Member member, final int number, final int round) {
        return store.inTransaction(session -> session.interview(member.id(), number)
                // not the round it was entered with (so never the only round): that one is the application itself
                .filter(stored -> round >= 1 && round <= stored.roundCount()
                        && !stored.rounds().get(round - 1).id().equals(stored.id()))
                .map(stored -> {
                    final List<StoredInterview> both = session.split(stored, round);
                    session.appendRecord(member.id(), stored.id(), "split", "{}");
                    return both.stream().map(each -> replan(session, member, each)).toList();
                }));
    }

    /** Appends what the member reported and replans; empty when the member has no interview with that number. */
    public Optional<Tracked> report(final Member member, final int number, final InterviewEvent event) {
        return store.inTransaction(session -> session.interview(member.id(), number).map(stored -> {
            session.appendEvent(member.id(), stored.id(), event);
            return replan(session, member, stored);
        }));
    }

    /** Replaces what the member told about an application's latest round and replans. */
    public Optional<Tracked> edit(final Member member, final int number, final Interview changed) {
        return edit(member, number, 0, changed);
    }

    /**
     * Replaces what the member told about round {@code round} of an application (0: its latest) and replans; empty
     * when there is no such application or round.
     */
    public Optional<Tracked> edit(final Member member, final int number, final int round, final Interview changed) {
        return store.inTransaction(session -> session.interview(member.id(), number)
                .filter(stored -> round >= 0 && round <= stored.roundCount()).map(stored -> {
                    session.appendRecord(member.id(), stored.id(), "edited", "{}");
                    return replan(session, member, stored.withRound(round == 0 ? stored.roundCount() : round, changed));
                }));
    }

    public Optional<Tracked> find(final Member member, final int number) {
        return store.read(session -> session.interview(member.id(), number)
                .map(stored -> current(session, member, stored)));
    }

    /** An interview already read (a due nudge's batch), with its events and its current plan. */
    public Tracked current(final Member member, final StoredInterview stored) {
        return store.read(session -> current(session, member, stored));
    }

    /** Every interview of the member, with its current plan, oldest first. */
    public List<Tracked> pipeline(final Member member) {
        return store.read(session -> {
            final List<Tracked> all = new ArrayList<>();
            for (final StoredInterview stored : session.interviews(member.id())) {
                all.add(current(session, member, stored));
            }
            return all;
        });
    }

    /** After a change of settings (zone, cadence, nudge hour...): every open interview is replanned. */
    public void replanAll(final Member member) {
        store.useTransaction(session -> replanAll(session, member));
    }

    /** The same, in a transaction that also changed the member. */
    void replanAll(final StoreSession session, final Member member) {
        for (final StoredInterview stored : session.interviews(member.id())) {
            if (!stored.stage().closed()) {
                replan(session, member, stored);
            }
        }
    }

    /** Every interview of the member with this identity, oldest first; none for a member the bot does not know. */
    public List<Tracked> pipeline(final MemberKey key) {
        return store.read(session -> session.findMember(key)).map(this::pipeline).orElseGet(List::of);
    }

    private Tracked current(final StoreSession session, final Member member, final StoredInterview stored) {
        final List<InterviewEvent> events = session.events(stored.id());
        final Plan plan = policy.plan(stored.interviews(), member.settings(), events, clock.instant());
        // the stage as of now (a thank-you due yesterday is no longer due), not as of the last change
        return new Tracked(stored.withStage(plan.stage()), events, plan);
    }

    private Tracked replan(final StoreSession session, final Member member, final StoredInterview stored) {
        final List<InterviewEvent> events = session.events(stored.id());
        final Plan plan = policy.plan(stored.interviews(), member.settings(), events, clock.instant());
        final StoredInterview updated = stored.withStage(plan.stage());
        session.updateInterview(updated);
        session.replacePlan(stored.id(), member.id(), plan.steps());
        return new Tracked(updated, events, plan);
    }
}
