package io.followupbot.policy;

import java.time.Duration;
import java.time.Instant;

/**
 * How late a thank-you is, and so how its nudge reads (rules, section 1: within 24 hours; one source allows
 * 48). A thank-you a few days late still helps if it does not pretend to be on time; after a week the first
 * check-in is due and says more, so a thank-you the bot learns of that late is left out.
 */
public final class ThankYouWindow {

    /** Up to here after the interview the usual nudge fits. */
    static final Duration PROMPT = Duration.ofHours(12);
    /** Up to here a normal thank-you still reads as prompt: "send it today". */
    static final Duration TODAY = Duration.ofHours(48);
    /** After this, a thank-you has lost its point: the bot leaves it out when it learns of the interview later. */
    static final Duration STILL_HELPS = Duration.ofDays(7);

    /** The wording class of a thank-you nudge. */
    public enum Wording {
        /** "It should go out within 24 hours." */
        ON_TIME,
        /** "Send it today": up to 48 hours after the interview. */
        TODAY,
        /** The short, honest late variant: it says it is late and does not pretend otherwise. */
        LATE
    }

    private ThankYouWindow() {
    }

    /** How a thank-you for an interview that ended at {@code interviewEnd} reads when it is offered at {@code at}. */
    public static Wording wording(final Instant interviewEnd, final Instant at) {
        final Duration since = Duration.between(interviewEnd, at);
        if (since.compareTo(PROMPT) <= 0) {
            return Wording.ON_TIME;
        }
        return since.compareTo(TODAY) <= 0 ? Wording.TODAY : Wording.LATE;
    }

    /** Whether a thank-you the bot learns of at {@code learnedAt} has lost its point. */
    static boolean lostItsPoint(final Instant interviewEnd, final Instant learnedAt) {
        return Duration.between(interviewEnd, learnedAt).compareTo(STILL_HELPS) > 0;
    }
}
