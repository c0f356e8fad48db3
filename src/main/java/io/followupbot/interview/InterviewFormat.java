package io.followupbot.interview;

import java.util.Locale;
import java.util.Optional;

/** How the interview was held; it shapes the wording of drafts and the channel of later steps. */
public enum InterviewFormat {
    PHONE,
    VIDEO,
    ONSITE,
    /**
     * Not an interview: the application itself, sent before any interview (issue 33). An application entered with
     * {@code applied} holds one round of this format until its first interview replaces it; members never type it.
     */
    APPLICATION;

    /** How the bot writes it: its key ({@code phone}, {@code video}, {@code application}), but on-site with its hyphen. */
    public String label() {
        return this == ONSITE ? "on-site" : EnumKeys.key(this);
    }

    /** Reads what a member typed: "phone", "Video call", "on site", "in person", "zoom"... */
    public static Optional<InterviewFormat> parse(final String text) {
        final String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.contains("phone") || t.equals("call") || t.contains("telephone")) {
            return Optional.of(PHONE);
        }
        if (t.contains("video") || t.contains("zoom") || t.contains("teams") || t.contains("meet")
                || t.contains("remote") || t.contains("online")) {
            return Optional.of(VIDEO);
        }
        if (t.contains("site") || t.contains("person") || t.contains("office") || t.contains("onsite")) {
            return Optional.of(ONSITE);
        }
        return Optional.empty();
    }
}
