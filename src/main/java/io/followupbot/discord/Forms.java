package io.followupbot.discord;

import io.followupbot.interview.MemberSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;

/** The two modals: editing an interview, and the settings. Their ids say which and, for edit, which interview. */
final class Forms {

    static final String EDIT_PREFIX = "followup-edit:";
    static final String SETTINGS = "followup-settings";

    /** The interview fields the edit form offers, by the word the intake's summary understands. */
    static final Map<String, String> EDIT_FIELDS = orderedMap(
            "company", "Company", "role", "Role", "decision", "When they said you'd hear back",
            "result", "Your result for a problem they raised");
    static final Map<String, String> SETTINGS_FIELDS = orderedMap(
            "zone", "Time zone (e.g. Europe/Berlin)", "nudge-hour", "Nudge hour (e.g. 09:00)",
            "quiet", "Quiet hours (e.g. 21:00-08:00)", "cadence", "Cadence: gentle, standard or persistent",
            "name", "Name | contact line for signatures");

    private Forms() {
    }

    static Modal edit(final int number) {
        final Modal.Builder modal = Modal.create(EDIT_PREFIX + number, "Edit interview #" + number);
        EDIT_FIELDS.forEach((id, label) -> modal.addComponents(Label.of(label,
                TextInput.create(id, id.equals("result") ? TextInputStyle.PARAGRAPH : TextInputStyle.SHORT)
                        .setRequired(false).setMaxLength(id.equals("result") ? 400 : 200)
                        .setPlaceholder("leave empty to keep it").build())));
        return modal.build();
    }

    static Optional<Integer> editedNumber(final String modalId) {
        if (!modalId.startsWith(EDIT_PREFIX)) {
            return Optional.empty();
        }
        final String digits = modalId.substring(EDIT_PREFIX.length());
        return digits.matches("\\d{1,6}") ? Optional.of(Integer.parseInt(digits)) : Optional.empty();
    }

    static Modal settings(final Optional<MemberSettings> current) {
        final Map<String, String> values = current.map(Forms::values).orElseGet(Map::of);
        final Modal.Builder modal = Modal.create(SETTINGS, "Your follow-up settings");
        SETTINGS_FIELDS.forEach((id, label) -> {
            final TextInput.Builder input = TextInput.create(id, TextInputStyle.SHORT).setRequired(false)
                    .setMaxLength(id.equals("name") ? 400 : 60);
            final String value = values.getOrDefault(id, "");
            if (!value.isBlank()) {
                input.setValue(value);
            }
            modal.addComponents(Label.of(label, input.build()));
        });
        return modal.build();
    }

    /** The current settings as the form shows them, so only what the member changed is sent on. */
    static Map<String, String> values(final MemberSettings settings) {
        final Map<String, String> values = new LinkedHashMap<>();
        values.put("zone", settings.zone().getId());
        values.put("nudge-hour", settings.nudgeHour().toString());
        values.put("quiet", settings.quietStart() + "-" + settings.quietEnd());
        values.put("cadence", settings.cadence().key());
        final String name = settings.name().strip();
        values.put("name", settings.signature().isBlank() ? name : name + " | " + settings.signature());
        return values;
    }

    private static Map<String, String> orderedMap(final String... pairs) {
        final Map<String, String> map = new LinkedHashMap<>();
        for (int index = 0; index < pairs.length; index += 2) {
            map.put(pairs[index], pairs[index + 1]);
        }
        return map;
    }
}
