package io.followupbot.interview;

import java.util.Locale;
import java.util.Optional;

/** How the employer prefers to be contacted. Email is the default for everything. */
public enum ContactChannel {
    EMAIL("email"),
    PHONE("phone"),
    LINKEDIN("LinkedIn");

    private final String label;

    ContactChannel(final String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ContactChannel> parse(final String text) {
        final String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.contains("mail")) {
            return Optional.of(EMAIL);
        }
        if (t.contains("phone") || t.contains("call")) {
            return Optional.of(PHONE);
        }
        if (t.contains("linkedin")) {
            return Optional.of(LINKEDIN);
        }
        return Optional.empty();
    }
}
