package io.followupbot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Marks what a member typed where the bot puts it into one of its own sentences ("Saved as #3, Robotics."), so
 * each adapter shows it as typed: the bot's {@code *bold*} stays emphasis, the member's {@code *}, {@code _},
 * {@code ~} and backticks never do. The marks are two private-use characters that member input never carries
 * ({@link #clean} takes them out of everything that comes in) and that every renderer removes.
 */
public final class MemberText {

    /** Opens a member's words inside a bot sentence. */
    public static final char OPEN = '\uE000';
    /** Closes them. */
    public static final char CLOSE = '\uE001';
    /** Stands for the n-th marked span while the bot's own markup is rendered (n below 256). */
    private static final char SLOT = '\uE100';
    private static final int MAX_SLOTS = 256;
    private static final char BOLD_START = '\uE002';
    private static final char BOLD_END = '\uE003';
    /** The bot's one emphasis, as the web page and Discord read it. */
    public static final java.util.regex.Pattern BOT_BOLD =
            java.util.regex.Pattern.compile("(?<![*\\w])\\*([^*\\n]+)\\*(?![*\\w])");

    private MemberText() {
    }

    /** The member's words, marked so that renderers show them as typed. */
    public static String quote(final Object typed) {
        return OPEN + clean(String.valueOf(typed)) + CLOSE;
    }

    /** Text as it came in, without the private-use characters the marks use, so no member can forge a span. */
    public static String clean(final String text) {
        if (text == null) {
            return null;
        }
        final StringBuilder kept = new StringBuilder(text.length());
        for (int index = 0; index < text.length(); index++) {
            final char c = text.charAt(index);
            if (c < OPEN || c >= SLOT + MAX_SLOTS) {
                kept.append(c);
            }
        }
        return kept.length() == text.length() ? text : kept.toString();
    }

    /** The text with the marks removed: for plain-text exports, transcripts and logs. */
    public static String strip(final String text) {
        return text.indexOf(OPEN) < 0 && text.indexOf(CLOSE) < 0 ? text : text.replace(String.valueOf(OPEN), "")
                .replace(String.valueOf(CLOSE), "");
    }

    /**
     * Renders a bot sentence for a platform: the bot's own parts through {@code bot} (its markup, its escaping),
     * each marked span through {@code typed} (shown as typed), the marks gone.
     */
    public static String render(final String text, final UnaryOperator<String> bot, final UnaryOperator<String> typed) {
        if (text.indexOf(OPEN) < 0) {
            return bot.apply(text);
        }
        final List<String> spans = new ArrayList<>();
        final StringBuilder skeleton = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            final int open = text.indexOf(OPEN, at);
            final int close = open < 0 ? -1 : text.indexOf(CLOSE, open + 1);
            if (open < 0 || close < 0 || spans.size() >= MAX_SLOTS) {
                skeleton.append(strip(text.substring(at)));
                break;
            }
            skeleton.append(strip(text.substring(at, open))).append((char) (SLOT + spans.size()));
            spans.add(text.substring(open + 1, close));
            at = close + 1;
        }
        final String rendered = bot.apply(skeleton.toString());
        final StringBuilder out = new StringBuilder(rendered.length() + text.length());
        for (int index = 0; index < rendered.length(); index++) {
            final char c = rendered.charAt(index);
            if (c >= SLOT && c < SLOT + spans.size()) {
                out.append(typed.apply(spans.get(c - SLOT)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A bot sentence as runs of plain text, each bold where the bot set {@code *bold*}; the member's words are
     * plain text in any run, whatever they contain (the web page sets every run as text).
     */
    public static List<Run> runs(final String text) {
        final String marked = render(text, skeleton -> BOT_BOLD.matcher(skeleton)
                .replaceAll(BOLD_START + "$1" + BOLD_END), UnaryOperator.identity());
        final List<Run> runs = new ArrayList<>();
        final StringBuilder run = new StringBuilder();
        boolean bold = false;
        for (int index = 0; index <= marked.length(); index++) {
            final char c = index < marked.length() ? marked.charAt(index) : BOLD_START;
            if (c == BOLD_START || c == BOLD_END) {
                if (run.length() > 0) {
                    runs.add(new Run(run.toString(), bold));
                    run.setLength(0);
                }
                bold = c == BOLD_START;
            } else {
                run.append(c);
            }
        }
        return runs;
    }

    /** One run of a rendered sentence: its text and whether the bot set it in bold. */
    public record Run(String text, boolean bold) {
    }
}
