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
    /** Discord allows five inputs in a modal, so the nudge hour and the quiet hours share one. */
    static final Map<String, String> SETTINGS_FIELDS = orderedMap(
            "zone", "Time zone (e.g. Europe/Berlin)", "hours", "Nudge hour, quiet hours (09:00, 21:00-08:00)",
            "cadence", "Cadence: gentle, standard or persistent", "name", "Your name, to sign drafts",
            "signature", "Contact lines under your name");
    /** The same limits the intake and the settings command apply. */
    static final int MAX_NAME = 200;
    static final int MAX_SIGNATURE = 500;
    private static final int MAX_SHORT = 60;
    /** Discord refuses a modal whose label is longer than this. */
    static final int MAX_LABEL = 45;

    private Forms() {
    }

    /** @param current the interview as it stands now, by field; shown filled in (the decision is the latest date) */
    static Modal edit(final int number, final Map<String, String> current) {
        final Modal.Builder modal = Modal.create(EDIT_PREFIX + number, "Edit interview #" + number);
        EDIT_FIELDS.forEach((id, label) -> {
            final int max = id.equals("result") ? 400 : 200;
            final String value = current.getOrDefault(id, "");
            modal.addComponents(Label.of(label,
                    TextInput.create(id, id.equals("result") ? TextInputStyle.PARAGRAPH : TextInputStyle.SHORT)
                            .setRequired(false).setMaxLength(max).setPlaceholder("leave empty to keep it")
                            .setValue(value.isBlank() ? null : value.substring(0, Math.min(value.length(), max)))
                            .build()));
        });
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
            final boolean paragraph = id.equals("signature");
            final int max = maxLength(id);
            final TextInput.Builder input = TextInput.create(id, paragraph ? TextInputStyle.PARAGRAPH : TextInputStyle.SHORT)
                    .setRequired(false).setMaxLength(max);
            final String value = fitted(values.getOrDefault(id, ""), max, paragraph);
            if (!value.isBlank()) {
                input.setValue(value);
            }
            modal.addComponents(Label.of(label, input.build()));
        });
        return modal.build();
    }

    static int maxLength(final String id) {
        return switch (id) {
            case "name" -> MAX_NAME;
            case "signature" -> MAX_SIGNATURE;
            default -> MAX_SHORT;
        };
    }

    /** A prefilled value Discord accepts: within the box's length, and on one line in a single-line box. */
    static String fitted(final String value, final int max, final boolean multiLine) {
        final String text = multiLine ? value.strip() : value.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        return text.length() <= max ? text : text.substring(0, max).strip();
    }

    /** The current settings as the form shows them, so only what the member changed is sent on. */
    static Map<String, String> values(final MemberSettings settings) {
        final Map<String, String> values = new LinkedHashMap<>();
        values.put("zone", settings.zone().getId());
        values.put("hours", settings.nudgeHour() + ", " + settings.quietStart() + "-" + settings.quietEnd());
        values.put("cadence", settings.cadence().key());
        values.put("name", fitted(settings.name(), MAX_NAME, false));
        values.put("signature", fitted(settings.signature(), MAX_SIGNATURE, true));
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
