package io.followupbot.store.rows;

/** One row of {@code events}; {@code interviewId} is null for events about the member as a whole. */
public record EventRow(String id, String memberId, String interviewId, String kind, String payload,
                       long occurredAt, long recordedAt) {
}
