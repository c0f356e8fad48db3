package io.followupbot.drafts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Small facts of English grammar the answer shaper needs: is this a clause, where can it be shortened. */
final class Clauses {

    static final Set<String> PRONOUN_SUBJECTS = Set.of("i", "we", "you", "they", "she", "he", "it", "there", "i'm",
            "we're", "they're", "you're", "it's", "there's", "i've", "we've", "i'd", "we'd", "she's", "he's",
            "they've", "i'll", "we'll", "you've", "you'd", "you'll");
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "can", "could", "should", "may", "might", "must", "does", "do", "did", "isn't", "aren't",
            "wasn't", "weren't", "hasn't", "haven't", "won't", "can't", "don't", "doesn't", "didn't");
    private static final Set<String> FINITE_VERBS = Set.of("uses", "wants", "builds", "relies", "owns", "handles",
            "manages", "deploys", "migrates", "seems", "means", "makes", "takes", "gets", "keeps", "gives", "feels",
            "knows", "thinks", "expects", "struggles", "spends", "supports", "depends", "lacks", "hires", "follows",
            "serves", "includes", "involves", "requires", "focuses", "faces");
    private static final Set<String> IRREGULAR_PAST = Set.of("built", "ran", "made", "took", "got", "grew", "led",
            "went", "saw", "began", "chose", "found", "gave", "kept", "lost", "sold", "spent", "wrote", "won", "cut",
            "said", "told", "thought", "felt", "knew", "became", "brought", "came", "taught", "drove", "rebuilt");
    private static final Set<String> PLURAL_VERBS = Set.of("rotate", "work", "use", "run", "build", "need", "want",
            "love", "like", "meet", "write", "ship", "deploy", "own", "handle", "manage", "get", "make", "take", "have",
            "seem", "spend", "try", "plan", "expect", "struggle", "share", "review", "test", "pair", "hire", "follow",
            "support", "report", "sit", "join", "move", "release", "vote", "rely", "depend", "migrate", "are", "were");
    private static final Set<String> NOUN_PHRASE_BREAKERS = Set.of("that", "which", "who", "whom", "whose", "how",
            "where", "when", "why", "way", "i", "we", "you", "they", "she", "he", "to");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "their", "his", "her", "its", "our", "my",
            "your", "this", "that", "these", "those", "some", "any", "every", "each", "newly", "recently");
    static final Set<String> FUNCTION_WORDS = Set.of("and", "or", "but", "the", "a", "an", "of", "to", "for", "with",
            "in", "on", "at", "by", "from", "my", "your", "our", "their", "his", "her", "its", "that", "which", "who",
            "is", "are", "was", "were", "be", "as", "into", "about", "how", "so", "because", "while", "than", "this",
            "these", "those", "very", "more", "most", "if", "when", "where", "we", "i", "they", "you", "she", "he",
            "it", "would", "will", "can", "could", "should", "have", "has", "had", "do", "does", "did", "not");
    /** A sentence opened by one of these ("In my last role I ...") has its subject later on. */
    private static final Set<String> INTRODUCERS = Set.of("in", "at", "during", "for", "on", "after", "before",
            "when", "while", "as", "since", "last", "over", "once", "recently", "previously");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "so", "then", "because", "while", "when",
            "where", "after", "before", "since", "as", "although", "though");
    private static final Set<String> BREAK_BEFORE = Set.of("and", "but", "which", "because", "so", "while",
            "where", "although", "though", "since", "whereas", "-", "–", "—", "plus", "also");

    /** What is trimmed off a word's ends: punctuation before it, punctuation other than an apostrophe after it. */
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}'’]+$");

    private Clauses() {
    }

    /** True when the words have a subject and a finite verb, so they cannot follow "about" as they are. */
    static boolean isClause(final String text) {
        final List<String> words = lowerWords(text);
        if (words.isEmpty()) {
            return false;
        }
        if (PRONOUN_SUBJECTS.contains(words.get(0))) {
            return words.size() > 1;
        }
        for (int index = 1; index < Math.min(7, words.size()); index++) {
            final String previous = words.get(index - 1);
            if (NOUN_PHRASE_BREAKERS.contains(previous)) {
                return false;
            }
            final String word = words.get(index);
            final boolean afterNoun = previous.chars().allMatch(Character::isLetter) && !DETERMINERS.contains(previous)
                    && !previous.endsWith("ly") && !previous.endsWith("ed");
            final boolean past = (word.endsWith("ed") && word.length() > 4 || IRREGULAR_PAST.contains(word)) && index <= 4;
            if (AUXILIARIES.contains(word) || FINITE_VERBS.contains(word)
                    || past && afterNoun || PLURAL_VERBS.contains(word) && previous.endsWith("s") && afterNoun) {
                return true;
            }
        }
        return false;
    }

    /** True when the text holds a clause anywhere: "In my last role I cut costs", "my thesis: I used it daily". */
    static boolean hasClause(final String text) {
        if (isClause(text)) {
            return true;
        }
        final List<String> words = lowerWords(text);
        final boolean introduced = !words.isEmpty() && INTRODUCERS.contains(words.get(0));
        for (int index = 1; index + 1 < words.size(); index++) {
            final String word = words.get(index);
            if (PRONOUN_SUBJECTS.contains(word) && !word.equals("it") && !word.equals("there")
                    && (introduced || CONJUNCTIONS.contains(words.get(index - 1)))
                    && !FUNCTION_WORDS.contains(words.get(index + 1))) {
                return true;
            }
        }
        for (final String part : text.split("[,;:\\n]")) {
            if (isClause(part.strip())) {
                return true;
            }
        }
        return false;
    }

    /** "Reduced report delays ...", "Built the first dashboard": a CV line with its "I" left out. */
    static boolean startsWithPastVerb(final String text) {
        final List<String> words = lowerWords(text);
        return words.size() >= 3 && (words.get(0).endsWith("ed") && words.get(0).length() > 4
                || IRREGULAR_PAST.contains(words.get(0)));
    }

    /** At most {@code max} words, cut where a clause ends when one is near, and never on a dangling word. */
    static String shorten(final String text, final int max) {
        final List<String> words = new ArrayList<>(List.of(text.strip().split("\\s+")));
        if (words.size() <= max) {
            return text.strip();
        }
        int cut = max;
        for (int index = max; index >= 4; index--) {
            final String previous = words.get(index - 1);
            if (previous.matches(".*[,;:)]$") || BREAK_BEFORE.contains(words.get(index).toLowerCase(Locale.ROOT))) {
                cut = index;
                break;
            }
        }
        final List<String> kept = new ArrayList<>(words.subList(0, cut));
        while (kept.size() > 1 && FUNCTION_WORDS.contains(bare(kept.get(kept.size() - 1)))) {
            kept.remove(kept.size() - 1);
        }
        String shortened = String.join(" ", kept).replaceAll("[,;:(\\-–—]+$", "");
        if (count(shortened, '(') > count(shortened, ')')) {
            shortened = shortened.substring(0, shortened.lastIndexOf('(')).strip();
        }
        if (count(shortened, '"') % 2 == 1) {
            shortened = shortened.replace("\"", "");
        }
        return shortened.replaceAll("[,;:\\-–—]+$", "").strip();
    }

    static int wordCount(final String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    static List<String> lowerWords(final String text) {
        final List<String> words = new ArrayList<>();
        for (final String word : text.strip().split("\\s+")) {
            final String bare = bare(word);
            if (!bare.isEmpty()) {
                words.add(bare);
            }
        }
        return words;
    }

    static String bare(final String word) {
        return EDGES.matcher(word).replaceAll("").replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    private static long count(final String text, final char character) {
        return text.chars().filter(c -> c == character).count();
    }
}
