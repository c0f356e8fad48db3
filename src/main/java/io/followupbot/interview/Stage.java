package io.followupbot.interview;

/** Where one interview stands, as the pipeline shows it. */
public enum Stage {
    /** An application sent, with no interview yet: its follow-up and its move-on are planned. */
    APPLIED("applied, no interview yet"),
    UPCOMING("upcoming"),
    THANK_YOU_DUE("thank-you due"),
    WAITING("waiting to hear"),
    CHECKING_IN("checking in"),
    OFFER("offer"),
    REJECTED("rejected"),
    WITHDRAWN("withdrawn"),
    MOVED_ON("moved on"),
    ARCHIVED("archived");

    private final String label;

    Stage(final String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return this == REJECTED || this == WITHDRAWN || this == MOVED_ON || this == ARCHIVED;
    }
}
