package io.followupbot.store.stats;

import java.util.List;
import io.followupbot.store.sealing.SealedRows;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What a community's anonymous figures are made of: the interviews, events and delivered check-in nudges of the
 * community's members who agreed to count (member_community.stats_consent), and which of them set a weekly goal;
 * never a company or a name.
 */
public final class StatsStore {

    /** An interview of a consenting member: when it was and how long. */
    public record InterviewFact(String memberId, String interviewId, long startsAt, int lengthMinutes) {
    }

    /** An event of such an interview: its kind, its payload (the step of a "sent"), when it happened. */
    public record EventFact(String interviewId, String kind, String payload, long occurredAt) {
    }

    /** A check-in nudge the bot delivered for such an interview. */
    public record NudgeFact(String interviewId, long dueAt) {
    }

    /** Everything at once, read in one transaction. */
    public record Facts(List<InterviewFact> interviews, List<EventFact> events, List<NudgeFact> nudges) {
    }

    private static final String CONSENTING = "SELECT m.id FROM members m JOIN member_community c ON c.member_id = m.id "
            + "WHERE c.stats_consent = 1 AND m.platform = :platform AND COALESCE(c.community_id, m.workspace_id) "
            + "= :community";

    private final Jdbi jdbi;

    public StatsStore(final Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Facts facts(final String platform, final String communityId) {
        return jdbi.inTransaction(handle -> new Facts(interviews(handle, platform, communityId),
                handle.createQuery("SELECT e.interview_id, e.kind, e.payload, e.occurred_at, e.id FROM events e JOIN interviews i "
                                + "ON i.id = e.interview_id WHERE i.member_id IN (" + CONSENTING + ")")
                        .bind("platform", platform).bind("community", communityId)
                        .map((rs, ctx) -> new EventFact(rs.getString(1), rs.getString(2),
                                SealedRows.of(handle).openPayload(rs.getString(3), rs.getString(5)), rs.getLong(4)))
                        .list(),
                handle.createQuery("SELECT p.interview_id, p.due_at FROM plan_steps p WHERE p.kind = 'check_in' "
                                + "AND p.status = 'delivered' AND p.member_id IN (" + CONSENTING + ")")
                        .bind("platform", platform).bind("community", communityId)
                        .map((rs, ctx) -> new NudgeFact(rs.getString(1), rs.getLong(2))).list()));
    }

    /** The consenting members who set a weekly goal (members.weekly_goal above 0), by id. */
    public List<String> membersWithGoal(final String platform, final String communityId) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT m.id FROM members m WHERE m.weekly_goal > 0 "
                        + "AND m.id IN (" + CONSENTING + ") ORDER BY m.id")
                .bind("platform", platform).bind("community", communityId).mapTo(String.class).list());
    }

    /**
     * One fact per application (its own row; its events are its rounds' too): a later round is not another one, and
     * an application with no interview yet ({@code applied}) is no interview.
     */
    private static List<InterviewFact> interviews(final Handle handle, final String platform, final String communityId) {
        return handle.createQuery("SELECT i.member_id, i.id, i.starts_at, i.length_minutes FROM interviews i "
                        + "WHERE i.application_id IS NULL AND i.format <> 'APPLICATION' AND i.member_id IN ("
                        + CONSENTING + ")")
                .bind("platform", platform).bind("community", communityId)
                .map((rs, ctx) -> new InterviewFact(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4)))
                .list();
    }
}
