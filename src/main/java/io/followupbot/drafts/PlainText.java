package io.followupbot.drafts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers shared by the renderer and the checker: tidying, words, sentences. */
final class PlainText {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.-][\\p{L}\\p{N}]+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    /** Emoji often stand where a full stop would; a look-behind cannot see them, so they get a line break. */
    private static final Pattern EMOJI = Pattern.compile("([\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}])");
    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" +([,.;:!?])");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
    private static final Pattern SUBJECT_LINE = Pattern.compile("(?i)^\\s*subject:");

    private PlainText() {
    }

    /**
     * Cleans what a template rendered: no trailing spaces, no double spaces, no space before punctuation,
     * at most one blank line between paragraphs, no blank lines at either end.
     */
    static String tidy(final String rendered) {
        final String unixLines = rendered.replace("\r\n", "\n").replace('\r', '\n');
        final List<String> lines = new ArrayList<>();
        for (final String line : unixLines.split("\n", -1)) {
            lines.add(SPACE_BEFORE_PUNCTUATION.matcher(BLANKS.matcher(line).replaceAll(" ")).replaceAll("$1").strip());
        }
        return BLANK_LINES.matcher(String.join("\n", lines)).replaceAll("\n\n").strip();
    }

    /** The words of {@code text}, a subject line excluded; a phone digit group counts as a word. */
    static List<String> words(final String text) {
        final List<String> words = new ArrayList<>();
        final Matcher matcher = WORD.matcher(withoutSubject(text));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    static int wordCount(final String text) {
        return words(text).size();
    }

    /** Sentences (split at end punctuation, after an emoji and at line breaks), stripped, none empty. */
    static List<String> sentences(final String text) {
        final List<String> sentences = new ArrayList<>();
        for (final String piece : SENTENCE_END.split(EMOJI.matcher(text).replaceAll("$1\n"))) {
            if (!piece.isBlank()) {
                sentences.add(piece.strip());
            }
        }
        return sentences;
    }

    /** The text without a leading {@code Subject: ...} line. */
    static String withoutSubject(final String text) {
        final String stripped = text.stripLeading();
        if (SUBJECT_LINE.matcher(stripped).find()) {
            final int newline = stripped.indexOf('\n');
            return newline < 0 ? "" : stripped.substring(newline + 1);
        }
        return text;
    }
}
