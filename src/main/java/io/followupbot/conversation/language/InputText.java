package io.followupbot.conversation.language;

import java.util.Optional;

/**
 * What a member typed, cleaned before anything reads it: control characters removed (new lines kept),
 * white space trimmed, and cut to a maximum length with a note saying so.
 */
public record InputText(String value, boolean truncated) {

    public static InputText clean(final String raw, final int maxLength) {
        final String text = raw == null ? "" : raw;
        final StringBuilder cleaned = new StringBuilder(Math.min(text.length(), maxLength + 16));
        text.codePoints().forEach(codePoint -> {
            if (codePoint == '\n' || codePoint == '\t') {
                cleaned.appendCodePoint(codePoint == '\t' ? ' ' : '\n');
            } else if (!Character.isISOControl(codePoint) && Character.getType(codePoint) != Character.FORMAT
                    && Character.getType(codePoint) != Character.UNASSIGNED
                    && Character.getType(codePoint) != Character.SURROGATE) {
                cleaned.appendCodePoint(codePoint);
            }
        });
        final String stripped = cleaned.toString().strip();
        if (stripped.codePointCount(0, stripped.length()) <= maxLength) {
            return new InputText(stripped, false);
        }
        return new InputText(stripped.substring(0, stripped.offsetByCodePoints(0, maxLength)).strip(), true);
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    /** The first word, lower-cased, if any. */
    public String firstWord() {
        final String[] words = value.strip().split("\\s+", 2);
        return words[0].toLowerCase(java.util.Locale.ROOT);
    }

    /** Everything after the first word. */
    public String rest() {
        final String[] words = value.strip().split("\\s+", 2);
        return words.length > 1 ? words[1].strip() : "";
    }

    /** A note to add to the reply when the text was cut. */
    public Optional<String> truncationNote(final int maxLength) {
        return truncated
                ? Optional.of("(That was long, so I kept the first " + maxLength + " characters.)")
                : Optional.empty();
    }
}
