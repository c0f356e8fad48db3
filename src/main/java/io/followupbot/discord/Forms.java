package io.followupbot.discord;

import io.followupbot.followup.Form;
import java.util.Optional;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;

/**
 * The application layer's forms as Discord modals: editing an interview, and the settings. Each input's id is
 * the field's key; the modal's id says which form and, for edit, which interview.
 */
final class Forms {

    static final String EDIT_PREFIX = "followup-edit:";
    static final String SETTINGS = "followup-settings";
    /** Discord refuses a modal whose label is longer than this. */
    static final int MAX_LABEL = 45;
    /** Discord refuses a text input longer than this. */
    private static final int MAX_INPUT = 4000;

    private Forms() {
    }

    /** @param form the interview as it stands now; shown filled in (the decision is the latest date) */
    static Modal edit(final int number, final Form form) {
        return modal(EDIT_PREFIX + number, form);
    }

    static Optional<Integer> editedNumber(final String modalId) {
        if (!modalId.startsWith(EDIT_PREFIX)) {
            return Optional.empty();
        }
        final String digits = modalId.substring(EDIT_PREFIX.length());
        return digits.matches("\\d{1,6}") ? Optional.of(Integer.parseInt(digits)) : Optional.empty();
    }

    static Modal settings(final Form form) {
        return modal(SETTINGS, form);
    }

    private static Modal modal(final String id, final Form form) {
        final Modal.Builder modal = Modal.create(id, form.title());
        for (final Form.FormField field : form.fields()) {
            final int max = Math.min(field.maxLength(), MAX_INPUT);
            final TextInput.Builder input = TextInput.create(field.key(),
                            field.multiline() ? TextInputStyle.PARAGRAPH : TextInputStyle.SHORT)
                    .setRequired(false).setMaxLength(max);
            final String value = field.fittedValue();
            if (!value.isBlank()) {
                input.setValue(value);
            }
            modal.addComponents(Label.of(label(field), input.build()));
        }
        return modal.build();
    }

    /** The field's label within Discord's limit. */
    static String label(final Form.FormField field) {
        final String label = field.label();
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1).strip() + "…";
    }
}
