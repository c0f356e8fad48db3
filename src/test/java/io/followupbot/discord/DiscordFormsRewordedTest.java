package io.followupbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.followupbot.followup.Wording;
import io.followupbot.testkit.DiscordBot;
import io.followupbot.testkit.DiscordEmulator;
import io.followupbot.testkit.DiscordUser;
import io.followupbot.testkit.Reworded;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Discord's forms and buttons learn what happened from keys and typed results, never from words: with every
 * label, title, saved message and summary button reworded, each still works.
 */
final class DiscordFormsRewordedTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    final DiscordBot bot = DiscordBot.at("2026-03-02T15:00:00Z").zone("UTC").reworded(Reworded.everything());

    @Test
    @DisplayName("GIVEN every word of the forms and the summary reworded WHEN a member confirms the summary, saves "
            + "the settings form (country included) and the edit form THEN each is stored, and a refused value "
            + "stores nothing")
    void formsWorkWhateverTheyAreCalled() {
        final DiscordUser ana = bot.user("100000000000000001", "ana");
        ana.slashInDm("new");
        await().atMost(WAIT).until(() -> ana.transcript().contains("time zone"));
        DiscordJourneys.toTheFormat(ana, "Ana Ruiz", "Acme", "Data Analyst", "today 10am");
        ana.click("video", "Who interviewed you");
        ana.answer("skip", "hear back");
        DiscordJourneys.toTheSummary(ana, "by Friday");
        ana.click(button(ana, Reworded.text("summary.confirm")), "Saved as #1, Acme");

        final JsonNode settings = modal(ana.slashInDm("settings"));
        assertThat(settings.toString()).contains(Reworded.text("settings.country"))
                .doesNotContain(Wording.standard().text("settings.zone"));
        submit(ana, settings, Map.of(Reworded.text("settings.zone"), "Europe/Berlin",
                Reworded.text("settings.country"), "DE", Reworded.text("settings.hours"), "08:30, 22:00-07:00",
                Reworded.text("settings.cadence"), "gentle", Reworded.text("settings.signoff"), "Ana Ruiz\nana@example.com"),
                Reworded.start("settings.saved"));
        assertThat(bot.count("SELECT COUNT(*) FROM members WHERE time_zone = 'Europe/Berlin' AND country = 'DE' "
                + "AND nudge_hour = '08:30' AND quiet_start = '22:00' AND quiet_end = '07:00' AND cadence = 'gentle' "
                + "AND full_name = 'Ana Ruiz' AND signature = 'ana@example.com'")).isEqualTo(1);

        submit(ana, modal(ana.slashInDm("settings")), Map.of(Reworded.text("settings.zone"), "Mars/Olympus",
                Reworded.text("settings.cadence"), "standard"), Reworded.start("form.refused"));
        assertThat(bot.count("SELECT COUNT(*) FROM members WHERE time_zone = 'Europe/Berlin' AND cadence = 'gentle'"))
                .isEqualTo(1);

        final JsonNode edit = modal(ana.slashInDm("edit", "id", 1));
        assertThat(edit.toString()).contains(Reworded.text("edit.company"));
        submit(ana, edit, Map.of(Reworded.text("edit.company"), "Acme Corp", Reworded.text("edit.decision"),
                "2026-03-20"), Reworded.start("edit.saved"));
        assertThat(bot.count("SELECT COUNT(*) FROM interviews WHERE company = 'Acme Corp' "
                + "AND decision_date = '2026-03-20'")).isEqualTo(1);
    }

    private JsonNode modal(final DiscordUser.Sent opened) {
        await().atMost(WAIT).until(() -> !bot.discord().callbacks(opened.id()).isEmpty());
        final JsonNode modal = bot.discord().callbacks(opened.id()).get(0).json();
        assertThat(modal.path("type").asInt()).as("a modal").isEqualTo(9);
        return modal.path("data");
    }

    /** Types each value into the box with that label, as a member would, and submits the modal by its ids. */
    private void submit(final DiscordUser user, final JsonNode modal, final Map<String, String> byLabel,
                        final String expected) {
        final Map<String, String> values = new LinkedHashMap<>();
        for (final JsonNode label : modal.path("components")) {
            final String text = label.path("label").asText();
            if (byLabel.containsKey(text)) {
                values.put(label.path("component").path("custom_id").asText(), byLabel.get(text));
            }
        }
        assertThat(values).as("boxes found by their labels").hasSameSizeAs(byLabel);
        final int before = user.transcript().length();
        user.submitModal(modal.path("custom_id").asText(), false, values);
        await().atMost(WAIT).until(() -> user.transcript().substring(before).contains(expected));
    }

    /** The id of the latest button with this label the bot sent (in a DM or a follow-up to a click). */
    private String button(final DiscordUser user, final String label) {
        final List<DiscordEmulator.Request> sent = bot.discord().requests().stream()
                .filter(request -> request.method().equals("POST") && !request.body().isBlank()
                        && (request.path().contains("/webhooks/") || request.path().contains(user.dmChannel())))
                .toList();
        for (int index = sent.size() - 1; index >= 0; index--) {
            for (final JsonNode row : sent.get(index).json().path("components")) {
                for (final JsonNode component : row.path("components")) {
                    if (component.path("label").asText().equals(label)) {
                        return component.path("custom_id").asText();
                    }
                }
            }
        }
        throw new AssertionError("no button \"" + label + "\" was sent");
    }


}
