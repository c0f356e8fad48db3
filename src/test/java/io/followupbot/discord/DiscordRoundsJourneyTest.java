package io.followupbot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.followupbot.testkit.DiscordBot;
import io.followupbot.testkit.DiscordUser;
import io.followupbot.testkit.OnDiscord;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 28's journey through the Discord emulator (real JDA over a real WebSocket): a recruiter screen eight days ago,
 * then {@code /followup round id:1} for the hiring manager's round yesterday, with two interviewers who decide "a week
 * from Friday". One application of two rounds, the second round's two thank-yous, one check-in sequence, one move-on,
 * and no check-in due now.
 */
@OnDiscord(at = "2026-03-10T23:00:00Z", zone = "America/New_York")
final class DiscordRoundsJourneyTest {

    @Test
    @DisplayName("GIVEN a screen eight days ago WHEN the member adds the next round with /followup round THEN Discord "
            + "shows one application of two rounds with the second round's thank-yous and one check-in sequence")
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
        // AND the dispatcher sends what is due now, the two thank-yous: in this call or in its own background run
        // meanwhile, either way once; the plan is read when both are out and nothing is in flight
        bot.dispatchUntilDelivered("thank_you@", 2);

        // THEN one application of two rounds, the second round's thank-yous first (sent, as they were due now), then
        // one check-in sequence and one move-on; the screen's steps are not pending any more
        assertThat(bot.count("SELECT COUNT(*) FROM interviews WHERE application_id IS NULL")).isEqualTo(1);
        assertThat(bot.count("SELECT COUNT(*) FROM interviews")).isEqualTo(2);
        assertThat(bot.pendingAnd("thank_you@")).containsExactly(
                "thank_you@Dr. Maya Chen delivered", "thank_you@Tom Baker delivered", "check_in pending",
                "check_in#2 pending", "move_on pending");
        final int listed = ana.transcript().length();
        ana.answer("due", "due next");
        final String due = ana.transcript().substring(listed);
        assertThat(due).contains("#1 Acme Analytics - Data Analyst (2 rounds)")
                .contains("thank-you to Dr. Maya Chen (round 2), now").doesNotContain("check-in");
        assertThat(bot.discord().violations()).isEmpty();
    }
}
