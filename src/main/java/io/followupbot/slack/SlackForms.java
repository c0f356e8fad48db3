package io.followupbot.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import io.followupbot.followup.Form;
import io.followupbot.followup.Wording;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form of the application layer as a Slack modal: one input block per field, its block and action ids the
 * field's key, so a submission is read by key whatever the labels say. A field with choices is a select.
 */
final class SlackForms {

    /** Slack refuses a modal title longer than this. */
    private static final int MAX_TITLE = 24;

    private SlackForms() {
    }

    static View modal(final String callbackId, final String metadata, final Form form, final Wording words) {
        final List<LayoutBlock> blocks = new ArrayList<>();
        for (final Form.FormField field : form.fields()) {
            blocks.add(field.choices().isEmpty() ? text(field) : select(field));
        }
        final String title = form.title().length() <= MAX_TITLE ? form.title() : form.title().substring(0, MAX_TITLE);
        return view(modal -> modal.type("modal").callbackId(callbackId).privateMetadata(metadata)
                .title(viewTitle(heading -> heading.type("plain_text").text(title)))
                .submit(viewSubmit(submit -> submit.type("plain_text").text(words.text("form.save"))))
                .close(viewClose(close -> close.type("plain_text").text(words.text("form.cancel")))).blocks(blocks));
    }

    private static LayoutBlock text(final Form.FormField field) {
        final String value = field.fittedValue();
        return input(block -> block.blockId(field.key()).label(plainText(field.label())).optional(true)
                .element(plainTextInput(input -> input.actionId(field.key()).multiline(field.multiline())
                        .maxLength(field.maxLength()).initialValue(value.isBlank() ? null : value))));
    }

    private static LayoutBlock select(final Form.FormField field) {
        final List<OptionObject> options = field.choices().stream()
                .map(choice -> option(plainText(choice.label()), choice.value())).toList();
        final OptionObject initial = options.stream().filter(option -> option.getValue().equals(field.value()))
                .findFirst().orElse(null);
        return input(block -> block.blockId(field.key()).label(plainText(field.label())).optional(true)
                .element(staticSelect(select -> select.actionId(field.key()).options(options).initialOption(initial))));
    }

    /** The submitted values by field key: a typed text, or the value of the option picked. */
    static Map<String, String> values(final ViewState state, final List<String> keys) {
        final Map<String, String> values = new LinkedHashMap<>();
        for (final String key : keys) {
            final Map<String, ViewState.Value> block = state == null || state.getValues() == null ? null
                    : state.getValues().get(key);
            final ViewState.Value value = block == null ? null : block.get(key);
            if (value == null) {
                continue;
            }
            final String submitted = value.getSelectedOption() != null ? value.getSelectedOption().getValue()
                    : value.getValue();
            if (submitted != null) {
                values.put(key, submitted);
            }
        }
        return values;
    }
}
