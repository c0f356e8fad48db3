package io.followupbot.drafts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a member typed, made fit for a letter: chat formatting ({@code *bold*}, {@code _italic_},
 * {@code ~strike~}, backticks, bullets) and emoji removed, spaces collapsed. The words stay the member's.
 */
final class LetterText {

    private static final Pattern EMOJI = Pattern.compile(
            "[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{2B00}-\\x{2BFF}\\x{FE0F}\\x{200D}\\x{20E3}]");
    private static final Pattern EMOTICON = Pattern.compile("(?<![\\p{L}\\p{N}])(?:[:;=]-?[)(DPp]|<3)(?![\\p{L}\\p{N}])");
    private static final Pattern SHORTCODE = Pattern.compile(":[a-z0-9_+-]{2,30}:");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·>]+|\\d{1,2}[.)])\\s+");
    private static final Pattern EDGE_UNDERSCORE = Pattern.compile("(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])");

    private LetterText() {
    }

    /** The text as one line, cleaned. */
    static String clean(final String raw) {
        return String.join(" ", lines(raw));
    }

    /** The text's non-empty lines, each cleaned and without a list bullet. */
    static List<String> lines(final String raw) {
        final List<String> lines = new ArrayList<>();
        if (raw == null) {
            return lines;
        }
        final String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace("```", "\n");
        for (final String line : text.split("\n")) {
            final String cleaned = cleanLine(BULLET.matcher(line).replaceFirst(""));
            if (!cleaned.isEmpty()) {
                lines.add(cleaned);
            }
        }
        return lines;
    }

    /** True when a line of the raw text starts with a list bullet or number. */
    static boolean hasBullets(final String raw) {
        if (raw == null) {
            return false;
        }
        return raw.lines().filter(line -> BULLET.matcher(line).find()).count() >= 2;
    }

    private static String cleanLine(final String line) {
        String cleaned = EMOJI.matcher(line).replaceAll(" ");
        cleaned = EMOTICON.matcher(cleaned).replaceAll(" ");
        cleaned = SHORTCODE.matcher(cleaned).replaceAll(" ");
        cleaned = cleaned.replaceAll("~~?[^~]+~~?", " ").replaceAll("[*~`]+", "");
        cleaned = EDGE_UNDERSCORE.matcher(cleaned).replaceAll("");
        cleaned = cleaned.replaceAll("[\\p{Cc}\\p{Cf}]", " ").replaceAll("\\s+", " ").strip();
        cleaned = cleaned.replaceAll(" +([,.;:!?])", "$1");
        return cleaned.replaceAll("^[,;:\\-–—]+\\s*", "").strip();
    }
}
