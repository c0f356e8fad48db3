package io.followupbot.drafts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Whether a text names a company, allowing for "Acme" in place of "Acme Analytics Ltd". */
public final class Companies {

    private Companies() {
    }

    /** The name without a legal form: "Acme Analytics Ltd." becomes "Acme Analytics". */
    static String core(final String company) {
        final List<String> words = new ArrayList<>(List.of(company.strip().replaceAll("[,.]", " ").split("\\s+")));
        while (words.size() > 1 && Wordlists.LEGAL_FORMS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words).strip();
    }

    /** True when the text names the company in full or by a distinctive first word. */
    public static boolean mentioned(final String text, final String company) {
        final String core = core(company);
        if (core.isEmpty() || containsWords(text, core)) {
            return true;
        }
        final String first = core.split("\\s+")[0];
        return first.length() >= 4 && !Wordlists.GENERIC_COMPANY_WORDS.contains(first.toLowerCase(Locale.ROOT))
                && containsWords(text, first);
    }

    /** True when the text names the company in full (without its legal form). */
    static boolean namedInFull(final String text, final String company) {
        final String core = core(company);
        return !core.isEmpty() && containsWords(text, core);
    }

    private static boolean containsWords(final String text, final String words) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }
}
