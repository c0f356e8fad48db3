package io.followupbot.employer;

import io.followupbot.dates.ZoneNames;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time zone a message states next to a time: "EST", "14:00 CET", "(GMT+05:30) India Standard Time",
 * "(UTC-05:00) Eastern Time (US &amp; Canada)", "Eastern Time - New York", "Pacific Time", an IANA name, and the
 * Windows names Outlook writes in an invite's TZID ("W. Europe Standard Time"). The names people use go through the
 * bot's one zone reader ({@link ZoneNames}); this adds only the long and Windows names and offsets it lacks.
 */
final class StatedZones {

    private static final Pattern OFFSET = Pattern.compile(
            "\\(?\\s*(?:GMT|UTC)\\s?([+\\-\u2212])\\s?(\\d{1,2})(?::?(\\d{2}))?\\s*\\)?(?:\\s+[A-Z][A-Za-z.]*(?:\\s+[A-Z][A-Za-z.]*){0,3})?");
    private static final Pattern NAMED = Pattern.compile(
            "\\(?\\s*((?:[A-Z][A-Za-z.]*\\s+){0,3}(?:Time|Standard Time|Daylight Time|Summer Time)"
                    + "(?:\\s*\\((?:US|US & Canada|US &amp; Canada)\\))?(?:\\s*[-\u2013,]\\s*[A-Z][A-Za-z]+(?:\\s[A-Z][a-z]+)?)?)\\s*\\)?");
    private static final Pattern ABBREVIATION = Pattern.compile("\\(?\\b([A-Z]{2,5})\\b\\)?");
    private static final Pattern BARE_UTC = Pattern.compile("\\(?\\b(?:UTC|GMT|Z)\\b\\)?");
    private static final Pattern CITY = Pattern.compile("\\(?([A-Z][a-z]+(?:[ _][A-Z][a-z]+)?)\\)?");
    private static final Pattern REGION = Pattern.compile("\\(?\\b([A-Z][a-z]+/[A-Z][A-Za-z_]+)\\b\\)?");
    private static final Map<String, String> LONG_NAMES = longNames();

    private StatedZones() {
    }

    /** The zone written at the start of {@code text} (what follows a time), or empty. */
    static Optional<ZoneId> at(final String text) {
        final String start = text.stripLeading();
        final Matcher offset = OFFSET.matcher(start);
        if (offset.lookingAt()) {
            return offset(offset);
        }
        final Matcher region = REGION.matcher(start);
        if (region.lookingAt()) {
            final Optional<ZoneId> zone = named(region.group(1));
            if (zone.isPresent()) {
                return zone;
            }
        }
        final Matcher named = NAMED.matcher(start);
        if (named.lookingAt()) {
            final Optional<ZoneId> zone = named(named.group(1));
            if (zone.isPresent()) {
                return zone;
            }
        }
        if (BARE_UTC.matcher(start).lookingAt()) {
            return Optional.of(ZoneOffset.UTC);
        }
        final Matcher city = CITY.matcher(start);
        if (city.lookingAt() && !city.group(1).matches(".*(day|Time)")) {
            final Optional<ZoneId> zone = ZoneNames.find(city.group(1)).map(ZoneNames.Zone::id);
            if (zone.isPresent()) {
                return zone;
            }
        }
        final Matcher abbreviation = ABBREVIATION.matcher(start);
        if (abbreviation.lookingAt() && !abbreviation.group(1).matches("AM|PM|ON|AT|TO|OR|IN|BY")) {
            return ZoneNames.find(abbreviation.group(1)).map(ZoneNames.Zone::id);
        }
        return Optional.empty();
    }

    /** The zone a name stands for: an IANA id, a Windows or long name, a city, an abbreviation. */
    static Optional<ZoneId> named(final String name) {
        final String text = name.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.contains("/")) {
            try {
                return Optional.of(ZoneId.of(text));
            } catch (final DateTimeException notAnId) {
                // another kind of name
            }
        }
        final Matcher offset = OFFSET.matcher(text);
        if (offset.lookingAt()) {
            return offset(offset);
        }
        final String key = text.toLowerCase(Locale.ROOT).replace("&amp;", "&").replaceAll("\\s*\\(.*\\)\\s*$", "")
                .replaceAll("\\s+(time|time zone)$", "").replaceAll("\\s+", " ").strip();
        final String known = LONG_NAMES.get(key);
        if (known != null) {
            return Optional.of(ZoneId.of(known));
        }
        final Optional<ZoneNames.Zone> found = ZoneNames.find(key);
        if (found.isPresent()) {
            return found.map(ZoneNames.Zone::id);
        }
        final String[] parts = key.split("\\s*[-\u2013,]\\s*");
        for (int index = parts.length - 1; index >= 0 && parts.length > 1; index--) {
            final Optional<ZoneId> part = named(parts[index]);
            if (part.isPresent()) {
                return part;
            }
        }
        return Optional.empty();
    }

    private static Optional<ZoneId> offset(final Matcher offset) {
        final int hours = Integer.parseInt(offset.group(2));
        final int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
        final int sign = offset.group(1).equals("+") ? 1 : -1;
        try {
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        } catch (final DateTimeException outOfRange) {
            return Optional.empty();
        }
    }

    private static Map<String, String> longNames() {
        return Map.ofEntries(
                Map.entry("eastern standard", "America/New_York"), Map.entry("eastern daylight", "America/New_York"),
                Map.entry("us eastern standard", "America/New_York"), Map.entry("pacific standard", "America/Los_Angeles"),
                Map.entry("pacific daylight", "America/Los_Angeles"), Map.entry("central standard", "America/Chicago"),
                Map.entry("central daylight", "America/Chicago"), Map.entry("mountain standard", "America/Denver"),
                Map.entry("mountain daylight", "America/Denver"), Map.entry("us mountain standard", "America/Phoenix"),
                Map.entry("atlantic standard", "America/Halifax"), Map.entry("hawaiian standard", "Pacific/Honolulu"),
                Map.entry("alaskan standard", "America/Anchorage"), Map.entry("gmt standard", "Europe/London"),
                Map.entry("greenwich mean", "Europe/London"), Map.entry("british summer", "Europe/London"),
                Map.entry("w. europe standard", "Europe/Berlin"), Map.entry("central europe standard", "Europe/Budapest"),
                Map.entry("central european standard", "Europe/Berlin"), Map.entry("central european summer", "Europe/Berlin"),
                Map.entry("romance standard", "Europe/Paris"), Map.entry("fle standard", "Europe/Helsinki"),
                Map.entry("gtb standard", "Europe/Bucharest"), Map.entry("russian standard", "Europe/Moscow"),
                Map.entry("india standard", "Asia/Kolkata"), Map.entry("china standard", "Asia/Shanghai"),
                Map.entry("tokyo standard", "Asia/Tokyo"), Map.entry("japan standard", "Asia/Tokyo"),
                Map.entry("korea standard", "Asia/Seoul"), Map.entry("singapore standard", "Asia/Singapore"),
                Map.entry("arabian standard", "Asia/Dubai"), Map.entry("israel standard", "Asia/Jerusalem"),
                Map.entry("aus eastern standard", "Australia/Sydney"), Map.entry("australian eastern standard", "Australia/Sydney"),
                Map.entry("australian eastern daylight", "Australia/Sydney"), Map.entry("e. australia standard", "Australia/Brisbane"),
                Map.entry("new zealand standard", "Pacific/Auckland"), Map.entry("e. south america standard", "America/Sao_Paulo"),
                Map.entry("south africa standard", "Africa/Johannesburg"), Map.entry("coordinated universal", "UTC"),
                Map.entry("utc", "UTC"), Map.entry("central european", "Europe/Berlin"), Map.entry("eastern european", "Europe/Athens"),
                Map.entry("western european", "Europe/Lisbon"), Map.entry("singapore", "Asia/Singapore"));
    }
}
