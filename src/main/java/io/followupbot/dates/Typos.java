package io.followupbot.dates;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts right the typos members make in the common date words ("tomorow", "wedensday", "fridya", "nxt
 * wk"): a word the grammar does not know becomes the one known word it is one slip away from (two for
 * long words), where there is exactly one such word. Words it cannot place are left as they are.
 */
final class Typos {

    private static final Set<String> KNOWN = Set.copyOf(java.util.List.of("today", "tonight", "tomorrow", "yesterday", "morning",
            "afternoon", "evening", "night", "noon", "midday", "lunchtime", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "thurs", "tues", "weds", "january", "february", "march",
            "april", "june", "july", "august", "september", "sept", "october", "november", "december", "next",
            "last", "this", "coming", "week", "weeks", "weekend", "month", "months", "year", "days", "hour", "hours",
            "minute", "minutes", "business", "working", "early", "late", "later", "earlier", "middle", "beginning",
            "start", "after", "before", "from", "within", "until", "till", "couple", "fortnight", "holidays",
            "holiday", "soon", "just", "said", "they", "didn't", "don't", "know", "sure", "idea", "clue", "timeline",
            "skip", "none", "nothing", "about", "around", "probably", "maybe", "hopefully", "likely", "sometime",
            "latest", "close", "ending", "three", "four", "five", "seven", "eight", "nine", "eleven", "twelve",
            "the", "said", "said.", "o'clock", "mins", "hrs", "with", "back", "hear", "unknown", "dunno", "nope",
            "while", "whenever", "eventually", "asap", "christmas", "year's", "easter", "summer", "spring", "autumn",
            "winter", "fall", "quarter", "mentioned", "given", "never", "tell", "other", "ideally", "roughly",
            "approximately", "approx", "eastern", "pacific", "central", "mountain", "atlantic", "british", "european",
            "twenty", "thirty", "forty", "fifty", "fifteen", "thirteen", "fourteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "midnight", "quarter", "half", "thanksgiving", "memorial", "labor", "labour", "independence",
            "boxing", "christmas", "easter", "diwali", "victoria", "bastille", "australia", "canada", "upcoming", "hence",
            "first", "second", "third", "fourth", "fifth", "working", "financial", "fiscal", "holiday", "bank", "time",
            "times", "time's", "there", "their",
            "these", "those", "where", "which", "would", "could", "should", "think", "thinks", "will", "decide", "decision"));
    /** Shorthand and misspelt date words, and what they stand for: one pair a line in {@code /words/shorthand.txt}. */
    private static final Map<String, String> SHORTHAND = WordTable.read("/words/shorthand.txt");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z']*");

    private Typos() {
    }

    /** {@code phrase} (lower case) with shorthand spelled out and the typos of known words put right. */
    static String correct(final String phrase) {
        final Matcher words = WORD.matcher(phrase);
        final StringBuilder corrected = new StringBuilder();
        while (words.find()) {
            words.appendReplacement(corrected, Matcher.quoteReplacement(word(words.group())));
        }
        words.appendTail(corrected);
        return corrected.toString();
    }

    private static String word(final String word) {
        final String shorthand = SHORTHAND.get(word);
        if (shorthand != null) {
            return shorthand;
        }
        if (word.length() < 5 || KNOWN.contains(word)) {
            return word;
        }
        final int allowed = word.length() >= 8 ? 2 : 1;
        String found = null;
        for (final String known : KNOWN) {
            if (Math.abs(known.length() - word.length()) <= allowed && distance(word, known) <= allowed) {
                if (found != null && !found.equals(known)) {
                    return word;
                }
                found = known;
            }
        }
        return found == null ? word : found;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(final String a, final String b) {
        final int[][] cost = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            cost[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            cost[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                final int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(cost[i - 1][j] + 1, cost[i][j - 1] + 1), cost[i - 1][j - 1] + change);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, cost[i - 2][j - 2] + 1);
                }
                cost[i][j] = best;
            }
        }
        return cost[a.length()][b.length()];
    }
}
