package io.followupbot.store.rows;

/** One row of {@code interviews}: an application and its first round, or a later round ({@code applicationId}). */
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
        long updatedAt,
        String applicationId,
        int roundNumber) {

    /** Whether this row is an application (and its first round) rather than a later round of one. */
    public boolean isApplication() {
        return applicationId == null;
    }
}
