package io.followupbot.community;

import io.followupbot.interview.Cadence;
import io.followupbot.store.rows.CommunityRow;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a community's admins set for its members; an empty value leaves it to {@code bot-config.yml}. A member's
 * own setting wins over these (precedence: member, community, bot-config.yml).
 */
public record CommunitySettings(
        Optional<ZoneId> zone,
        Optional<String> country,
        Optional<LocalTime> nudgeHour,
        Optional<LocalTime> quietStart,
        Optional<LocalTime> quietEnd,
        Optional<Cadence> cadence,
        Optional<Integer> applicationSilence) {

    /** The settings' names, as the forms and the command line use them. */
    public static final java.util.List<String> KEYS = java.util.List.of("zone", "country", "nudge-hour", "quiet", "cadence",
            "application-silence");

    public static final CommunitySettings NONE = new CommunitySettings(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    static CommunitySettings of(final CommunityRow row) {
        return new CommunitySettings(Optional.ofNullable(row.timeZone()).map(ZoneId::of),
                Optional.ofNullable(row.country()), Optional.ofNullable(row.nudgeHour()).map(LocalTime::parse),
                Optional.ofNullable(row.quietStart()).map(LocalTime::parse),
                Optional.ofNullable(row.quietEnd()).map(LocalTime::parse),
                Optional.ofNullable(row.cadence()).flatMap(Cadence::parse), Optional.ofNullable(row.applicationSilence()));
    }

    CommunityRow row(final CommunityKey key) {
        return new CommunityRow(key.platform(), key.id(), zone.map(ZoneId::getId).orElse(null), country.orElse(null),
                nudgeHour.map(LocalTime::toString).orElse(null), quietStart.map(LocalTime::toString).orElse(null),
                quietEnd.map(LocalTime::toString).orElse(null), cadence.map(Cadence::key).orElse(null),
                applicationSilence.orElse(null));
    }

    CommunitySettings withApplicationSilence(final Optional<Integer> days) {
        return new CommunitySettings(zone, country, nudgeHour, quietStart, quietEnd, cadence, days);
    }

    CommunitySettings withZone(final Optional<ZoneId> value) {
        return new CommunitySettings(value, country, nudgeHour, quietStart, quietEnd, cadence, applicationSilence);
    }

    CommunitySettings withCountry(final Optional<String> value) {
        return new CommunitySettings(zone, value, nudgeHour, quietStart, quietEnd, cadence, applicationSilence);
    }

    CommunitySettings withNudgeHour(final Optional<LocalTime> value) {
        return new CommunitySettings(zone, country, value, quietStart, quietEnd, cadence, applicationSilence);
    }

    CommunitySettings withQuiet(final Optional<LocalTime> start, final Optional<LocalTime> end) {
        return new CommunitySettings(zone, country, nudgeHour, start, end, cadence, applicationSilence);
    }

    CommunitySettings withCadence(final Optional<Cadence> value) {
        return new CommunitySettings(zone, country, nudgeHour, quietStart, quietEnd, value, applicationSilence);
    }

    /** Each setting as the forms show it; empty when the community leaves it to the bot's configuration. */
    public Map<String, String> values() {
        final Map<String, String> values = new LinkedHashMap<>();
        values.put("zone", zone.map(ZoneId::getId).orElse(""));
        values.put("country", country.orElse(""));
        values.put("nudge-hour", nudgeHour.map(LocalTime::toString).orElse(""));
        values.put("quiet", quietStart.isPresent() && quietEnd.isPresent()
                ? quietStart.get() + "-" + quietEnd.get() : "");
        values.put("cadence", cadence.map(Cadence::key).orElse(""));
        values.put("application-silence", applicationSilence.map(String::valueOf).orElse(""));
        return values;
    }
}
