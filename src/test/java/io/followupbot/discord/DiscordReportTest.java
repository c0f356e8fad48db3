package io.followupbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.followupbot.testkit.DiscordBot;
import io.followupbot.testkit.DiscordEmulator;
import io.followupbot.testkit.DiscordUser;
import io.followupbot.testkit.OnDiscord;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The work-search log on Discord (real JDA against the emulator): the CSV comes as an attachment in the DM. */
@OnDiscord(at = "2026-03-10T23:00:00Z", zone = "America/New_York")
final class DiscordReportTest {

    @Test
    @DisplayName("GIVEN an interview yesterday WHEN the member types report in the bot's DM THEN the log comes as an "
            + "attachment, row by row")
    void logAsAnAttachment(final DiscordBot bot, final DiscordUser ana) {
        DiscordJourneys.firstInterview(ana, "yesterday at 10am", "video", "Rita Gomez");

        ana.answer("report from 2026-03-01 to 2026-03-31", "Your work-search log from 2026-03-01 to 2026-03-31");
        final DiscordEmulator.Upload log = await().atMost(Duration.ofSeconds(15)).until(() -> bot.discord().uploads()
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
