package io.followupbot.interview;

import java.util.Locale;
import java.util.Optional;

/** How the employer prefers to be contacted. Email is the default for everything. */
public enum ContactChannel {
    EMAIL,
    PHONE,
    LINKEDIN;

    /** How the bot writes it: its key ({@code email}, {@code phone}), but LinkedIn as LinkedIn spells itself. */
    public String label() {
        return this == LINKEDIN ? "LinkedIn" : EnumKeys.key(this);
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
