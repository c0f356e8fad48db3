package io.followupbot.community;

import io.followupbot.chat.MemberText;
import io.followupbot.interview.ListInWords;
import io.followupbot.interview.TextLimits;
import io.followupbot.policy.Reading;
import io.followupbot.policy.SettingValues;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
        return switch (key.toLowerCase(Locale.ROOT)) {
            case "zone" -> clear ? Edit.to(current.withZone(Optional.empty()))
                    : edited(SettingValues.zone(value), zone -> current.withZone(Optional.of(zone)));
            case "country" -> clear ? Edit.to(current.withCountry(Optional.empty()))
                    : edited(SettingValues.place(value), place -> current.withCountry(Optional.of(place)));
            case "nudge-hour" -> clear ? Edit.to(current.withNudgeHour(Optional.empty()))
                    : edited(SettingValues.timeOfDay(value), hour -> current.withNudgeHour(Optional.of(hour)));
            case "quiet" -> clear ? Edit.to(current.withQuiet(Optional.empty(), Optional.empty()))
                    : edited(SettingValues.quietHours(value),
                            hours -> current.withQuiet(Optional.of(hours.get(0)), Optional.of(hours.get(1))));
            case "cadence" -> clear ? Edit.to(current.withCadence(Optional.empty()))
                    : edited(SettingValues.cadence(value), cadence -> current.withCadence(Optional.of(cadence)));
            case "application-silence" -> clear ? Edit.to(current.withApplicationSilence(Optional.empty()))
                    : edited(SettingValues.applicationSilence(value), days -> current.withApplicationSilence(Optional.of(days)));
            default -> Edit.refused("I don't know the community setting \""
                    + MemberText.quote(TextLimits.cap(key, 30)) + "\". They are "
                    + ListInWords.and(CommunitySettings.KEYS) + ".");
        };
    }

    private static <T> Edit edited(final Reading<T> reading, final Function<T, CommunitySettings> edit) {
        return reading.value().map(value -> Edit.to(edit.apply(value)))
                .orElseGet(() -> Edit.refused(reading.refusal(MemberText::quote)));
    }
}
