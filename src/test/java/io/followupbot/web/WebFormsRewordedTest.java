package io.followupbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.followupbot.followup.Wording;
import io.followupbot.testkit.Reworded;
import io.followupbot.testkit.WebChat;
import io.followupbot.testkit.WebVisitor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The web chat's buttons and forms learn what happened from values, keys and typed results, never from words:
 * with every label, title, saved message and summary button reworded, each still works.
 */
final class WebFormsRewordedTest {

    @RegisterExtension
    final WebChat web = WebChat.at("2026-03-10T19:00:00Z").reworded(Reworded.everything());
    private final WebVisitor browser = web.visitor();

    @Test
    @DisplayName("GIVEN every word of the forms and the summary reworded WHEN a member taps the summary's button and "
            + "saves the settings and edit forms of the page THEN each is stored, and a refused value stores nothing")
    void buttonsAndFormsWorkWhateverTheyAreCalled() throws Exception {
        JsonNode summary = null;
        for (final String answer : new String[] {"/followup", "ok", "Ana Ruiz", "Acme", "Data Analyst", "today 10am",
            "video", "skip", "by Friday", "skip", "skip", "email"}) {
            summary = say(answer, "message");
        }
        assertThat(summary.toString()).contains("Save it?").doesNotContain("\"Confirm\"");
        final String confirm = WebVisitor.buttonValue(summary, Reworded.text("summary.confirm"));
        assertThat(say(confirm, "button").toString()).contains("Saved as #1");

        final JsonNode settings = browser.get("/api/forms/settings");
        assertThat(settings.toString()).contains(Reworded.text("settings.country"))
                .doesNotContain(Wording.standard().text("settings.zone"));
        assertThat(browser.post("/api/forms/settings", byLabel(settings, Map.of(Reworded.text("settings.zone"), "Europe/Berlin",
                Reworded.text("settings.country"), "DE", Reworded.text("settings.hours"), "08:30, 22:00-07:00",
                Reworded.text("settings.cadence"), Reworded.text("cadence.gentle"),
                Reworded.text("settings.signoff"), "Ana Ruiz\nana@example.com"))))
                .contains(Reworded.start("settings.saved"));
        assertThat(web.count("SELECT COUNT(*) FROM members WHERE time_zone = 'Europe/Berlin' AND country = 'DE' "
                + "AND nudge_hour = '08:30' AND quiet_start = '22:00' AND cadence = 'gentle' "
                + "AND signature = 'ana@example.com'")).isEqualTo(1);

        assertThat(browser.post("/api/forms/settings", byLabel(browser.get("/api/forms/settings"), Map.of(
                Reworded.text("settings.zone"), "Mars/Olympus", Reworded.text("settings.cadence"),
                Reworded.text("cadence.standard"))))).contains(Reworded.start("form.refused"));
        assertThat(web.count("SELECT COUNT(*) FROM members WHERE cadence = 'gentle'")).isEqualTo(1);

        final JsonNode edit = browser.get("/api/forms/edit/1");
        assertThat(edit.path("title").asText()).isEqualTo(Reworded.text("edit.title").replace("%d", "1"));
        assertThat(browser.post("/api/forms/edit/1", byLabel(edit, Map.of(Reworded.text("edit.company"), "Acme Corp",
                Reworded.text("edit.decision"), "2026-03-20")))).contains(Reworded.start("edit.saved"));
        assertThat(web.count("SELECT COUNT(*) FROM interviews WHERE company = 'Acme Corp' "
                + "AND decision_date = '2026-03-20'")).isEqualTo(1);
        assertThat(browser.get("/api/history").toString()).as("the answers are kept in the transcript")
                .contains(Reworded.start("edit.saved"));
    }

    private JsonNode say(final String text, final String kind) throws Exception {
        return WebVisitor.json(browser.post("/api/message", Map.of("text", text, "kind", kind)));
    }

    /** The form's values as a member fills it: each typed into the field with that label, sent by its key. */
    private static Map<String, Object> byLabel(final JsonNode form, final Map<String, String> values) {
        final Map<String, String> byKey = new LinkedHashMap<>();
        for (final JsonNode field : form.path("fields")) {
            final String typed = values.get(field.path("label").asText());
            if (typed == null) {
                continue;
            }
            String value = typed;
            for (final JsonNode choice : field.path("choices")) {
                if (choice.path("label").asText().equals(typed)) {
                    value = choice.path("value").asText();
                }
            }
            byKey.put(field.path("key").asText(), value);
        }
        assertThat(byKey).as("fields found by their labels").hasSameSizeAs(values);
        return Map.of("values", byKey);
    }
}
