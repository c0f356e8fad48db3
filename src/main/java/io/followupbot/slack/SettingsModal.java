package io.followupbot.slack;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import io.followupbot.followup.Wording;
import io.followupbot.followup.Form;
import io.followupbot.followup.SettingsForms;
import java.util.List;
import java.util.Map;

/**
 * The settings modal: the application layer's settings form, filled with the member's current values; the
 * submission goes to the same use case as Discord's form and the typed {@code settings} command.
 */
final class SettingsModal {

    static final String CALLBACK_ID = "followup_settings";
    private static final List<String> KEYS = List.of(SettingsForms.ZONE, SettingsForms.COUNTRY, SettingsForms.HOURS,
            SettingsForms.CADENCE, SettingsForms.SIGNOFF);

    private SettingsModal() {
    }

    static View build(final Form form, final Wording words) {
        return SlackForms.modal(CALLBACK_ID, "", form, words);
    }

    /** The submitted values by the form's keys. */
    static Map<String, String> values(final ViewState state) {
        return SlackForms.values(state, KEYS);
    }
}
