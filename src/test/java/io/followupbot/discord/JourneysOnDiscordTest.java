package io.followupbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.followupbot.testkit.DiscordBot;
import io.followupbot.testkit.DiscordEmulator;
import io.followupbot.testkit.DiscordUser;
import io.followupbot.testkit.Journeys;
import io.followupbot.testkit.OnDiscord;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A member's journeys through the Discord emulator (real JDA over a real WebSocket), typed in the bot's DM; each
 * journey on a bot of its own whose now is Tuesday 10 March 2026, 19:00 in New York.
 */
@OnDiscord(at = "2026-03-10T23:00:00Z", zone = "America/New_York")
final class JourneysOnDiscordTest {

    /**
     * Issue 28's journey: a recruiter screen eight days ago, then {@code /followup round id:1} for the hiring manager's
     * round yesterday, with two interviewers who decide "a week from Friday". One application of two rounds, the
     * second round's two thank-yous, one check-in sequence, one move-on, and no check-in due now.
     */
    @Nested
    @DisplayName("issue 28's second round")
    final class Rounds {

        @Test
        @DisplayName("GIVEN a screen eight days ago WHEN the member adds the next round with /followup round THEN "
                + "Discord shows one application of two rounds with the second round's thank-yous and one check-in "
                + "sequence")
        void nextRoundByTheSlashCommand(final DiscordBot bot, final DiscordUser ana) {
            // GIVEN the recruiter screen, Monday 2 March (now is Tuesday 10 March, 19:00 in New York)
            DiscordJourneys.firstInterview(ana, "2 March at 10am", "phone", "Rita Gomez, Recruiter");

            // WHEN the member adds the next round of #1 with the slash command, and answers its questions
            final int before = ana.transcript().length();
            final DiscordUser.Sent round = ana.slashInDm("round", "id", 1);
            await().atMost(Duration.ofSeconds(15)).until(() -> ana.transcript().substring(before)
                    .contains("Round 2 of #1 Acme Analytics - Data Analyst."));
            for (final List<String> step : List.of(List.of("yesterday at 2pm", "phone, video"),
                    List.of("video", "Who interviewed you"),
                    List.of("Dr. Maya Chen, Head of Data; Tom Baker, Analytics Lead", "hear back"),
                    List.of("a week from Friday", "Decision expected by Friday 20 March 2026."),
                    List.of("her plan to move reporting to dbt", "conversation with Tom Baker"),
                    List.of("his question about churn", "something you've done"), List.of("skip", "add or clarify"),
                    List.of("skip", "How do they prefer"), List.of("email", "Save it?"),
                    List.of("confirm", "Saved as round 2 of #1"))) {
                ana.answer(step.get(0), step.get(1));
            }
            assertThat(round.token()).isNotEmpty();

            // THEN the thank-yous go out once, and the plan keeps one check-in sequence (as it does on Slack)
            Journeys.secondRoundThankedOnce(bot);
            // AND the member's list of what is due shows one application and its thank-you, no check-in
            final int listed = ana.transcript().length();
            ana.answer("due", "due next");
            final String due = ana.transcript().substring(listed);
            assertThat(due).contains("#1 Acme Analytics - Data Analyst (2 rounds)")
                    .contains("thank-you to Dr. Maya Chen (round 2), now").doesNotContain("check-in");
            assertThat(bot.discord().violations()).isEmpty();
        }
    }

    /** The work-search log: the CSV comes as an attachment in the DM. */
    @Nested
    @DisplayName("the work-search log")
    final class Report {

        @Test
        @DisplayName("GIVEN an interview yesterday WHEN the member types report in the bot's DM THEN the log comes as "
                + "an attachment, row by row")
        void logAsAnAttachment(final DiscordBot bot, final DiscordUser ana) {
            DiscordJourneys.firstInterview(ana, "yesterday at 10am", "video", "Rita Gomez");

            ana.answer("report from 2026-03-01 to 2026-03-31", "Your work-search log from 2026-03-01 to 2026-03-31");
            final DiscordEmulator.Upload log = await().atMost(Duration.ofSeconds(15)).until(() -> bot.discord()
                    .uploads().stream().filter(upload -> upload.name().startsWith("work-search-log")).findFirst(),
                    Optional::isPresent).orElseThrow();
            assertThat(log.name()).isEqualTo("work-search-log-2026-03-01-to-2026-03-31.csv");
            assertThat(log.path()).contains(ana.dmChannel());
            assertThat(new String(log.content(), StandardCharsets.UTF_8).lines()).containsExactly(
                    "date,activity,employer,position,contact,method,result",
                    "2026-03-09,interview,Acme Analytics,Data Analyst,Rita Gomez,video,",
                    "2026-W11,week total,,,,,1 activity");
        }
    }
}
