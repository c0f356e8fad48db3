package io.followupbot.store.rows;

/**
 * One message of a member's web chat transcript.
 *
 * @param seq its number in the member's transcript, from 1, never reused
 * @param sender {@code member}, {@code bot} (an answer) or {@code nudge} (sent by the scheduler)
 * @param body the message as the page shows it (JSON)
 * @param answered whether its buttons no longer apply
 */
public record TranscriptRow(long seq, long sentAt, String sender, String body, boolean answered) {
}
