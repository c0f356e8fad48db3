package io.followupbot.conversation.language;

import io.followupbot.interview.StepKind;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "I sent the thank-you to Priya yesterday" in the member's own words: which kind of step, the words after it
 * (an interviewer's name and when, to be matched against the member's interviews and read as a date).
 */
public record SentInWords(StepKind kind, String rest) {

    private static final Pattern SENT = Pattern.compile("^(?:i\\s+)?(?:just\\s+|already\\s+|have\\s+|'ve\\s+)?sent\\s+"
            + "(?:off\\s+)?(?:the\\s+|my\\s+|a\\s+)?(thank[- ]?you(?:\\s+(?:note|email|mail))?|thanks|check[- ]?in"
            + "(?:\\s+email)?|linkedin(?:\\s+(?:note|request|invite|invitation))?|follow[- ]?up)\\b\\s*(.*)$");

    public static Optional<SentInWords> parse(final String text) {
        final Matcher matcher = SENT.matcher(text.strip().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", ""));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        final String what = matcher.group(1);
        final StepKind kind = what.startsWith("linkedin") ? StepKind.LINKEDIN
                : what.startsWith("check") || what.startsWith("follow") ? StepKind.CHECK_IN : StepKind.THANK_YOU;
        return Optional.of(new SentInWords(kind, matcher.group(2).strip()));
    }

    /** The words after "to NAME", when the rest names {@code name} (or its first name); else the whole rest. */
    Optional<String> whenAfter(final String name) {
        final String lower = rest.toLowerCase(Locale.ROOT);
        for (final String candidate : new String[] {name.toLowerCase(Locale.ROOT),
                name.toLowerCase(Locale.ROOT).split("\\s+")[0]}) {
            final String prefix = "to " + candidate;
            if (lower.equals(prefix) || lower.startsWith(prefix + " ")) {
                return Optional.of(rest.substring(prefix.length()).strip());
            }
        }
        return Optional.empty();
    }

    /** Whether the member named someone ("to ..."). */
    boolean namesSomeone() {
        return rest.toLowerCase(Locale.ROOT).startsWith("to ");
    }
}
