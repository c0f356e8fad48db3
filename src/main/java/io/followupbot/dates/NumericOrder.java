package io.followupbot.dates;

import java.util.Locale;
import java.util.Set;

/**
 * How a numeric date such as 9/3 is read: 9 March ({@link #DAY_FIRST}, most of the world) or
 * 3 September ({@link #MONTH_FIRST}, the United States, Canada and a few others). ISO dates
 * (2026-03-09) read the same everywhere.
 */
public enum NumericOrder {
    MONTH_FIRST, DAY_FIRST;

    /** Countries (and US territories) whose people write the month first. */
    private static final Set<String> MONTH_FIRST_COUNTRIES = Set.of("US", "CA", "PH", "PR", "GU", "VI", "AS", "MP",
            "UM", "FM", "MH", "PW", "BZ");

    /** The order people write in {@code country} (ISO 3166 country or region: Quebec writes the day first); day first when unknown. */
    public static NumericOrder forCountry(final String country) {
        final String place = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        final int dash = place.indexOf('-');
        final String code = dash < 0 ? place : place.substring(0, dash);
        if (place.equals("CA-QC")) {
            return DAY_FIRST;
        }
        return MONTH_FIRST_COUNTRIES.contains(code) ? MONTH_FIRST : DAY_FIRST;
    }

    /** An example of a numeric 14 March in this order, for help texts. */
    String example() {
        return this == DAY_FIRST ? "14/3" : "3/14";
    }
}
