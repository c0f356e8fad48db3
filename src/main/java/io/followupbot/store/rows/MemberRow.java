package io.followupbot.store.rows;

/** One row of {@code members}, as stored: nullable settings fall back to the configured defaults; a weekly goal of 0 is none. */
public record MemberRow(
        String id,
        String platform,
        String workspaceId,
        String userId,
        String displayName,
        String timeZone,
        String country,
        String nudgeHour,
        String quietStart,
        String quietEnd,
        String cadence,
        String fullName,
        String signature,
        String dmChannel,
        String lastChannel,
        Long unreachableSince,
        int nextInterviewNumber,
        long createdAt,
        int weeklyGoal) {
}
