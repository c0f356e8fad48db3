package io.followupbot.dates;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Time zones by the names people use: IANA names in any case ("europe/berlin"), major cities ("Berlin",
 * "NYC", "Bangalore"), common abbreviations ("PST", "CET", "IST") and offsets ("UTC+2"). An abbreviation
 * stands for a region, so the summer and winter clocks both follow; the answer is confirmed in words.
 * Where an abbreviation means several zones, the one most members mean is taken and named in the
 * confirmation (IST is India; CST is US Central).
 */
public final class ZoneNames {

    /** A zone and how to confirm it: "Europe/Berlin (Central European Time)". */
    public record Zone(ZoneId id, String inWords) {
    }

    private static final Map<String, String> ALIASES = aliases();
    private static final Map<String, String> BY_LOWER_CASE = byLowerCase();

    private ZoneNames() {
    }

    /** What a text that names no zone is not, and how to write one: the refusal's words wherever a zone is read. */
    public static final String NOT_A_ZONE = "isn't a time zone I know: write a city (Berlin, Chicago, Tokyo), a region "
            + "such as Europe/Berlin, or an abbreviation such as PST or CET";

    /** The zone {@code text} names, or empty. */
    public static Optional<Zone> find(final String text) {
        final String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s*\\(.*\\)$", "")
                .replaceAll("\\s+(time|time zone|timezone)$", "").replaceAll("[\\s_]+", " ").strip();
        if (wanted.isEmpty() || wanted.length() > 60) {
            return Optional.empty();
        }
        final String alias = ALIASES.get(wanted);
        final String id = alias != null ? alias : BY_LOWER_CASE.get(wanted.replace(' ', '_'));
        if (id != null) {
            return Optional.of(zone(ZoneId.of(id)));
        }
        if (wanted.matches("(utc|gmt) ?[+-] ?\\d{1,2}(:\\d{2})?")) {
            try {
                return Optional.of(zone(ZoneId.of(wanted.replace(" ", "").toUpperCase(Locale.ROOT)).normalized()));
            } catch (final DateTimeException notAnOffset) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** What to say when {@code text} names no zone. */
    public static String unknown(final String text) {
        final String shown = text == null ? "" : text.strip();
        return "\"" + (shown.length() > 40 ? shown.substring(0, 40) + "..." : shown) + "\" " + NOT_A_ZONE + ".";
    }

    private static Zone zone(final ZoneId id) {
        final String name = id.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return new Zone(id, name.equals(id.getId()) ? id.getId() : id.getId() + " (" + name + ")");
    }

    /** Every IANA id by its lower case, and each city (the last part of an id) by its name. */
    private static Map<String, String> byLowerCase() {
        final Map<String, String> ids = new HashMap<>();
        for (final String id : ZoneId.getAvailableZoneIds()) {
            ids.put(id.toLowerCase(Locale.ROOT), id);
        }
        for (final String id : ZoneId.getAvailableZoneIds()) {
            final int slash = id.lastIndexOf('/');
            if (slash > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
                ids.putIfAbsent(id.substring(slash + 1).toLowerCase(Locale.ROOT), id);
            }
        }
        return Map.copyOf(ids);
    }

    private static Map<String, String> aliases() {
        final Map<String, String> names = new HashMap<>();
        put(names, "America/Los_Angeles", "pst", "pdt", "pt", "pacific", "us pacific", "la", "san francisco", "sf",
                "bay area", "seattle", "silicon valley", "san jose", "san diego", "portland");
        put(names, "America/Denver", "mst", "mdt", "mt", "mountain", "us mountain", "salt lake city", "boulder");
        put(names, "America/Phoenix", "arizona");
        put(names, "America/Chicago", "cst", "cdt", "ct", "central", "us central", "austin", "dallas", "houston",
                "minneapolis", "nashville", "new orleans", "kansas city");
        put(names, "America/New_York", "est", "edt", "et", "eastern", "us eastern", "nyc", "new york city", "ny",
                "boston", "washington", "washington dc", "dc", "atlanta", "miami", "philadelphia", "pittsburgh");
        put(names, "America/Toronto", "ottawa");
        put(names, "America/Halifax", "ast", "adt", "atlantic");
        put(names, "America/Anchorage", "akst", "akdt", "alaska");
        put(names, "Pacific/Honolulu", "hst", "hawaii");
        put(names, "America/Sao_Paulo", "brt", "rio", "rio de janeiro", "brasilia");
        put(names, "UTC", "utc", "gmt", "z", "zulu", "universal");
        put(names, "Europe/London", "bst", "uk", "british", "manchester", "edinburgh", "birmingham", "glasgow");
        put(names, "Europe/Dublin", "ireland");
        put(names, "Europe/Lisbon", "wet", "porto");
        put(names, "Europe/Berlin", "cet", "cest", "mez", "central european", "germany", "munich", "hamburg",
                "frankfurt", "cologne");
        put(names, "Europe/Paris", "france", "lyon");
        put(names, "Europe/Madrid", "spain", "barcelona");
        put(names, "Europe/Rome", "italy", "milan");
        put(names, "Europe/Amsterdam", "netherlands", "rotterdam");
        put(names, "Europe/Zurich", "switzerland", "geneva");
        put(names, "Europe/Athens", "eet", "eest", "eastern european", "greece");
        put(names, "Europe/Kiev", "kyiv", "ukraine");
        put(names, "Europe/Moscow", "msk", "st petersburg");
        put(names, "Asia/Kolkata", "ist", "india", "mumbai", "bombay", "delhi", "new delhi", "bangalore", "bengaluru",
                "chennai", "hyderabad", "pune", "calcutta");
        put(names, "Asia/Dubai", "gst", "uae", "abu dhabi");
        put(names, "Asia/Karachi", "pkt", "pakistan", "lahore", "islamabad");
        put(names, "Asia/Singapore", "sgt");
        put(names, "Asia/Shanghai", "china", "beijing", "shenzhen", "guangzhou");
        put(names, "Asia/Hong_Kong", "hkt");
        put(names, "Asia/Tokyo", "jst", "japan", "osaka");
        put(names, "Asia/Seoul", "kst", "korea");
        put(names, "Australia/Sydney", "aest", "aedt", "canberra");
        put(names, "Australia/Adelaide", "acst", "acdt");
        put(names, "Australia/Perth", "awst");
        put(names, "Pacific/Auckland", "nzst", "nzdt", "nzt", "new zealand", "wellington");
        put(names, "Africa/Johannesburg", "sast", "south africa", "cape town");
        put(names, "Africa/Lagos", "wat", "nigeria");
        put(names, "Africa/Nairobi", "eat", "kenya");
        return Map.copyOf(names);
    }

    private static void put(final Map<String, String> names, final String id, final String... aliases) {
        for (final String alias : aliases) {
            names.put(alias, id);
        }
    }
}
