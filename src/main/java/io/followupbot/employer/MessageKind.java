package io.followupbot.employer;

import java.util.Locale;

/** What an employer's message asks of the member, or tells them; the one action the bot proposes follows from it. */
public enum MessageKind {
    /** An interview invitation or its confirmation, with or without a time. */
    INVITE,
    /** A request for the member's availability (times, a scheduling link). */
    AVAILABILITY,
    /** The member moves forward to a next round not yet scheduled. */
    NEXT_ROUND,
    /** News on the process: a new decision date, a delay, a moved interview. */
    UPDATE,
    /** The application ends. */
    REJECTION,
    /** An offer, perhaps with a deadline. */
    OFFER,
    /** An automated "we received your application". */
    ACKNOWLEDGEMENT,
    /** Nothing to do: not about an application, or not a message the bot can read. */
    OTHER;

    /** The name on the command line and in JSON: {@code next_round}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
