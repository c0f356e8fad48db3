package io.followupbot.discord;

import static io.followupbot.testkit.DiscordUser.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.followupbot.testkit.DiscordBot;
import io.followupbot.testkit.DiscordUser;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** On Discord (real JDA, the emulator): a calendar invite attached in the DM becomes an interview after one Confirm. */
final class DiscordSharedFileTest {

    @RegisterExtension
    final DiscordBot bot = DiscordBot.at("2026-03-10T23:00:00Z").zone("America/New_York");

    @Test
    @DisplayName("GIVEN a member WHEN they attach a calendar invite for tomorrow in the DM THEN the bot answers with the "
            + "notes it read and a Confirm button, and Confirm saves the interview")
    void attachedInviteBecomesAnInterview() throws Exception {
        final DiscordUser ana = bot.user("100000000000000401", "ana");

        ana.dmWithFile("invite.ics", resource("invite-tomorrow.ics"), "text/calendar");

        await().atMost(WAIT).until(() -> texts(ana).stream().anyMatch(text -> text.contains("An interview invitation")));
        assertThat(String.join("\n", texts(ana))).contains("Save it?");
        ana.clickInDm(customId(ana, "confirm"));

        await().atMost(WAIT).until(() -> count() == 1);
    }

    @Test
    @DisplayName("GIVEN a member with an open interview at Acme Analytics WHEN they paste Acme's rejection into the DM "
            + "and tap 'Yes, close #1' THEN the application is rejected")
    void pastedRejectionEndsTheApplication() throws Exception {
        final DiscordUser ana = bot.user("100000000000000402", "ana");
        withTheInviteSaved(ana);

        ana.dm(new String(resource("rejection.txt"), java.nio.charset.StandardCharsets.UTF_8));

        await().atMost(WAIT).until(() -> texts(ana).stream().anyMatch(text -> text.contains("A rejection from")));
        ana.clickInDm(customId(ana, "heard 1 rejected"));
        await().atMost(WAIT).until(() -> bot.application().store().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT stage FROM interviews").mapTo(String.class).one()).equals("REJECTED"));
    }

    /** The member attaches tomorrow's invite in the DM and confirms the interview the bot read from it. */
    private void withTheInviteSaved(final DiscordUser ana) throws Exception {
        ana.dmWithFile("invite.ics", resource("invite-tomorrow.ics"), "text/calendar");
        await().atMost(WAIT).until(() -> texts(ana).stream().anyMatch(text -> text.contains("Save it?")));
        ana.clickInDm(customId(ana, "confirm"));
        await().atMost(WAIT).until(() -> count() == 1);
    }

    /** The id of the latest button in the member's DM whose id contains {@code part}. */
    private String customId(final DiscordUser user, final String part) {
        return bot.discord().messagesIn(user.dmChannel()).stream()
                .flatMap(request -> request.json().path("components").findValues("custom_id").stream())
                .map(node -> node.asText()).filter(id -> id.toLowerCase(java.util.Locale.ROOT).contains(part))
                .reduce((first, second) -> second).orElseThrow();
    }

    private int count() {
        return bot.application().store().jdbi().withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM interviews")
                .mapTo(Integer.class).one());
    }

    private List<String> texts(final DiscordUser user) {
        return bot.discord().messagesIn(user.dmChannel()).stream().map(request -> request.json().path("content").asText())
                .toList();
    }

    private static byte[] resource(final String name) throws Exception {
        try (InputStream in = DiscordSharedFileTest.class.getResourceAsStream("/employer/chat/" + name)) {
            return in.readAllBytes();
        }
    }
}
