package io.followupbot.discord;

import io.followupbot.policy.SettingValues;
import io.followupbot.followup.Form;
import io.followupbot.drafts.DraftKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;

/**
 * The community's two forms on Discord, for members with Manage Server: the server's defaults (five inputs,
 * Discord's most), and the wording of one draft ({@code /followup admin template:<kind>}).
 */
final class AdminForms {

    static final String SETTINGS = "followup-community";
    static final String TEMPLATE_PREFIX = "followup-community-template:";
    static final String TEMPLATE_INPUT = "wording";
    private static final int MAX_SHORT = 60;
    /** Labels within Discord's 45 characters. */
    private static final Map<String, String> LABELS = labels();

    private AdminForms() {
    }

    /** Whether a modal id is one of these forms. */
    static boolean owns(final String modalId) {
        return modalId.equals(SETTINGS) || modalId.startsWith(TEMPLATE_PREFIX);
    }

    static Modal settings(final Map<String, String> current) {
        final Modal.Builder modal = Modal.create(SETTINGS, "Community settings");
        LABELS.forEach((key, label) -> {
            final TextInput.Builder input = TextInput.create(key, TextInputStyle.SHORT).setRequired(false)
                    .setMaxLength(MAX_SHORT).setPlaceholder("empty: the bot's default");
            final String value = current.getOrDefault(key, "");
            if (!value.isBlank()) {
                input.setValue(Form.fitted(value, MAX_SHORT, false));
            }
            modal.addComponents(Label.of(label, input.build()));
        });
        return modal.build();
    }

    static Modal template(final DraftKind kind, final String current) {
        final TextInput.Builder input = TextInput.create(TEMPLATE_INPUT, TextInputStyle.PARAGRAPH).setRequired(false)
                .setMaxLength(SettingValues.TEMPLATE_LIMIT).setPlaceholder("{{greeting}} ... {{company}} ... {{name}}; empty: the bot's");
        final String value = Form.fitted(current, SettingValues.TEMPLATE_LIMIT, true);
        if (!value.isBlank()) {
            input.setValue(value);
        }
        return Modal.create(TEMPLATE_PREFIX + kind.key(), "Wording: " + kind.key().replace('_', ' '))
                .addComponents(Label.of("The draft, as a template", input.build())).build();
    }

    /** The draft kind of a template form. */
    static Optional<DraftKind> templateKind(final String modalId) {
        return modalId.startsWith(TEMPLATE_PREFIX)
                ? DraftKind.fromKey(modalId.substring(TEMPLATE_PREFIX.length())) : Optional.empty();
    }

    /** The settings an admin changed in the form (an emptied box goes back to the bot's default). */
    static Map<String, String> changes(final Map<String, String> submitted, final Map<String, String> current) {
        final Map<String, String> changes = new LinkedHashMap<>();
        for (final String key : LABELS.keySet()) {
            final String value = submitted.getOrDefault(key, "").strip();
            if (!value.equals(current.getOrDefault(key, ""))) {
                changes.put(key, value.isEmpty() ? "default" : value);
            }
        }
        return changes;
    }

    private static Map<String, String> labels() {
        final Map<String, String> labels = new LinkedHashMap<>();
        labels.put("zone", "Time zone (e.g. Europe/Berlin)");
        labels.put("country", "Country for holidays (e.g. GB, DE-BY)");
        labels.put("nudge-hour", "Nudges at (HH:MM)");
        labels.put("quiet", "Quiet hours (e.g. 21:00-08:00)");
        labels.put("cadence", "Cadence: gentle, standard, persistent");
        return labels;
    }
}
