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
import java.time.Clock;
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
        return store.read(session -> session.interview(member.id(), number).map(stored -> policy.plan(
                edited.learnedAt(stored.interview().recordedAt()), member.settings(), session.events(stored.id()),
                clock.instant())).orElseGet(() -> preview(member, edited)));
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

    /** Appends what the member reported and replans; empty when the member has no interview with that number. */
    public Optional<Tracked> report(final Member member, final int number, final InterviewEvent event) {
        return store.inTransaction(session -> session.interview(member.id(), number).map(stored -> {
            session.appendEvent(member.id(), stored.id(), event);
            return replan(session, member, stored, stored.interview());
        }));
    }

    /** Replaces what the member told about an interview and replans. */
    public Optional<Tracked> edit(final Member member, final int number, final Interview changed) {
        return store.inTransaction(session -> session.interview(member.id(), number).map(stored -> {
            session.appendRecord(member.id(), stored.id(), "edited", "{}");
            return replan(session, member, stored, changed);
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
                replan(session, member, stored, stored.interview());
            }
        }
    }

    /** Every interview of the member with this identity, oldest first; none for a member the bot does not know. */
    public List<Tracked> pipeline(final MemberKey key) {
        return store.read(session -> session.findMember(key)).map(this::pipeline).orElseGet(List::of);
    }

    private Tracked current(final StoreSession session, final Member member, final StoredInterview stored) {
        final List<InterviewEvent> events = session.events(stored.id());
        final Plan plan = policy.plan(stored.interview(), member.settings(), events, clock.instant());
        // the stage as of now (a thank-you due yesterday is no longer due), not as of the last change
        return new Tracked(stored.with(stored.interview(), plan.stage()), events, plan);
    }

    private Tracked replan(final StoreSession session, final Member member, final StoredInterview stored,
                           final Interview interview) {
        final List<InterviewEvent> events = session.events(stored.id());
        final Plan plan = policy.plan(interview, member.settings(), events, clock.instant());
        final StoredInterview updated = stored.with(interview, plan.stage());
        session.updateInterview(updated);
        session.replacePlan(stored.id(), member.id(), plan.steps());
        return new Tracked(updated, events, plan);
    }
}
