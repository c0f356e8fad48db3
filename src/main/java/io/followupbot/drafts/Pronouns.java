package io.followupbot.drafts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a member's note about the interviewer into words addressed to them: "she described how her team ..."
 * becomes "you described how your team ...". The interviewer (she, he, they, their name) becomes "you";
 * the verb that follows agrees ("she is" becomes "you are", "he leads" becomes "you lead").
 */
final class Pronouns {

    private static final Map<String, String> SUBJECTS = Map.of("she", "you", "he", "you", "they", "you");
    private static final Map<String, String> OBJECTS = Map.ofEntries(Map.entry("him", "you"), Map.entry("them", "you"),
            Map.entry("his", "your"), Map.entry("their", "your"), Map.entry("theirs", "yours"),
            Map.entry("hers", "yours"), Map.entry("herself", "yourself"), Map.entry("himself", "yourself"),
            Map.entry("themselves", "yourselves"));
    private static final Map<String, String> AGREEMENT = Map.ofEntries(Map.entry("is", "are"), Map.entry("was", "were"),
            Map.entry("has", "have"), Map.entry("does", "do"), Map.entry("isn't", "aren't"),
            Map.entry("wasn't", "weren't"), Map.entry("hasn't", "haven't"), Map.entry("doesn't", "don't"));
    private static final Map<String, String> CONTRACTIONS = Map.of("she's", "you're", "he's", "you're",
            "they're", "you're", "she'd", "you'd", "he'd", "you'd", "they'd", "you'd", "she'll", "you'll",
            "he'll", "you'll", "they've", "you've");
    /** After "her", these words show it is an object ("told her about"), not a possessive ("her team"). */
    private static final Set<String> AFTER_OBJECT = Set.of("about", "that", "how", "why", "what", "and", "or", "to",
            "for", "with", "on", "in", "at", "from", "when", "if", "because", "so", "as", "but", "");
    private static final Set<String> NOT_VERBS = Set.of("always", "also", "really", "just", "still", "often",
            "never", "only", "actually", "clearly");

    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}]+|[^\\p{L}'’]+$");

    private Pronouns() {
    }

    /** The text addressed to the interviewer; {@code names} are the interviewer's first and full names. */
    static String toSecondPerson(final String text, final List<String> names) {
        String replaced = text;
        for (final String name : names) {
            if (!name.isBlank()) {
                replaced = replaced.replaceAll("(?i)(?<![\\p{L}])" + Pattern.quote(name.strip())
                        + "(?:['’]s)(?![\\p{L}])", "your");
                replaced = replaced.replaceAll("(?i)(?<![\\p{L}])" + Pattern.quote(name.strip())
                        + "(?![\\p{L}])", "you");
            }
        }
        final List<String> words = new ArrayList<>(List.of(replaced.split(" ", -1)));
        for (int index = 0; index < words.size(); index++) {
            final String word = words.get(index);
            final String bare = bare(word);
            final String next = index + 1 < words.size() ? bare(words.get(index + 1)) : "";
            final String replacement;
            if (CONTRACTIONS.containsKey(bare.replace('’', '\''))) {
                replacement = "you" + contracted(bare.replace('’', '\''), next);
            } else if (SUBJECTS.containsKey(bare)) {
                replacement = "you";
                agreeVerbAfter(words, index, bare.equals("they"));
            } else if (bare.equals("her")) {
                replacement = AFTER_OBJECT.contains(next) ? "you" : "your";
            } else if (OBJECTS.containsKey(bare)) {
                replacement = OBJECTS.get(bare);
            } else if (bare.equals("you")) {
                replacement = "you";
                agreeVerbAfter(words, index, false);
            } else {
                continue;
            }
            words.set(index, keepPunctuation(word, replacement));
        }
        return String.join(" ", words);
    }

    private static String contracted(final String contraction, final String next) {
        if (contraction.endsWith("'s")) {
            return Set.of("been", "got", "gone", "had", "done", "seen").contains(next) ? "'ve" : "'re";
        }
        return contraction.substring(contraction.indexOf('\''));
    }

    /** "you is" becomes "you are"; "you leads" becomes "you lead" (an adverb in between is skipped). */
    private static void agreeVerbAfter(final List<String> words, final int subject, final boolean plural) {
        int verb = subject + 1;
        while (verb < words.size() && (bare(words.get(verb)).endsWith("ly") || NOT_VERBS.contains(bare(words.get(verb))))) {
            verb++;
        }
        if (verb >= words.size()) {
            return;
        }
        final String bare = bare(words.get(verb));
        if (AGREEMENT.containsKey(bare)) {
            words.set(verb, keepPunctuation(words.get(verb), AGREEMENT.get(bare)));
        } else if (!plural && bare.length() > 3 && bare.endsWith("s") && !bare.endsWith("ss") && !bare.endsWith("us")
                && !bare.endsWith("is") && bare.chars().allMatch(Character::isLetter)) {
            words.set(verb, keepPunctuation(words.get(verb), baseForm(bare)));
        }
    }

    private static String baseForm(final String verb) {
        if (verb.endsWith("ies")) {
            return verb.substring(0, verb.length() - 3) + "y";
        }
        if (verb.matches(".*(?:ches|shes|xes|sses|zes|oes)")) {
            return verb.substring(0, verb.length() - 2);
        }
        return verb.substring(0, verb.length() - 1);
    }

    private static String bare(final String word) {
        return EDGES.matcher(word).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The replacement with the word's punctuation and capital kept (the word, a pronoun or a verb, has letters). */
    private static String keepPunctuation(final String word, final String replacement) {
        final int start = firstLetter(word);
        final int end = start + bare(word).length();
        final boolean capital = Character.isUpperCase(word.charAt(start));
        final String cased = capital ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1)
                : replacement;
        return word.substring(0, start) + cased + word.substring(Math.min(end, word.length()));
    }

    private static int firstLetter(final String word) {
        for (int index = 0; index < word.length(); index++) {
            if (Character.isLetter(word.charAt(index))) {
                return index;
            }
        }
        return word.length();
    }
}
