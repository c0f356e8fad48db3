package io.followupbot.drafts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a phone number in a signature and spells it out slowly for a voicemail. */
final class PhoneNumbers {

    private static final Pattern PHONE = Pattern.compile("\\+?\\(?\\d[\\d ().\\-]{5,}\\d");
    private static final int MIN_DIGITS = 7;

    private PhoneNumbers() {
    }

    /** The first run in {@code text} that looks like a phone number (at least seven digits). */
    static Optional<String> find(final String text) {
        final Matcher matcher = PHONE.matcher(text);
        while (matcher.find()) {
            final String candidate = matcher.group().strip();
            if (candidate.replaceAll("\\D", "").length() >= MIN_DIGITS) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The number as one says it slowly: every digit apart, a comma between the groups as written.
     * "+1 415-555 0142" becomes "plus 1, 4 1 5, 5 5 5, 0 1 4 2".
     */
    static String spokenSlowly(final String phone) {
        final List<String> groups = new ArrayList<>();
        for (final String group : phone.split("[^\\d]+")) {
            if (!group.isEmpty()) {
                groups.add(String.join(" ", group.split("")));
            }
        }
        final String digits = String.join(", ", groups);
        return phone.strip().startsWith("+") ? "plus " + digits : digits;
    }
}
