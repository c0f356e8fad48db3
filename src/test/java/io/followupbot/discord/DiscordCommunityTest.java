package io.followupbot.discord;

import static io.followupbot.testkit.DiscordUser.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.followupbot.testkit.CommunityWording;
import io.followupbot.testkit.DiscordBot;
import io.followupbot.testkit.DiscordEmulator;
import io.followupbot.testkit.DiscordUser;
import io.followupbot.testkit.OnDiscord;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A server's admins shape the bot for its members: the real bot with JDA against the Discord emulator. */
@OnDiscord(at = "2026-03-02T15:00:00Z", zone = "UTC")
final class DiscordCommunityTest {

    @Test
    @DisplayName("GIVEN a server member without Manage Server WHEN they use /followup admin THEN they get one clear, "
            + "private line and no form")
    void memberWithoutManageServerIsRefused(final DiscordBot bot, final DiscordUser bea) {
        final DiscordUser.Sent sent = bea.slashInServer("admin");

        final JsonNode answer = callback(bot, sent);
        assertThat(answer.path("type").asInt()).isEqualTo(4);
        assertThat(answer.path("data").path("content").asText()).contains("Only this community's admins");
        assertThat(answer.path("data").path("flags").asInt() & 64).isEqualTo(64);
    }

    @Test
    @DisplayName("GIVEN a server admin (Manage Server) WHEN they set the server's cadence to gentle and its own final "
            + "check-in THEN a member of the server gets a plan with one check-in and a draft in the server's words")
    void adminSetsCadenceAndTemplateThatAMemberUses(final DiscordBot bot, final DiscordUser admin, final DiscordUser cy) {
        admin.withManageServer();
        final JsonNode form = callback(bot, admin.slashInServer("admin"));
        assertThat(form.path("type").asInt()).isEqualTo(9);
        assertThat(form.path("data").path("custom_id").asText()).isEqualTo("followup-community");
        submit(admin, "followup-community", DiscordUser.values("cadence", "gentle"), "Saved.");

        final JsonNode wordingForm = callback(bot, admin.slashInServer("admin", "template", "final_check_in"));
        assertThat(wordingForm.path("data").path("custom_id").asText())
                .isEqualTo("followup-community-template:final_check_in");
        final String saved = submit(admin, "followup-community-template:final_check_in",
                DiscordUser.values("wording", CommunityWording.FINAL_CHECK_IN), "drafts use this wording");
        assertThat(saved).contains("Our community coach suggested").contains("Northwind Labs");

        cy.slashInServer("new");
        await().atMost(WAIT).until(() -> cy.transcript().contains("I've sent you a direct message"));
        intake(cy);

        final String plan = command(cy, "check-in", "plan", "id", 1);
        assertThat(plan).doesNotContain("#2");
        final String draft = command(cy, "Here's a draft", "draft", "id", 1, "kind", "final_check_in");
        assertThat(draft.lines()).contains("Our community coach suggested a brief note, so here it is. I enjoyed my "
                + "video interview for the Data Analyst position at Acme on Monday 2 March, and I remain keen on the role.");
        assertThat(bot.discord().violations()).isEmpty();
    }

    @Test
    @DisplayName("GIVEN a server admin WHEN they ask /followup admin stats:true THEN the figures come privately with "
            + "the chart attached as a PNG")
    void adminSeesTheFigures(final DiscordBot bot, final DiscordUser admin) {
        admin.withManageServer();
        final int before = bot.discord().requests().size();

        admin.slashInServer("admin", "stats", true);

        final DiscordEmulator.Request figures = await().atMost(WAIT).until(() -> bot.discord().requests()
                .subList(before, bot.discord().requests().size()).stream()
                .filter(request -> request.body().contains("community-figures.png")).findFirst(),
                java.util.Optional::isPresent).get();
        assertThat(figures.content()).contains("anonymous figures");
        assertThat(figures.json().path("flags").asInt() & 64).isEqualTo(64);
    }

    private void intake(final DiscordUser user) {
        DiscordJourneys.toTheFormat(user, "Cy Tran | cy@example.com", "Acme", "Data Analyst", "today 10am");
        user.click("video", "Who interviewed you");
        user.answer("Ben Ode, CTO, ben@acme.com", "hear back");
        user.answer("they didn't say", "What stood out");
        DiscordJourneys.saved(user, "the churn model", "Saved as #1, Acme");
    }

    private static JsonNode callback(final DiscordBot bot, final DiscordUser.Sent sent) {
        await().atMost(WAIT).until(() -> !bot.discord().callbacks(sent.id()).isEmpty());
        return bot.discord().callbacks(sent.id()).get(0).json();
    }

    private String submit(final DiscordUser user, final String modal, final Map<String, String> values,
                          final String expected) {
        final int before = user.transcript().length();
        user.submitModal(modal, true, values);
        return await().atMost(WAIT).until(() -> user.transcript().substring(before), text -> text.contains(expected));
    }

    private String command(final DiscordUser user, final String expected, final String subcommand,
                           final Object... options) {
        final int before = user.transcript().length();
        user.slashInDm(subcommand, options);
        return await().atMost(WAIT).until(() -> user.transcript().substring(before), text -> text.contains(expected));
    }
}
