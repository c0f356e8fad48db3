package io.followupbot.store.rows;

/** One row of {@code conversations}: the serialised state of a member's conversation. */
public record ConversationRow(String memberId, String state, long updatedAt) {
}
