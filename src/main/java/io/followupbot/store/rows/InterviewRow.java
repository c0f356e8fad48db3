package io.followupbot.store.rows;

/** One row of {@code interviews}. */
public record InterviewRow(
        String id,
        String memberId,
        int number,
        String company,
        String role,
        long startsAt,
        int lengthMinutes,
        String format,
        String decisionDate,
        String channel,
        long recordedAt,
        String addition,
        String pastResult,
        String stage,
        int archived,
        long updatedAt) {
}
