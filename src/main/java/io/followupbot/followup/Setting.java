package io.followupbot.followup;

import io.followupbot.policy.calendar.Place;
import io.followupbot.chat.MemberText;
import io.followupbot.dates.ZoneNames;
import io.followupbot.interview.Cadence;
import io.followupbot.interview.MemberSettings;
import io.followupbot.interview.TextLimits;
import io.followupbot.policy.BusinessCalendar;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One setting a member can change, by the word they type ({@code settings quiet 21:00-08:00}) and its rule:
 * what it accepts, and the friendly refusal of what it does not.
 */
public enum Setting {
    ZONE("zone", "timezone", "time-zone"),
    COUNTRY("country"),
    NUDGE_HOUR("nudge-hour", "hour"),
    QUIET("quiet", "quiet-hours"),
    CADENCE("cadence"),
    NAME("name"),
    SIGNATURE("signature");

    private final String key;
    private final List<String> aliases;

    Setting(final String key, final String... aliases) {
        this.key = key;
        this.aliases = List.of(aliases);
    }

    /** The word a member types for it, and the label of its line when the settings are shown. */
    public String key() {
        return key;
    }

    /** The setting a member named, in any case, by its key or an alias. */
    public static Optional<Setting> named(final String word) {
        final String lower = word.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(setting -> setting.key.equals(lower) || setting.aliases.contains(lower))
                .findFirst();
    }

    /** The setting's value as the member reads and types it. */
    public String valueOf(final MemberSettings settings) {
        return switch (this) {
            case ZONE -> settings.zone().getId();
            case COUNTRY -> settings.country();
            case NUDGE_HOUR -> settings.nudgeHour().toString();
            case QUIET -> settings.quietStart() + "-" + settings.quietEnd();
            case CADENCE -> settings.cadence().key();
            case NAME -> settings.name();
            case SIGNATURE -> settings.signature();
        };
    }

    /** The settings with this one changed to what the member wrote, or why it cannot be. */
    Change apply(final MemberSettings current, final String value) {
        try {
            return switch (this) {
                case ZONE -> ZoneNames.find(value).map(zone -> Change.to(current.withZone(zone.id()), zone.inWords()))
                        .orElseGet(() -> Change.refused(ZoneNames.unknown(value)));
                case COUNTRY -> BusinessCalendar.isSupportedCountry(value)
                        ? Change.to(current.withCountry(Place.parse(value).orElseThrow().code()))
                        : Change.refused("I don't know the public holidays of \"" + MemberText.quote(TextLimits.cap(value, 20))
                                + "\". Use a two-letter code such as US, GB, DE, FR or CA, or a region such as GB-SCT,"
                                + " DE-BY or CA-ON.");
                case NUDGE_HOUR -> Change.to(current.withNudgeHour(LocalTime.parse(padTime(value))));
                case QUIET -> quiet(current, value);
                case CADENCE -> Cadence.parse(value).map(cadence -> Change.to(current.withCadence(cadence)))
                        .orElseGet(() -> Change.refused("Cadence is gentle (one check-in), standard (two, a week "
                                + "apart) or persistent (three, weekly)."));
                case NAME -> Change.to(current.withName(TextLimits.cap(value, TextLimits.NAME), current.signature()));
                case SIGNATURE -> Change.to(current.withName(current.name(), TextLimits.cap(value, TextLimits.LONG_TEXT)));
            };
        } catch (final DateTimeException | IllegalArgumentException invalid) {
            return Change.refused("\"" + MemberText.quote(TextLimits.cap(value, 40)) + "\" isn't a valid " + key
                    + ". For example: settings zone Europe/Berlin, settings nudge-hour 08:30, settings quiet 21:00-08:00.");
        }
    }

    private static Change quiet(final MemberSettings current, final String value) {
        final String[] range = value.split("\\s*-\\s*");
        if (range.length != 2) {
            return Change.refused("Write quiet hours as start-end, for example settings quiet 21:00-08:00.");
        }
        return Change.to(current.withQuietHours(LocalTime.parse(padTime(range[0])), LocalTime.parse(padTime(range[1]))));
    }

    private static String padTime(final String value) {
        final String trimmed = value.strip();
        return trimmed.matches("\\d:\\d\\d") ? "0" + trimmed : trimmed;
    }

    /** A setting applied: the new settings (and the zone in words when it was the zone), or a refusal. */
    record Change(Optional<MemberSettings> settings, Optional<String> inWords, Optional<String> problem) {
        static Change to(final MemberSettings settings) {
            return new Change(Optional.of(settings), Optional.empty(), Optional.empty());
        }

        static Change to(final MemberSettings settings, final String inWords) {
            return new Change(Optional.of(settings), Optional.of(inWords), Optional.empty());
        }

        static Change refused(final String problem) {
            return new Change(Optional.empty(), Optional.empty(), Optional.of(problem));
        }
    }
}
