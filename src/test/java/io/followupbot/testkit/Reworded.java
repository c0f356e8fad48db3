package io.followupbot.testkit;

import io.followupbot.followup.Wording;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every word of {@link Wording} replaced by a made-up one ("‹settings.saved›"), keeping its placeholders: with it
 * in use, an adapter that still read a label, a saved message or a button's words to learn what happened would
 * break.
 */
public final class Reworded {

    private static final Pattern PLACEHOLDER = Pattern.compile("%[sd]");

    private Reworded() {
    }

    public static Wording everything() {
        Wording wording = Wording.standard();
        for (final String key : Wording.keys()) {
            wording = wording.with(key, text(key));
        }
        return wording;
    }

    /** The made-up text that replaces the text of {@code key}, placeholders included. */
    public static String text(final String key) {
        final StringBuilder text = new StringBuilder("‹" + key + "›");
        final Matcher placeholders = PLACEHOLDER.matcher(Wording.standard().text(key));
        while (placeholders.find()) {
            text.append(' ').append(placeholders.group());
        }
        return text.toString();
    }

    /** The start of the reworded text of {@code key}, before its first placeholder. */
    public static String start(final String key) {
        return "‹" + key + "›";
    }
}
