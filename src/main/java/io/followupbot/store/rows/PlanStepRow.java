package io.followupbot.store.rows;

/**
 * One row of {@code plan_steps}. {@code status} is one of pending, claimed, delivered, cancelled, failed,
 * collapsed (superseded by a later due step of the same interview), paused (the member is unreachable) and held
 * (the member paused their reminders).
 */
public record PlanStepRow(
        String id,
        String interviewId,
        String memberId,
        String stepKey,
        String kind,
        String recipient,
        int sequence,
        int isLast,
        long dueAt,
        String status,
        int attempts,
        String claimedBy,
        Long claimedUntil,
        Long deliveredAt,
        String lastError,
        long createdAt) {
}
