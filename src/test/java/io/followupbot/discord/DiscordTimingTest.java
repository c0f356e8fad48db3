package io.followupbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.followupbot.Application;
import io.followupbot.chat.Inbound;
import io.followupbot.config.BotConfig;
import io.followupbot.config.ConfigLoader;
import io.followupbot.testkit.DiscordEmulator;
import io.followupbot.testkit.DiscordUser;
import io.followupbot.testkit.SettableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A nudge's timing on Discord (issue 31), the real bot against the Discord emulator: the snooze choices are buttons,
 * and a button whose command passes Discord's 100-character custom id still works after the bot restarts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
final class DiscordTimingTest {

    private static final String TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.emulated.s3cr3t-token-value";
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** 92 characters: "sent 1 thank_you@" and this make 109. */
    private static final String LONG_NAME = "Maximiliana Alexandra Featherstonehaugh-Wolfeschlegelsteinhausenberg "
            + "de la Cruz Villanueva";

    private DiscordEmulator discord;
    private SettableClock clock;
    private BotConfig config;
    private Application application;

    @BeforeAll
    void start() throws Exception {
        final Path folder = Files.createTempDirectory("discord-timing");
        discord = new DiscordEmulator();
        clock = new SettableClock(Instant.parse("2026-03-02T15:00:00Z"));
        config = new ConfigLoader(Map.of("DISCORD_TOKEN", TOKEN)).parse("""
                database:
                  url: jdbc:sqlite:%s
                defaults:
                  time-zone: UTC
                discord:
                  token: ${DISCORD_TOKEN:-}
                  api-url: %s
                  gateway-url: %s
                """.formatted(folder.resolve("bot.db"), discord.apiUrl(), discord.gatewayUrl()), "test");
        application = Application.start(config, clock);
    }

    @AfterAll
    void stop() {
        application.close();
        discord.close();
    }

    /** The member tells the bot (as their DMs would) about an interview this morning with one interviewer. */
    private void interviewWith(final DiscordUser user, final String interviewer) {
        application.engine().handle(Inbound.command(DiscordMembers.key(user.id()), ""));
        for (final String answer : List.of("ok", "Gil", "Initech", "Tester", "today 9am", "video", interviewer,
                "they didn't say", "skip", "skip", "skip", "email", "confirm")) {
            application.engine().handle(Inbound.message(DiscordMembers.key(user.id()), answer));
        }
    }

    /** The buttons (label to custom id) of the first nudge in the user's DMs after {@code after} messages. */
    private Map<String, String> nudgeButtons(final DiscordUser user, final int after) {
        await().atMost(WAIT).until(() -> discord.messagesIn(user.dmChannel()).size() > after
                && !buttons(discord.messagesIn(user.dmChannel()).get(after).json()).isEmpty());
        return buttons(discord.messagesIn(user.dmChannel()).get(after).json());
    }

    private static Map<String, String> buttons(final JsonNode message) {
        final Map<String, String> buttons = new LinkedHashMap<>();
        message.path("components").forEach(row -> row.path("components").forEach(component ->
                buttons.put(component.path("label").asText(), component.path("custom_id").asText())));
        return buttons;
    }

    private void clickAndExpect(final DiscordUser user, final String customId, final String expected) {
        final int before = user.transcript().length();
        user.clickInDm(customId);
        await().atMost(WAIT).until(() -> user.transcript().substring(before).contains(expected));
    }

    @Test
    @DisplayName("GIVEN a thank-you nudge on Discord on Tuesday afternoon WHEN the member looks at it and presses next "
            + "business day THEN it offers the four snoozes as buttons whose ids are their commands, and the "
            + "thank-you comes back on Wednesday at the nudge hour")
    void snoozeChoicesAreButtons() {
        // GIVEN a nudge a day after the interview
        final DiscordUser gil = new DiscordUser(discord, "100000000000000021", "gil");
        interviewWith(gil, "Ben Ode, CTO, ben@initech.com");
        final int before = discord.messagesIn(gil.dmChannel()).size();
        clock.set(Instant.parse("2026-03-03T15:00:00Z"));
        application.dispatchNow();
        final Map<String, String> buttons = nudgeButtons(gil, before);

        // WHEN the member presses next business day
        assertThat(buttons).containsEntry("Snooze 1 hour", "snooze 1 thank_you@Ben_Ode in an hour")
                .containsEntry("Snooze till tomorrow", "snooze 1 thank_you@Ben_Ode tomorrow morning")
                .containsEntry("Snooze till next business day", "snooze 1 thank_you@Ben_Ode next business day")
                .containsEntry("Snooze till next week", "snooze 1 thank_you@Ben_Ode next week");

        // THEN the thank-you comes back on Wednesday at 09:00
        clickAndExpect(gil, buttons.get("Snooze till next business day"),
                "Okay, I'll remind you about the thank-you to Ben Ode on Wed 4 Mar, 09:00.");
    }

    @Test
    @DisplayName("GIVEN a nudge whose I sent it passes 100 characters (an interviewer with a long name) WHEN the bot "
            + "restarts and the member presses it THEN it marks the thank-you sent, instead of saying it expired")
    void longButtonAfterARestart() {
        // GIVEN the nudge, with a short id for the long command
        final DiscordUser hal = new DiscordUser(discord, "100000000000000022", "hal");
        interviewWith(hal, LONG_NAME);
        final int before = discord.messagesIn(hal.dmChannel()).size();
        clock.set(Instant.parse("2026-03-03T15:00:00Z"));
        application.dispatchNow();
        final String sent = nudgeButtons(hal, before).get("I sent it");
        assertThat(sent).startsWith("~").hasSizeLessThanOrEqualTo(ButtonIds.MAX_LENGTH);

        // WHEN the bot restarts, and the member presses it
        application.close();
        application = Application.start(config, clock);
        final int beforeClick = hal.transcript().length();
        hal.clickInDm(sent);

        // THEN the thank-you is marked sent
        await().atMost(WAIT).until(() -> hal.transcript().substring(beforeClick).contains("Nice work: thank-you to "
                + LONG_NAME + " marked as sent"));
        assertThat(hal.transcript().substring(beforeClick)).doesNotContain("expired");
        final int kept = application.store().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT COUNT(*) FROM button_ids WHERE member_id IS NOT NULL AND step_id IS NOT NULL")
                .mapTo(Integer.class).one());
        assertThat(kept).isPositive();
    }
}
