package io.followupbot.community;

import io.followupbot.policy.calendar.Place;
import io.followupbot.chat.MemberText;
import io.followupbot.dates.ZoneNames;
import io.followupbot.interview.Cadence;
import io.followupbot.interview.TextLimits;
import io.followupbot.policy.BusinessCalendar;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one community setting as an admin typed it: the same values a member's {@code settings} accepts, and
 * {@code default} (or an empty value in a form) to leave it to the bot's configuration again.
 */
final class SettingEdits {

    private static final Set<String> BACK_TO_DEFAULT = Set.of("", "default", "none", "-");

    /** The settings after the edit, or why it was refused. */
    record Edit(Optional<CommunitySettings> settings, String problem) {

        static Edit to(final CommunitySettings settings) {
            return new Edit(Optional.of(settings), "");
        }

        static Edit refused(final String problem) {
            return new Edit(Optional.empty(), problem);
        }
    }

    private SettingEdits() {
    }

    static Edit apply(final CommunitySettings current, final String key, final String typed) {
        final String value = typed == null ? "" : typed.strip();
        final boolean clear = BACK_TO_DEFAULT.contains(value.toLowerCase(Locale.ROOT));
        try {
            return switch (key.toLowerCase(Locale.ROOT)) {
                case "zone" -> clear ? Edit.to(current.withZone(Optional.empty())) : ZoneNames.find(value)
                        .map(zone -> Edit.to(current.withZone(Optional.of(zone.id()))))
                        .orElseGet(() -> Edit.refused(ZoneNames.unknown(value)));
                case "country" -> clear ? Edit.to(current.withCountry(Optional.empty())) : country(current, value);
                case "nudge-hour" -> Edit.to(current.withNudgeHour(clear ? Optional.empty() : Optional.of(time(value))));
                case "quiet" -> clear ? Edit.to(current.withQuiet(Optional.empty(), Optional.empty())) : quiet(current, value);
                case "cadence" -> clear ? Edit.to(current.withCadence(Optional.empty())) : Cadence.parse(value)
                        .map(cadence -> Edit.to(current.withCadence(Optional.of(cadence))))
                        .orElseGet(() -> Edit.refused("Cadence is gentle (one check-in), standard (two, a week apart) "
                                + "or persistent (three, weekly)."));
                default -> Edit.refused("I don't know the community setting \""
                        + MemberText.quote(TextLimits.cap(key, 30)) + "\". They are zone, country, nudge-hour, quiet "
                        + "and cadence.");
            };
        } catch (final DateTimeException invalid) {
            return Edit.refused("\"" + MemberText.quote(TextLimits.cap(value, 40)) + "\" isn't a valid " + key
                    + ". Write a time as 09:00, and quiet hours as 21:00-08:00.");
        }
    }

    private static Edit country(final CommunitySettings current, final String value) {
        if (!BusinessCalendar.isSupportedCountry(value)) {
            return Edit.refused("I don't know the public holidays of \"" + MemberText.quote(TextLimits.cap(value, 20))
                    + "\". Use a two-letter code such as US, GB, DE, FR or CA, or a region such as GB-SCT.");
        }
        return Edit.to(current.withCountry(Optional.of(Place.parse(value).orElseThrow().code())));
    }

    private static Edit quiet(final CommunitySettings current, final String value) {
        final String[] range = value.split("\\s*-\\s*");
        if (range.length != 2) {
            return Edit.refused("Write quiet hours as start-end, for example 21:00-08:00.");
        }
        return Edit.to(current.withQuiet(Optional.of(time(range[0])), Optional.of(time(range[1]))));
    }

    private static LocalTime time(final String value) {
        final String trimmed = value.strip();
        return LocalTime.parse(trimmed.matches("\\d:\\d\\d") ? "0" + trimmed : trimmed);
    }
}
