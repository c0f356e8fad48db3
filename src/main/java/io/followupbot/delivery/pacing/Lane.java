package io.followupbot.delivery.pacing;

/**
 * Which queue a platform call stands in. A reply to a member who just wrote goes first: bulk work (nudges, weekly
 * digests, catch-up after downtime) leaves part of each budget to it and waits while a reply waits.
 */
public enum Lane {
    /** An answer to a member's input: they are waiting for it. */
    INTERACTIVE,
    /** Nudges, digests, catch-up: nobody is waiting for the exact second. */
    BULK
}
