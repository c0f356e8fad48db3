package io.followupbot.delivery;

/**
 * The port the platform adapters (Slack, Discord, web chat) implement: post one nudge into the member's DMs.
 * It may block on the network; it reports failures as a {@link SendResult} rather than throwing (a thrown
 * runtime exception counts as {@link SendResult.RetryLater}).
 */
@FunctionalInterface
public interface NudgeSender {

    SendResult send(Nudge nudge);
}
