package io.followupbot.followup;

import io.followupbot.chat.MemberText;
import io.followupbot.dates.ZoneNames;
import io.followupbot.interview.MemberSettings;
import io.followupbot.interview.TextLimits;
import io.followupbot.policy.Reading;
import io.followupbot.policy.SettingValues;
import java.util.function.Function;
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
    GOAL("goal", "weekly-goal"),
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
            case GOAL -> settings.hasWeeklyGoal() ? String.valueOf(settings.weeklyGoal()) : "off";
            case NAME -> settings.name();
            case SIGNATURE -> settings.signature();
        };
    }

    /** The settings with this one changed to what the member wrote, or why it cannot be. */
    Change apply(final MemberSettings current, final String value) {
        return switch (this) {
            case ZONE -> ZoneNames.find(value).map(zone -> Change.to(current.withZone(zone.id()), zone.inWords()))
                    .orElseGet(() -> refused(SettingValues.zone(value)));
            case COUNTRY -> changed(SettingValues.place(value), current::withCountry);
            case NUDGE_HOUR -> changed(SettingValues.timeOfDay(value), current::withNudgeHour);
            case QUIET -> changed(SettingValues.quietHours(value),
                    hours -> current.withQuietHours(hours.get(0), hours.get(1)));
            case CADENCE -> changed(SettingValues.cadence(value), current::withCadence);
            case GOAL -> changed(SettingValues.weeklyGoal(value), current::withWeeklyGoal);
            case NAME -> Change.to(current.withName(TextLimits.cap(value, TextLimits.NAME), current.signature()));
            case SIGNATURE -> Change.to(current.withName(current.name(), TextLimits.cap(value, TextLimits.LONG_TEXT)));
        };
    }

    private static <T> Change changed(final Reading<T> reading, final Function<T, MemberSettings> change) {
        return reading.value().map(value -> Change.to(change.apply(value))).orElseGet(() -> refused(reading));
    }

    private static Change refused(final Reading<?> reading) {
        return Change.refused(reading.refusal(MemberText::quote));
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
