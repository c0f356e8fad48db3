package io.followupbot.slack;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import io.followupbot.followup.Wording;
import io.followupbot.followup.Form;
import io.followupbot.followup.InterviewForms;
import java.util.Map;
import java.util.Optional;

/**
 * The modal that edits an interview: the application layer's edit form (company, role, the decision date, the
 * member's past result, each optional). The interview's number travels in the view's private metadata.
 */
final class EditModal {

    static final String CALLBACK_ID = "followup_edit";

    private EditModal() {
    }

    static View build(final int number, final Form form, final Wording words) {
        return SlackForms.modal(CALLBACK_ID, Integer.toString(number), form, words);
    }

    /** The interview number the view was opened for; empty if the metadata is not a number. */
    static Optional<Integer> number(final View view) {
        final String metadata = view.getPrivateMetadata();
        return metadata != null && metadata.matches("\\d{1,6}") ? Optional.of(Integer.parseInt(metadata))
                : Optional.empty();
    }

    static Map<String, String> values(final ViewState state) {
        return SlackForms.values(state, InterviewForms.FIELDS);
    }
}
