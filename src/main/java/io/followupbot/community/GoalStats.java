package io.followupbot.community;

import io.followupbot.followup.FollowUps;
import io.followupbot.followup.WeeklyGoal;
import io.followupbot.interview.Member;
import io.followupbot.store.Store;
import io.followupbot.store.stats.StatsStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The community's weekly-goal figure: of its members who agreed to count and set a weekly goal, the share who met it
 * last week (the last whole ISO week in each member's zone, counted as {@link WeeklyGoal} counts it). Like every
 * figure it stands on its members, and is hidden below {@link OutcomeStats#MIN_MEMBERS} members with a goal.
 */
final class GoalStats {

    private final StatsStore facts;
    private final Store store;
    private final FollowUps followUps;
    private final Clock clock;

    GoalStats(final StatsStore facts, final Store store, final FollowUps followUps, final Clock clock) {
        this.facts = facts;
        this.store = store;
        this.followUps = followUps;
        this.clock = clock;
    }

    /** The share who met their goal last week, standing on the members with a goal. */
    OutcomeStats.Figure metLastWeek(final CommunityKey community) {
        int withGoal = 0;
        int met = 0;
        for (final String memberId : facts.membersWithGoal(community.platform(), community.id())) {
            final Optional<Member> member = store.read(session -> session.member(memberId));
            if (member.isEmpty()) {
                continue;
            }
            final ZoneId zone = member.get().settings().zone();
            final LocalDate lastWeek = WeeklyGoal.weekOf(clock.instant(), zone).minusDays(7);
            withGoal++;
            met += WeeklyGoal.done(followUps.pipeline(member.get()), zone, lastWeek)
                    >= member.get().settings().weeklyGoal() ? 1 : 0;
        }
        return new OutcomeStats.Figure(withGoal == 0 ? 0 : (double) met / withGoal, withGoal);
    }
}
