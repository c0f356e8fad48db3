package io.followupbot.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import io.followupbot.conversation.FormEdits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The modal that edits an interview: company, role, the decision date and the member's past result, each
 * optional (empty keeps the value). The interview's number travels in the view's private metadata; the submission goes through
 * {@link FormEdits}, so it is checked exactly like the typed {@code edit} conversation.
 */
final class EditModal {

    static final String CALLBACK_ID = "followup_edit";
    private static final Map<String, String> LABELS = Map.of("company", "Company", "role", "Role",
            "decision", "When they said you'd hear back (e.g. by Friday)",
            "result", "A result of yours that answers a problem they raised");

    private EditModal() {
    }

    /** @param current the interview as it stands now, by field (see {@link FormEdits#current}); shown filled in */
    static View build(final int number, final Map<String, String> current) {
        final List<LayoutBlock> blocks = new ArrayList<>();
        for (final String field : FormEdits.FIELDS) {
            final int max = field.equals("result") ? 400 : 200;
            final String value = current.getOrDefault(field, "");
            blocks.add(input(block -> block.blockId(field).label(plainText(LABELS.get(field))).optional(true)
                    .element(plainTextInput(text -> text.actionId(field).multiline(field.equals("result"))
                            .maxLength(max).initialValue(value.isBlank() ? null
                                    : value.substring(0, Math.min(value.length(), max)))))));
        }
        return view(modal -> modal.type("modal").callbackId(CALLBACK_ID).privateMetadata(Integer.toString(number))
                .title(viewTitle(title -> title.type("plain_text").text("Edit interview #" + number)))
                .submit(viewSubmit(submit -> submit.type("plain_text").text("Save")))
                .close(viewClose(close -> close.type("plain_text").text("Cancel"))).blocks(blocks));
    }

    /** The interview number the view was opened for; empty if the metadata is not a number. */
    static Optional<Integer> number(final View view) {
        final String metadata = view.getPrivateMetadata();
        return metadata != null && metadata.matches("\\d{1,6}") ? Optional.of(Integer.parseInt(metadata))
                : Optional.empty();
    }

    static Map<String, String> values(final ViewState state) {
        final Map<String, String> values = new LinkedHashMap<>();
        for (final String field : FormEdits.FIELDS) {
            final Map<String, ViewState.Value> block = state == null ? null : state.getValues().get(field);
            final ViewState.Value value = block == null ? null : block.get(field);
            if (value != null && value.getValue() != null) {
                values.put(field, value.getValue());
            }
        }
        return values;
    }
}
