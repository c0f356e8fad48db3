package io.followupbot.interview;

import java.util.Optional;

/**
 * How many status check-ins the member is willing to send while the employer stays silent
 * (rules, section 1: the sources disagree; {@link #STANDARD} is the default).
 */
public enum Cadence {
    /** One check-in, then move on. */
    GENTLE(1),
    /** A check-in and, if still silent, one more a week later, then move on. */
    STANDARD(2),
    /** Up to three weekly check-ins, the last in week 4 alongside a LinkedIn message. */
    PERSISTENT(3);

    /**
     * The least number of calendar days between two status check-ins (rules, sections 1 and 4): the plan spaces
     * them so, and the draft checker warns about a check-in sent sooner.
     */
    public static final int DAYS_BETWEEN_CHECK_INS = 7;

    private final int checkIns;

    Cadence(final int checkIns) {
        this.checkIns = checkIns;
    }

    public int checkIns() {
        return checkIns;
    }

    public String key() {
        return EnumKeys.key(this);
    }

    /** The cadence a key names, in any case: {@code gentle}, {@code Standard}, {@code PERSISTENT}. */
    public static Optional<Cadence> parse(final String text) {
        return EnumKeys.fromKey(Cadence.class, text);
    }
}
