package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.followupbot.followup.Wording;
import io.followupbot.testkit.Reworded;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slack's forms and buttons learn what happened from keys and typed results, never from words: with every
 * label, title, saved message and summary button reworded, each still works.
 */
final class SlackFormsRewordedTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    final SlackHarness harness = SlackHarness.reworded(Reworded.everything());
    private final SlackMember ana = harness.member("T1", "U1");

    @Test
    @DisplayName("GIVEN every word of the forms and the summary reworded WHEN a member confirms the summary, saves "
            + "the settings form and the edit form THEN each is stored, and a refused value stores nothing")
    void formsWorkWhateverTheyAreCalled() {
        // the summary's confirm button, whatever it says
        SlackJourneys.toTheFormat(ana, "Ana Ruiz", "Acme Analytics", "Data Analyst", "today 2pm");
        ana.click("Video", "Who interviewed you");
        ana.say("skip", "hear back");
        SlackJourneys.toTheSummary(ana, "by Friday");
        assertThat(ana.buttonValue(Reworded.text("summary.confirm"))).isEqualTo("confirm");
        ana.click(Reworded.text("summary.confirm"), "Saved as #1");

        // the settings form: reworded labels, submitted by key; nudge hour, quiet hours and the sign-off too
        final int beforeModal = harness.emulator().callCount();
        harness.slack().post(SignedSlack.buttonBody("T1", "U1", "", "view", "settings"), false);
        final String settings = harness.awaitCalls(beforeModal, call -> call.method().equals("views.open")).get(0)
                .arg("view");
        assertThat(settings).contains(Reworded.text("settings.zone"), Reworded.text("settings.signoff"))
                .doesNotContain(Wording.standard().text("settings.zone"));
        final int beforeSave = harness.emulator().callCount();
        harness.slack().post(SignedSlack.viewSubmissionBody("T1", "U1", typed(settings, Map.of(
                Reworded.text("settings.zone"), "Europe/Berlin", Reworded.text("settings.country"), "DE",
                Reworded.text("settings.hours"), "08:30, 22:00-07:00",
                Reworded.text("settings.cadence"), Reworded.text("cadence.gentle"),
                Reworded.text("settings.signoff"), "Ana Ruiz\nana@example.com"))), false);
        ana.awaitText(beforeSave, Reworded.start("settings.saved"));
        assertThat(harness.count("SELECT COUNT(*) FROM members WHERE time_zone = 'Europe/Berlin' AND country = 'DE' "
                + "AND nudge_hour = '08:30' AND quiet_start = '22:00' AND quiet_end = '07:00' AND cadence = 'gentle' "
                + "AND full_name = 'Ana Ruiz' AND signature = 'ana@example.com'")).isEqualTo(1);

        // a refused value: the reworded refusal, and nothing stored
        final int beforeRefusal = harness.emulator().callCount();
        harness.slack().post(SignedSlack.viewSubmissionBody("T1", "U1", typed(settings, Map.of(
                Reworded.text("settings.zone"), "Mars/Olympus",
                Reworded.text("settings.cadence"), Reworded.text("cadence.standard")))), false);
        ana.awaitText(beforeRefusal, Reworded.start("form.refused"));
        assertThat(harness.count("SELECT COUNT(*) FROM members WHERE time_zone = 'Europe/Berlin' "
                + "AND cadence = 'gentle'")).isEqualTo(1);

        // the edit form: a reworded title and labels, submitted by key
        final int beforeEdit = harness.emulator().callCount();
        harness.slack().post(SignedSlack.buttonBody("T1", "U1", "DU1", "message", "edit 1"), false);
        final String edit = harness.awaitCalls(beforeEdit, call -> call.method().equals("views.open")).get(0).arg("view");
        assertThat(edit).contains(Reworded.text("edit.company")).contains("\"initial_value\":\"Acme Analytics\"");
        final int beforeEditSave = harness.emulator().callCount();
        harness.slack().post(SignedSlack.viewSubmissionBody("T1", "U1", "followup_edit", "1", typed(edit, Map.of(
                Reworded.text("edit.company"), "Acme Labs", Reworded.text("edit.decision"), "2026-03-20"))), false);
        ana.awaitText(beforeEditSave, Reworded.start("edit.saved"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> harness.count("SELECT COUNT(*) FROM interviews "
                + "WHERE company = 'Acme Labs' AND decision_date = '2026-03-20'") == 1);
    }

    /**
     * What Slack sends when a member fills in the modal as they see it: each value typed into the box with that
     * label (or the option with that text picked), keyed by the ids the bot gave those boxes.
     */
    private static String typed(final String viewJson, final Map<String, String> byLabel) {
        final ObjectNode values = JSON.createObjectNode();
        try {
            for (final JsonNode block : JSON.readTree(viewJson).path("blocks")) {
                final String label = block.path("label").path("text").asText();
                if (!byLabel.containsKey(label)) {
                    continue;
                }
                final JsonNode element = block.path("element");
                final ObjectNode value = values.putObject(block.path("block_id").asText())
                        .putObject(element.path("action_id").asText());
                value.put("type", element.path("type").asText());
                if (element.path("type").asText().equals("static_select")) {
                    for (final JsonNode option : element.path("options")) {
                        if (option.path("text").path("text").asText().equals(byLabel.get(label))) {
                            value.set("selected_option", option);
                        }
                    }
                } else {
                    value.put("value", byLabel.get(label));
                }
            }
        } catch (final java.io.IOException unreadable) {
            throw new AssertionError(unreadable);
        }
        assertThat(values.size()).as("boxes found by their labels").isEqualTo(byLabel.size());
        return values.toString();
    }
}
