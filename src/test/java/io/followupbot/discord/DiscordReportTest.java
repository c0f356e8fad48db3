package io.followupbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.followupbot.testkit.DiscordBot;
import io.followupbot.testkit.DiscordEmulator;
import io.followupbot.testkit.DiscordUser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The work-search log on Discord (real JDA against the emulator): the CSV comes as an attachment in the DM. */
final class DiscordReportTest {

    @RegisterExtension
    static final DiscordBot BOT = DiscordBot.at("2026-03-10T23:00:00Z").zone("America/New_York");

    @Test
    @DisplayName("GIVEN an interview yesterday WHEN the member types report in the bot's DM THEN the log comes as an "
            + "attachment, row by row")
    void logAsAnAttachment() {
        final DiscordUser ana = BOT.user("100000000000000051", "ana");
        ana.answer("new", "Type ok to keep");
        for (final List<String> step : List.of(List.of("ok", "How should I sign"),
                List.of("Ana Ruiz | ana@example.com", "Which company"), List.of("Acme Analytics", "role"),
                List.of("Data Analyst", "When was the interview"), List.of("yesterday at 10am", "phone, video"),
                List.of("video", "Who interviewed you"), List.of("Rita Gomez", "hear back"),
                List.of("they didn't say", "conversation with Rita Gomez"), List.of("skip", "something you've done"),
                List.of("skip", "add or clarify"), List.of("skip", "How do they prefer"), List.of("email", "Save it?"),
                List.of("confirm", "Saved as #1"))) {
            ana.answer(step.get(0), step.get(1));
        }

        ana.answer("report from 2026-03-01 to 2026-03-31", "Your work-search log from 2026-03-01 to 2026-03-31");
        final DiscordEmulator.Upload log = await().atMost(Duration.ofSeconds(15)).until(() -> BOT.discord().uploads()
                .stream().filter(upload -> upload.name().startsWith("work-search-log")).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        assertThat(log.name()).isEqualTo("work-search-log-2026-03-01-to-2026-03-31.csv");
        assertThat(log.path()).contains(ana.dmChannel());
        assertThat(new String(log.content(), StandardCharsets.UTF_8).lines()).containsExactly(
                "date,activity,employer,position,contact,method,result",
                "2026-03-09,interview,Acme Analytics,Data Analyst,Rita Gomez,video,",
                "2026-W11,week total,,,,,1 activity");
    }
}
