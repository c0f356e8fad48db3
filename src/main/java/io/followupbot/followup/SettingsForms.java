package io.followupbot.followup;

import io.followupbot.interview.Cadence;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberSettings;
import io.followupbot.interview.TextLimits;
import io.followupbot.store.Store;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Changing a member's settings, by a typed {@code settings <name> <value>} or by the settings form. The form
 * has the same five fields on every platform (Discord allows five inputs in a modal): the nudge hour and the
 * quiet hours share one, and so do the name and the lines under it. The weekly goal has no room there: it is set by
 * {@code settings goal N} and listed with the other settings. A change is checked whole: one value refused and
 * nothing is stored.
 */
public final class SettingsForms {

    public static final String ZONE = "zone";
    public static final String COUNTRY = "country";
    public static final String HOURS = "hours";
    public static final String CADENCE = "cadence";
    public static final String SIGNOFF = "signoff";
    private static final int SHORT = 60;

    private final Store store;
    private final FollowUps followUps;
    private final Wording words;

    public SettingsForms(final Store store, final FollowUps followUps, final Wording words) {
        this.store = store;
        this.words = words;
        this.followUps = followUps;
    }

    /** The form, filled with the member's settings (empty for a member the bot does not know yet). */
    public Form form(final Optional<Member> member) {
        return formOf(member.map(Member::settings), words);
    }

    /** The form filled with these settings, or empty. */
    public static Form formOf(final Optional<MemberSettings> settings, final Wording words) {
        final Map<String, String> values = settings.map(SettingsForms::values).orElseGet(Map::of);
        final List<Form.Choice> cadences = java.util.Arrays.stream(Cadence.values())
                .map(cadence -> new Form.Choice(cadence.key(), words.text("cadence." + cadence.key()))).toList();
        return new Form(words.text("settings.title"), List.of(
                field(words, ZONE, SHORT, false, values, List.of()),
                field(words, COUNTRY, SHORT, false, values, List.of()),
                field(words, HOURS, SHORT, false, values, List.of()),
                field(words, CADENCE, SHORT, false, values, cadences),
                field(words, SIGNOFF, TextLimits.NAME + 1 + TextLimits.LONG_TEXT, true, values, List.of())));
    }

    private static Form.FormField field(final Wording words, final String key, final int max, final boolean multiline,
                                        final Map<String, String> values, final List<Form.Choice> choices) {
        return new Form.FormField(key, words.text("settings." + key), max, multiline,
                values.getOrDefault(key, ""), choices);
    }

    /** What the form shows for these settings. */
    static Map<String, String> values(final MemberSettings settings) {
        final Map<String, String> values = new LinkedHashMap<>();
        values.put(ZONE, settings.zone().getId());
        values.put(COUNTRY, settings.country());
        values.put(HOURS, settings.nudgeHour() + ", " + settings.quietStart() + "-" + settings.quietEnd());
        values.put(CADENCE, settings.cadence().key());
        values.put(SIGNOFF, settings.signature().isBlank() ? settings.name()
                : settings.name() + "\n" + settings.signature());
        return values;
    }

    /**
     * A submitted form: the fields left empty or as they were shown stay as they are; refused field by field
     * (by the form's keys) if any value is wrong.
     */
    public FormResult submit(final Member member, final Map<String, String> submitted) {
        final Map<String, String> shown = values(member.settings());
        final Map<Setting, String> wanted = new EnumMap<>(Setting.class);
        final Map<Setting, String> fieldOf = new EnumMap<>(Setting.class);
        for (final String key : List.of(ZONE, COUNTRY, HOURS, CADENCE, SIGNOFF)) {
            final String value = submitted.getOrDefault(key, "").strip();
            if (value.isEmpty() || value.equals(shown.get(key).strip())) {
                continue;
            }
            final Map<Setting, String> settings = settingsOf(key, value, member.settings());
            settings.keySet().forEach(setting -> fieldOf.put(setting, key));
            wanted.putAll(settings);
        }
        final FormResult result = change(member, wanted);
        if (!(result instanceof FormResult.Refused refused)) {
            return result;
        }
        final Map<String, String> byField = new LinkedHashMap<>();
        refused.errors().forEach((setting, problem) -> byField.merge(
                fieldOf.get(Setting.named(setting).orElseThrow()), problem, (first, second) -> first + " " + second));
        return new FormResult.Refused(byField);
    }

    private static Map<Setting, String> settingsOf(final String key, final String value, final MemberSettings current) {
        final Map<Setting, String> settings = new EnumMap<>(Setting.class);
        switch (key) {
            case HOURS -> {
                final String[] parts = value.split("\\s*[,;]\\s*|\\s+(?=\\d{1,2}(?::\\d{2})?\\s*-)", 2);
                if (!parts[0].equals(Setting.NUDGE_HOUR.valueOf(current))) {
                    settings.put(Setting.NUDGE_HOUR, parts[0]);
                }
                if (parts.length > 1 && !parts[1].strip().equals(Setting.QUIET.valueOf(current))) {
                    settings.put(Setting.QUIET, parts[1].strip());
                }
            }
            case SIGNOFF -> {
                final String[] parts = value.split("\\s*(\\R|\\|)\\s*", 2);
                if (!parts[0].equals(current.name())) {
                    settings.put(Setting.NAME, parts[0]);
                }
                if (parts.length > 1 && !parts[1].isBlank() && !parts[1].strip().equals(current.signature().strip())) {
                    settings.put(Setting.SIGNATURE, parts[1].strip());
                }
            }
            default -> settings.put(Setting.named(key).orElseThrow(), value);
        }
        return settings;
    }

    /**
     * Changes settings as the member typed them; each value is checked by its {@link Setting}'s rule. Saved, the
     * member's open interviews are replanned in the same transaction. Refusals are by the setting's key.
     */
    public FormResult change(final Member member, final Map<Setting, String> wanted) {
        if (wanted.isEmpty()) {
            return new FormResult.Unchanged();
        }
        MemberSettings settings = member.settings();
        Optional<String> zoneInWords = Optional.empty();
        final Map<String, String> problems = new LinkedHashMap<>();
        for (final Map.Entry<Setting, String> entry : new EnumMap<>(wanted).entrySet()) {
            final Setting.Change change = entry.getKey().apply(settings, entry.getValue());
            change.problem().ifPresent(problem -> problems.put(entry.getKey().key(), problem));
            settings = change.settings().orElse(settings);
            if (change.inWords().isPresent()) {
                zoneInWords = change.inWords();
            }
        }
        if (!problems.isEmpty()) {
            return new FormResult.Refused(problems);
        }
        final Member updated = new Member(member.id(), member.key(), member.displayName(), settings,
                member.zoneConfirmed() || wanted.containsKey(Setting.ZONE), member.dmChannel(), member.lastChannel(),
                member.unreachableSince());
        store.useTransaction(session -> {
            session.saveMember(updated);
            followUps.replanAll(session, updated);
        });
        return new FormResult.SettingsSaved(updated, wanted.keySet(), zoneInWords);
    }
}
