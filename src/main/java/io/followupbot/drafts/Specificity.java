package io.followupbot.drafts;

import io.followupbot.interview.Interview;
import io.followupbot.interview.Interviewer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a thank-you says something specific about the conversation.
 *
 * <p>When the member noted a detail for the interviewer, the text must mention it: at least two of its
 * content words (or its only one), compared by their first five letters so "migrating" matches
 * "migration". Without a noted detail, at least one sentence must carry two words that are neither
 * stock thank-you vocabulary nor names, dates or the company and role.
 */
final class Specificity {

    private static final int STEM = 5;
    private static final int MIN_WORD = 4;
    private static final int WORDS_FOR_A_SPECIFIC_SENTENCE = 2;

    private Specificity() {
    }

    static boolean isSpecific(final String content, final CheckContext context) {
        final List<String> topics = details(context).stream().map(Specificity::topic).toList();
        final Set<String> known = knownWords(context);
        final Set<String> textStems = stems(PlainText.words(content), Set.of());
        boolean anyStems = false;
        for (final String topic : topics) {
            final Set<String> detailStems = stems(PlainText.words(topic), known);
            if (detailStems.isEmpty() ? shortDetailNamed(topic, content, known)
                    : detailStems.stream().filter(textStems::contains).count() >= Math.min(2, detailStems.size())) {
                return true;
            }
            anyStems |= !detailStems.isEmpty();
        }
        if (anyStems) {
            return false;
        }
        return PlainText.sentences(content).stream()
                .anyMatch(sentence -> stems(PlainText.words(sentence), known).size() >= WORDS_FOR_A_SPECIFIC_SENTENCE);
    }

    /**
     * A detail too short for stems ("dbt", "the API (v2)") counts when its distinctive words appear as they are:
     * every word of three letters or more that is not stock vocabulary. Only asked of a detail without stems.
     */
    private static boolean shortDetailNamed(final String detail, final String content, final Set<String> known) {
        final List<String> words = PlainText.words(LetterText.clean(detail)).stream()
                .map(word -> word.toLowerCase(Locale.ROOT)).filter(word -> word.length() >= 3)
                .filter(word -> !known.contains(word) && !Clauses.FUNCTION_WORDS.contains(word)).toList();
        final Set<String> textWords = new HashSet<>();
        PlainText.words(content).forEach(word -> textWords.add(word.toLowerCase(Locale.ROOT)));
        final List<String> distinctive = PlainText.words(LetterText.clean(detail)).stream()
                .map(word -> word.toLowerCase(Locale.ROOT)).filter(word -> word.length() >= 2)
                .filter(word -> !Wordlists.STOPWORDS.contains(word) && !Wordlists.GENERIC.contains(word)
                        && !known.contains(word) && !Clauses.FUNCTION_WORDS.contains(word))
                .toList();
        return textWords.containsAll(distinctive.isEmpty() ? words : distinctive) && !words.isEmpty();
    }

    /** The detail without the member's framing ("she told me ..."), which a letter does not repeat. */
    private static String topic(final String detail) {
        return Answers.shape(detail, List.of()).topic();
    }

    private static List<String> details(final CheckContext context) {
        if (context.recipient().isPresent() && !context.recipient().get().detail().isBlank()) {
            return List.of(context.recipient().get().detail());
        }
        return context.interview().map(Interview::interviewers).orElse(List.of()).stream()
                .map(Interviewer::detail).filter(detail -> !detail.isBlank()).toList();
    }

    /** Names, company and role: present in every draft, so they prove nothing. */
    private static Set<String> knownWords(final CheckContext context) {
        final Set<String> known = new HashSet<>();
        context.interview().ifPresent(interview -> {
            addWords(known, interview.company());
            addWords(known, interview.role());
            interview.interviewers().forEach(person -> addWords(known, person.name()));
        });
        context.recipient().ifPresent(person -> addWords(known, person.name()));
        return known;
    }

    private static void addWords(final Set<String> into, final String text) {
        for (final String word : PlainText.words(text)) {
            into.add(word.toLowerCase(Locale.ROOT));
        }
    }

    private static Set<String> stems(final List<String> words, final Set<String> known) {
        final Set<String> stems = new HashSet<>();
        for (final String raw : words) {
            final String word = raw.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
            if (word.length() >= MIN_WORD && word.chars().allMatch(Character::isLetter)
                    && !Wordlists.STOPWORDS.contains(word) && !Wordlists.GENERIC.contains(word)
                    && !Wordlists.CALENDAR_WORDS.contains(word) && !known.contains(word)) {
                stems.add(word.substring(0, Math.min(STEM, word.length())));
            }
        }
        return stems;
    }
}
