package io.followupbot.store;

import io.followupbot.store.rows.PlanStepRow;
import io.followupbot.store.sealing.SealedRows;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * The steps a member's pause holds ({@code member_pauses}, status {@code held}), in the claiming and settling
 * transactions of {@link DeliveryStore}. When a pause has ended, its held steps are claimed with the due work, so
 * the dispatcher can list them in one message; a pause that held nothing simply ends.
 */
final class PausedSteps {

    private PausedSteps() {
    }

    /** The end of each of these members' pauses, ended or not; members without one are left out. */
    static Map<String, Instant> pauses(final Handle handle, final Collection<String> memberIds) {
        final Map<String, Instant> pauses = new HashMap<>();
        if (memberIds.isEmpty()) {
            return pauses;
        }
        handle.createQuery("SELECT member_id, until_at FROM member_pauses WHERE member_id IN (<ids>)")
                .bindList("ids", List.copyOf(memberIds))
                .map((results, context) -> Map.entry(results.getString(1), Instant.ofEpochMilli(results.getLong(2))))
                .forEach(entry -> pauses.put(entry.getKey(), entry.getValue()));
        return pauses;
    }

    /**
     * Claims the held steps of up to {@code limit} members whose pause has ended, under the claim's token; a pause
     * that ended with nothing held, and none of its member's steps claimed (by another instance telling them what
     * waited), is deleted: the member's steps go out as usual. {@code lock} is {@link DeliveryStore}'s row lock
     * ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL), so two instances never take the same pause.
     */
    static List<PlanStepRow> claimReturns(final Handle handle, final String instanceId, final String token,
                                          final long now, final long claimedUntil, final int limit,
                                          final String lock) {
        final List<String> ended = handle.createQuery("SELECT member_id FROM member_pauses WHERE until_at <= :now "
                        + "ORDER BY until_at LIMIT :limit " + lock)
                .bind("now", now).bind("limit", limit).mapTo(String.class).list();
        final List<PlanStepRow> claimed = new ArrayList<>();
        for (final String memberId : ended) {
            final List<PlanStepRow> held = handle.createQuery("UPDATE plan_steps SET status = 'claimed', "
                            + "claimed_by = :instance, claimed_until = :until, claim_token = :token "
                            + "WHERE member_id = :member AND status = 'held' RETURNING " + PlanStepDao.COLUMNS)
                    .bind("instance", instanceId).bind("until", claimedUntil).bind("token", token)
                    .bind("member", memberId).map(ConstructorMapper.of(PlanStepRow.class)).list();
            if (held.isEmpty()) {
                handle.createUpdate("DELETE FROM member_pauses WHERE member_id = :member AND NOT EXISTS "
                                + "(SELECT 1 FROM plan_steps WHERE member_id = :member AND status = 'claimed')")
                        .bind("member", memberId).execute();
            }
            claimed.addAll(SealedRows.of(handle).openSteps(held));
        }
        return claimed;
    }

    /** What a settlement says of pauses: a member told what waited has their pause ended; one not yet, moved. */
    static void settle(final Handle handle, final Settlement settlement) {
        settlement.returnedMembers().forEach(memberId -> end(handle, memberId));
        settlement.pausesMoved().forEach((memberId, until) -> handle.createUpdate(
                        "UPDATE member_pauses SET until_at = :until WHERE member_id = :member")
                .bind("until", until.toEpochMilli()).bind("member", memberId).execute());
    }

    private static void end(final Handle handle, final String memberId) {
        handle.createUpdate("DELETE FROM member_pauses WHERE member_id = :member").bind("member", memberId).execute();
    }
}
