package io.followupbot.dates;

/**
 * Thrown inside the date grammar when a phrase contradicts itself ("Monday the 16th" when the 16th is a
 * Tuesday): the parser turns it into one question offering the readings.
 */
final class DoubtfulDate extends UnreadableDate {

    private static final long serialVersionUID = 1L;

    private final transient Readings.Doubt doubt;

    DoubtfulDate(final Readings.Doubt doubt) {
        super(doubt.question());
        this.doubt = doubt;
    }

    Readings.Doubt doubt() {
        return doubt;
    }
}
