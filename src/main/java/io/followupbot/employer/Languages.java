package io.followupbot.employer;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a message is written in a language other than English, by its most common small words. The reader
 * knows English wording only, so another language is said plainly rather than read wrong.
 */
final class Languages {

    private static final Set<String> ENGLISH = Set.of("the", "and", "to", "you", "your", "we", "for", "of", "in", "is", "with",
            "our", "this", "that", "be", "will", "at", "on", "are", "have", "please", "thank", "would");
    private static final Map<String, Set<String>> OTHERS = Map.of(
            "German", Set.of("und", "der", "die", "das", "sie", "wir", "ihre", "ihr", "mit", "für", "ist", "nicht", "zu", "den",
                    "vielen", "dank", "bitte", "uns", "ein", "eine", "auf", "freundlichen", "grüßen"),
            "French", Set.of("le", "la", "les", "vous", "nous", "votre", "pour", "avec", "et", "des", "est", "une", "un", "du",
                    "merci", "bonjour", "cordialement", "au", "dans", "sur", "pas"),
            "Spanish", Set.of("el", "los", "las", "usted", "nosotros", "para", "con", "y", "su", "que", "es", "una", "por",
                    "gracias", "hola", "saludos", "del", "le", "en", "estimado", "estimada"),
            "Portuguese", Set.of("o", "os", "você", "nós", "para", "com", "e", "seu", "sua", "que", "é", "uma", "obrigado",
                    "olá", "atenciosamente", "não", "em", "do", "da"),
            "Dutch", Set.of("de", "het", "een", "en", "je", "u", "wij", "we", "voor", "met", "is", "niet", "van", "bedankt",
                    "graag", "uw", "op"),
            "Italian", Set.of("il", "lo", "gli", "le", "voi", "noi", "per", "con", "e", "che", "è", "una", "grazie", "ciao",
                    "cordiali", "saluti", "del", "della", "di"));

    private Languages() {
    }

    /** The language a text is written in when it is clearly not English, e.g. "German"; empty for English or too short. */
    static Optional<String> notEnglish(final String text) {
        final String[] words = text.substring(0, Math.min(text.length(), 4000)).toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int english = 0;
        final Map<String, Integer> counts = new java.util.HashMap<>();
        for (final String word : words) {
            if (ENGLISH.contains(word)) {
                english++;
            }
            for (final Map.Entry<String, Set<String>> language : OTHERS.entrySet()) {
                if (language.getValue().contains(word)) {
                    counts.merge(language.getKey(), 1, Integer::sum);
                }
            }
        }
        final Optional<Map.Entry<String, Integer>> best = counts.entrySet().stream().max(Map.Entry.comparingByValue());
        if (best.isEmpty() || best.get().getValue() < 5) {
            return Optional.empty();
        }
        return best.get().getValue() > english * 2 ? Optional.of(best.get().getKey()) : Optional.empty();
    }
}
