package io.followupbot.dates;

/** Thrown inside the date grammar when a phrase looks like a date but cannot be one ("2/30"); its message is for the member. */
class UnreadableDate extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnreadableDate(final String message) {
        super(message, null, false, false);
    }
}
