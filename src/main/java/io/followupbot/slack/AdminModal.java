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
import io.followupbot.policy.SettingValues;
import io.followupbot.community.CommunitySettings;
import io.followupbot.drafts.DraftKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The community's settings modal, for workspace admins and owners: the defaults of every member (empty: the
 * bot's), and the wording of one draft at a time. On submit, only what changed is sent on.
 */
final class AdminModal {

    static final String CALLBACK_ID = "followup_community";
    static final String TEMPLATE_KIND = "template-kind";
    static final String TEMPLATE_TEXT = "template-text";
    private static final Map<String, String> LABELS = Map.of("zone", "Time zone (e.g. Europe/Berlin)",
            "country", "Country or region for holidays (e.g. GB)", "nudge-hour", "Nudges at (HH:MM)",
            "quiet", "Quiet hours (start-end, e.g. 21:00-08:00)", "cadence", "Cadence",
            "application-silence", "Days of silence after an application's follow-up (7-90)");
    private static final String DEFAULT = "default";

    /** What the admin submitted: the changed settings, and a draft's new wording if they wrote one. */
    record Submitted(Map<String, String> changes, Optional<String> templateKind, String templateText) {
    }

    private AdminModal() {
    }

    static View build(final Map<String, String> current) {
        final List<LayoutBlock> blocks = new ArrayList<>();
        for (final String key : CommunitySettings.KEYS) {
            final String value = current.getOrDefault(key, "");
            if (key.equals("cadence")) {
                final List<OptionObject> options = List.of(option(plainText("The bot's default"), DEFAULT),
                        option(plainText("Gentle: one check-in"), "gentle"),
                        option(plainText("Standard: two, a week apart"), "standard"),
                        option(plainText("Persistent: three, weekly"), "persistent"));
                final OptionObject initial = options.stream().filter(option -> option.getValue()
                        .equals(value.isEmpty() ? DEFAULT : value)).findFirst().orElse(null);
                blocks.add(input(block -> block.blockId(key).label(plainText(LABELS.get(key))).element(
                        staticSelect(select -> select.actionId(key).options(options).initialOption(initial)))));
            } else {
                blocks.add(input(block -> block.blockId(key).label(plainText(LABELS.get(key))).optional(true)
                        .element(plainTextInput(text -> text.actionId(key).initialValue(value.isEmpty() ? null : value)))));
            }
        }
        final List<OptionObject> kinds = new ArrayList<>();
        for (final DraftKind kind : DraftKind.values()) {
            kinds.add(option(plainText(kind.key().replace('_', ' ')), kind.key()));
        }
        blocks.add(input(block -> block.blockId(TEMPLATE_KIND).label(plainText("Rewrite a draft (optional)"))
                .optional(true).element(staticSelect(select -> select.actionId(TEMPLATE_KIND).options(kinds)))));
        blocks.add(input(block -> block.blockId(TEMPLATE_TEXT).label(plainText("Its wording, with {{company}}, "
                        + "{{recipientFirstName}}, ... (\"default\" for the bot's)")).optional(true)
                .element(plainTextInput(text -> text.actionId(TEMPLATE_TEXT).multiline(true).maxLength(SettingValues.TEMPLATE_LIMIT)))));
        return view(modal -> modal.type("modal").callbackId(CALLBACK_ID)
                .title(viewTitle(title -> title.type("plain_text").text("Community settings")))
                .submit(viewSubmit(submit -> submit.type("plain_text").text("Save")))
                .close(viewClose(close -> close.type("plain_text").text("Cancel"))).blocks(blocks));
    }

    static Submitted submitted(final ViewState state, final Map<String, String> current) {
        final Map<String, String> changes = new LinkedHashMap<>();
        for (final String key : CommunitySettings.KEYS) {
            final String value = value(state, key);
            final String before = current.getOrDefault(key, "");
            final boolean unchanged = value.equals(before) || value.equals(DEFAULT) && before.isEmpty();
            if (!unchanged) {
                changes.put(key, value.isEmpty() ? DEFAULT : value);
            }
        }
        final String kind = value(state, TEMPLATE_KIND);
        return new Submitted(changes, kind.isEmpty() ? Optional.empty() : Optional.of(kind), value(state, TEMPLATE_TEXT));
    }

    private static String value(final ViewState state, final String key) {
        final Map<String, ViewState.Value> block = state.getValues().get(key);
        final ViewState.Value value = block == null ? null : block.get(key);
        if (value == null) {
            return "";
        }
        return value.getSelectedOption() != null ? value.getSelectedOption().getValue()
                : value.getValue() == null ? "" : value.getValue().strip();
    }
}
