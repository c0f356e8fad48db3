package io.followupbot.followup;

import java.util.List;
import java.util.Optional;

/**
 * A form as every platform renders it (a Slack modal, a Discord modal, the web page): its fields in order,
 * each with a stable key that a submission uses, whatever the labels say.
 */
public record Form(String title, List<FormField> fields) {

    public Form {
        fields = List.copyOf(fields);
    }

    public Optional<FormField> field(final String key) {
        return fields.stream().filter(field -> field.key().equals(key)).findFirst();
    }

    /**
     * One input.
     *
     * @param key what a submission calls it; never shown, never reworded
     * @param label what the member reads (from {@link Wording})
     * @param maxLength the longest value accepted, from {@link io.followupbot.interview.TextLimits} where it is text
     * @param multiline whether the value may span lines
     * @param value the current value, as the form shows it before the member types
     * @param choices the values to pick from, when the field is a choice; empty for free text
     */
    public record FormField(String key, String label, int maxLength, boolean multiline, String value,
                            List<Choice> choices) {

        public FormField {
            choices = List.copyOf(choices);
        }

        /** The current value cut to what the field accepts, on one line unless it is multi-line. */
        public String fittedValue() {
            return fitted(value, maxLength, multiline);
        }
    }

    /** A value as a form's box can hold it: one line unless the box has several, cut at its limit. */
    public static String fitted(final String value, final int max, final boolean multiline) {
        final String text = multiline ? value.strip() : value.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        return text.substring(0, Math.min(max, text.length())).strip();
    }

    /** One value to pick, and how it reads. */
    public record Choice(String value, String label) {
    }
}
