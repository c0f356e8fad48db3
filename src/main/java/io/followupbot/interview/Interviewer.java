package io.followupbot.interview;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One person the member met. {@code detail} is what stood out in the conversation with them: the
 * specific point that keeps a thank-you from being generic. Title, email and detail may be empty.
 */
public record Interviewer(String name, String title, String email, String detail) {

    public Interviewer {
        Objects.requireNonNull(name, "name");
        title = title == null ? "" : title;
        email = email == null ? "" : email;
        detail = detail == null ? "" : detail;
    }

    public static Interviewer named(final String name) {
        return new Interviewer(name, "", "", "");
    }

    public Interviewer withDetail(final String newDetail) {
        return new Interviewer(name, title, email, newDetail);
    }

    /** Titles a name may start with; a greeting then takes the title and the surname ("Dear Dr. Chen,"). */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor");
    /** What may follow a surname without being it: "Jr.", "III", "PhD". */
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md", "esq");

    /**
     * How a greeting addresses this person, as they were given: "Ana" for "Ana Ruiz", "Dr. Chen" for "Dr. Maya
     * Chen", "Mr Baker" for "Mr Tom Baker" (the title as written, with the surname).
     */
    public String greetingName() {
        final List<String> words = List.of(name.strip().split("[\\s,]+"));
        if (words.size() < 2 || !isTitle(words.get(0))) {
            return firstName();
        }
        int last = words.size() - 1;
        while (last > 1 && SUFFIXES.contains(bare(words.get(last)))) {
            last--;
        }
        return words.get(0) + " " + words.get(last);
    }

    /** Whether a word is a title such as "Dr." or "Ms" (a greeting of a title alone addresses nobody). */
    public static boolean isTitle(final String word) {
        return TITLES.contains(bare(word));
    }

    private static String bare(final String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
    }

    /** "Ana" from "Ana Ruiz", "Maya" from "Dr. Maya Chen". */
    public String firstName() {
        final String given = name.strip();
        final int gap = given.indexOf(' ');
        final String trimmed = gap > 0 && isTitle(given.substring(0, gap)) && given.indexOf(' ', gap + 1) > 0
                ? given.substring(gap + 1).strip() : given;
        final int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
