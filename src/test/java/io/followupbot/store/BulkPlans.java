package io.followupbot.store;

import io.followupbot.sealing.FieldCipher;
import io.followupbot.sealing.FieldRef;
import io.followupbot.store.sealing.Sealing;
import java.util.UUID;
import java.util.function.LongBinaryOperator;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Test data in bulk: members, each with interviews, each with a plan of pending steps, inserted with
 * prepared-statement batches in one transaction per chunk of members. Fast enough for a million steps.
 */
public final class BulkPlans {

    private static final int CHUNK = 1_000;

    private BulkPlans() {
    }

    /**
     * Inserts {@code members} members with {@code interviewsEach} interviews of {@code stepsEach} steps.
     *
     * @param dueAt (interview index over all members, step index) -> due time in epoch millis
     * @return how many steps were inserted
     */
    public static long insert(final Jdbi jdbi, final String platform, final int members, final int interviewsEach,
                              final int stepsEach, final long createdAt, final LongBinaryOperator dueAt) {
        long steps = 0;
        for (int first = 0; first < members; first += CHUNK) {
            final int from = first;
            final int to = Math.min(members, first + CHUNK);
            steps += jdbi.inTransaction(handle -> {
                // member text sealed as the store would seal it, when the database has a key
                final FieldCipher cipher = Sealing.of(handle);
                final PreparedBatch memberBatch = handle.prepareBatch("INSERT INTO members (id, platform, "
                        + "workspace_id, user_id, display_name, unreachable_since, next_interview_number, created_at) "
                        + "VALUES (?, ?, 'W1', ?, ?, NULL, ?, ?)");
                final PreparedBatch interviewBatch = handle.prepareBatch("INSERT INTO interviews (id, member_id, "
                        + "number, company, role, starts_at, length_minutes, format, decision_date, channel, "
                        + "recorded_at, addition, stage, archived, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, 45, 'VIDEO', NULL, 'EMAIL', ?, '', 'WAITING', 0, ?)");
                final PreparedBatch stepBatch = handle.prepareBatch("INSERT INTO plan_steps (id, interview_id, "
                        + "member_id, step_key, kind, recipient, sequence, is_last, due_at, status, attempts, created_at) "
                        + "VALUES (?, ?, ?, ?, 'check_in', NULL, ?, ?, ?, 'pending', 0, ?)");
                long inserted = 0;
                for (int member = from; member < to; member++) {
                    final String memberId = UUID.randomUUID().toString();
                    memberBatch.add(memberId, platform, "U" + member,
                            cipher.seal("member " + member, FieldRef.of("members", "display_name", memberId)),
                            interviewsEach + 1, createdAt);
                    for (int interview = 0; interview < interviewsEach; interview++) {
                        final long index = (long) member * interviewsEach + interview;
                        final String interviewId = UUID.randomUUID().toString();
                        interviewBatch.add(interviewId, memberId, interview + 1,
                                cipher.seal("Company " + index, FieldRef.of("interviews", "company", interviewId)),
                                cipher.seal("Engineer", FieldRef.of("interviews", "role", interviewId)), createdAt,
                                createdAt, createdAt);
                        for (int step = 0; step < stepsEach; step++) {
                            final String stepId = UUID.randomUUID().toString();
                            stepBatch.add(stepId, interviewId, memberId,
                                    cipher.seal("check_in#" + (step + 1), FieldRef.of("plan_steps", "step_key", stepId)),
                                    step + 1, step == stepsEach - 1 ? 1 : 0,
                                    dueAt.applyAsLong(index, step), createdAt);
                            inserted++;
                        }
                    }
                }
                memberBatch.execute();
                interviewBatch.execute();
                stepBatch.execute();
                return inserted;
            });
        }
        return steps;
    }

    /** How many steps have this status. */
    public static int count(final Jdbi jdbi, final String status) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM plan_steps WHERE status = :status")
                .bind("status", status).mapTo(Integer.class).one());
    }

    /** How many rows of the event log have this kind. */
    public static int countEvents(final Jdbi jdbi, final String kind) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM events WHERE kind = :kind")
                .bind("kind", kind).mapTo(Integer.class).one());
    }
}
