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
import io.followupbot.chat.Outbound;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings modal: one input per setting, filled with the member's current values (the fields of the
 * engine's {@code settings} reply). On submit, every changed value becomes the command
 * {@code settings <key> <value>}, so the modal and a typed command go through the same checks.
 */
final class SettingsModal {

    static final String CALLBACK_ID = "followup_settings";
    private static final List<String> KEYS = List.of("zone", "country", "nudge-hour", "quiet", "cadence", "name", "signature");
    private static final Map<String, String> LABELS = Map.of("zone", "Time zone (e.g. Europe/Berlin)",
            "country", "Country or region for holidays (e.g. US, GB-SCT)", "nudge-hour", "Nudge me at (HH:MM)",
            "quiet", "Quiet hours (start-end, e.g. 21:00-08:00)", "cadence", "Cadence",
            "name", "Your name", "signature", "Signature under drafts");
    private static final String NOT_SET = "(not set)";

    private SettingsModal() {
    }

    static View build(final List<Outbound.Field> current) {
        final Map<String, String> values = values(current);
        final List<LayoutBlock> blocks = new ArrayList<>();
        for (final String key : KEYS) {
            final String value = values.getOrDefault(key, "");
            if (key.equals("cadence")) {
                final List<OptionObject> options = List.of(cadence("gentle", "Gentle: one check-in"),
                        cadence("standard", "Standard: two, a week apart"), cadence("persistent", "Persistent: three, weekly"));
                final OptionObject initial = options.stream().filter(option -> option.getValue().equals(value))
                        .findFirst().orElse(null);
                blocks.add(input(block -> block.blockId(key).label(plainText(LABELS.get(key))).element(
                        staticSelect(select -> select.actionId(key).options(options).initialOption(initial)))));
            } else {
                blocks.add(input(block -> block.blockId(key).label(plainText(LABELS.get(key))).optional(true)
                        .element(plainTextInput(text -> text.actionId(key).multiline(key.equals("signature"))
                                .initialValue(value.isEmpty() ? null : value)))));
            }
        }
        return view(modal -> modal.type("modal").callbackId(CALLBACK_ID).title(viewTitle(title -> title.type("plain_text")
                        .text("Follow-up settings"))).submit(viewSubmit(submit -> submit.type("plain_text").text("Save")))
                .close(viewClose(close -> close.type("plain_text").text("Cancel"))).blocks(blocks));
    }

    /** The commands a submission stands for: only the settings whose value changed. */
    static List<String> commands(final ViewState state, final List<Outbound.Field> current) {
        final Map<String, String> before = values(current);
        final List<String> commands = new ArrayList<>();
        for (final String key : KEYS) {
            final Map<String, ViewState.Value> block = state.getValues().get(key);
            final ViewState.Value value = block == null ? null : block.get(key);
            if (value == null) {
                continue;
            }
            final String submitted = value.getSelectedOption() != null ? value.getSelectedOption().getValue()
                    : value.getValue() == null ? "" : value.getValue().strip();
            if (!submitted.isEmpty() && !submitted.equals(before.getOrDefault(key, ""))) {
                commands.add("settings " + key + " " + submitted.replaceAll("\\s*\\R\\s*", " / "));
            }
        }
        return commands;
    }

    private static Map<String, String> values(final List<Outbound.Field> fields) {
        final Map<String, String> values = new LinkedHashMap<>();
        fields.forEach(field -> values.put(field.label(), field.value().equals(NOT_SET) ? "" : field.value()));
        return values;
    }

    private static OptionObject cadence(final String value, final String label) {
        return option(plainText(label), value);
    }
}
