package io.followupbot.policy.calendar;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a member lives, as far as days off go: an ISO 3166-1 country ({@code US}, {@code JP}) or an ISO
 * 3166-2 region of one ({@code GB-SCT}, {@code DE-BY}, {@code CA-ON}). Written in any case; kept upper-case.
 *
 * @param country the two-letter country code
 * @param region  the subdivision code after the dash, or empty for the whole country
 */
public record Place(String country, String region) {

    /** How to write a place, for messages that refuse one. */
    public static final String HOW_TO_WRITE = "write a two-letter country code such as US, GB or DE, "
            + "or a country and region such as GB-SCT, DE-BY or CA-ON";

    private static final Pattern SYNTAX = Pattern.compile("([A-Z]{2})(?:-([A-Z0-9]{1,3}))?");

    /** The place written in {@code text} ("gb-sct", " DE "), when it is written like a place at all. */
    public static Optional<Place> parse(final String text) {
        if (text == null) {
            return Optional.empty();
        }
        final Matcher matcher = SYNTAX.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Place(matcher.group(1), matcher.group(2) == null ? "" : matcher.group(2)));
    }

    public boolean isRegion() {
        return !region.isEmpty();
    }

    /** The whole country this place is in ({@code GB} for {@code GB-SCT}). */
    public Place wholeCountry() {
        return new Place(country, "");
    }

    /** The code as written in settings: {@code GB} or {@code GB-SCT}. */
    public String code() {
        return isRegion() ? country + "-" + region : country;
    }

    @Override
    public String toString() {
        return code();
    }
}
