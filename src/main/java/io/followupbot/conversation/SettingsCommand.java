package io.followupbot.conversation;

import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.dates.ZoneNames;
import io.followupbot.interview.Cadence;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberSettings;
import io.followupbot.interview.TextLimits;
import io.followupbot.policy.BusinessCalendar;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code settings [name value]}: the member's settings, or one changed (and their open interviews replanned).
 * Moved here from {@code Commands} as it was; the form model of issue #13 takes over its validation.
 */
final class SettingsCommand implements Command.ForMember {

    static final CommandSpec SPEC = CommandSpec.of("settings", "settings", "time zone, country, nudge hour, quiet "
            + "hours, cadence, name and signature", "Time zone, country, nudge hour, quiet hours, cadence, name, "
            + "signature", CommandArgument.choiceOf("key", "Which setting (leave out for a form)", List.of("zone",
            "country", "nudge-hour", "quiet", "cadence", "name", "signature")),
            CommandArgument.text("value", "The new value", false));

    /** A setting changed, or the reason it was not. */
    private record Change(MemberSettings settings, boolean zoneConfirmed, String saved, Optional<String> refusal) {
        static Change refused(final String reason) {
            return new Change(null, false, "", Optional.of(reason));
        }
    }

    private final CommandTools tools;

    SettingsCommand(final CommandTools tools) {
        this.tools = tools;
    }

    @Override
    public Transition run(final Member member, final ConversationState state, final String rest) {
        final String[] words = rest.split("\\s+", 2);
        final String key = words[0].toLowerCase(Locale.ROOT);
        final String value = words.length > 1 ? words[1].strip() : "";
        if (key.isBlank()) {
            return Command.stay(state, Reply.of(Outbound.text("Your settings (change one with settings <name> <value>, "
                    + "for example settings zone Europe/Berlin or settings cadence gentle):")
                    .withFields(settingsFields(member))));
        }
        final Change change;
        try {
            change = change(member, key, value);
        } catch (final DateTimeException | IllegalArgumentException invalid) {
            return Command.stay(state, Reply.text("\"" + CommandTools.echo(value, CommandTools.ECHO_PHRASE)
                    + "\" isn't a valid " + key + ". For example: settings zone Europe/Berlin, settings nudge-hour "
                    + "08:30, settings quiet 21:00-08:00."));
        }
        if (change.refusal().isPresent()) {
            return Command.stay(state, Reply.text(change.refusal().get()));
        }
        final Member updated = new Member(member.id(), member.key(), member.displayName(), change.settings(),
                change.zoneConfirmed(), member.dmChannel(), member.lastChannel(), member.unreachableSince());
        tools.store().useTransaction(session -> session.saveMember(updated));
        tools.parts().followUps().replanAll(updated);
        return Command.stay(state, Reply.of(Outbound.text(change.saved() + "Your open interviews are replanned to "
                + "match.").withFields(settingsFields(updated))));
    }

    private static Change change(final Member member, final String key, final String value) {
        final MemberSettings current = member.settings();
        final boolean zoneConfirmed = member.zoneConfirmed();
        final String saved = "Saved. ";
        switch (key) {
            case "zone":
            case "timezone":
            case "time-zone":
                final Optional<ZoneNames.Zone> zone = ZoneNames.find(value);
                if (zone.isEmpty()) {
                    return Change.refused(ZoneNames.unknown(value));
                }
                return new Change(current.withZone(zone.get().id()), true,
                        "Time zone set to " + zone.get().inWords() + ". ", Optional.empty());
            case "country":
                if (!BusinessCalendar.isSupportedCountry(value)) {
                    return Change.refused("I don't know the public holidays of \""
                            + CommandTools.echo(value, CommandTools.ECHO_CODE) + "\". Use a two-letter code such as US, "
                            + "GB, DE, FR or CA, or a region such as GB-SCT, DE-BY or CA-ON.");
                }
                return new Change(current.withCountry(BusinessCalendar.of(value).country()), zoneConfirmed, saved,
                        Optional.empty());
            case "nudge-hour":
            case "hour":
                return new Change(current.withNudgeHour(LocalTime.parse(padTime(value))), zoneConfirmed, saved,
                        Optional.empty());
            case "quiet":
            case "quiet-hours": {
                final String[] range = value.split("\\s*-\\s*");
                if (range.length != 2) {
                    return Change.refused("Write quiet hours as start-end, for example settings quiet 21:00-08:00.");
                }
                return new Change(current.withQuietHours(LocalTime.parse(padTime(range[0])),
                        LocalTime.parse(padTime(range[1]))), zoneConfirmed, saved, Optional.empty());
            }
            case "cadence": {
                final Optional<Cadence> cadence = Cadence.parse(value);
                if (cadence.isEmpty()) {
                    return Change.refused("Cadence is gentle (one check-in), standard (two, a week apart) "
                            + "or persistent (three, weekly).");
                }
                return new Change(current.withCadence(cadence.get()), zoneConfirmed, saved, Optional.empty());
            }
            case "name":
                return new Change(current.withName(TextLimits.cap(value, TextLimits.NAME), current.signature()),
                        zoneConfirmed, saved, Optional.empty());
            case "signature":
                return new Change(current.withName(current.name(), TextLimits.cap(value, TextLimits.LONG_TEXT)),
                        zoneConfirmed, saved, Optional.empty());
            default:
                return Change.refused("I don't know the setting \"" + CommandTools.echo(key, CommandTools.ECHO_WORD)
                        + "\". Settings are zone, country, nudge-hour, quiet, cadence, name and signature.");
        }
    }

    private static String padTime(final String value) {
        final String trimmed = value.strip();
        return trimmed.matches("\\d:\\d\\d") ? "0" + trimmed : trimmed;
    }

    static List<Outbound.Field> settingsFields(final Member member) {
        final MemberSettings settings = member.settings();
        return List.of(new Outbound.Field("zone", settings.zone().getId()),
                new Outbound.Field("country", settings.country()),
                new Outbound.Field("nudge-hour", settings.nudgeHour().toString()),
                new Outbound.Field("quiet", settings.quietStart() + "-" + settings.quietEnd()),
                new Outbound.Field("cadence", settings.cadence().key()),
                new Outbound.Field("name", settings.name().isBlank() ? "(not set)" : settings.name()),
                new Outbound.Field("signature", settings.signature().isBlank() ? "(not set)" : settings.signature()));
    }
}
