package io.followupbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.testkit.CommunityWording;
import io.followupbot.testkit.TestConfigs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web chat's operator shapes its community from the command line: {@code community}. */
final class CommunityCommandTest {

    @TempDir
    Path folder;

    private Path config;

    @BeforeEach
    void configure() throws Exception {
        config = TestConfigs.writtenIn(folder, "database:\n  url: jdbc:sqlite:" + folder.resolve("bot.db") + "\n");
    }

    private CommandRun community(final String... arguments) {
        return CommandRun.subcommand(List.of("community", "-c", config.toString()), arguments);
    }

    @Test
    @DisplayName("GIVEN a new database WHEN the operator sets the cadence and the nudge hour THEN they are saved and "
            + "shown, the rest left to bot-config.yml")
    void setsAndShows() {
        assertThat(community().out()).contains("cadence: (bot-config.yml)");

        final CommandRun cadence = community("cadence", "gentle");
        final CommandRun hour = community("nudge-hour", "8:30");

        assertThat(cadence.exitCode()).isZero();
        assertThat(cadence.out()).isEqualTo("""
                Saved. Members who did not choose otherwise follow these defaults from now on, and their open plans \
                are updated.
                  zone: (bot-config.yml)
                  country: (bot-config.yml)
                  nudge-hour: (bot-config.yml)
                  quiet: (bot-config.yml)
                  cadence: gentle
                  application-silence: (bot-config.yml)
                """);
        assertThat(hour.out()).isEqualTo("""
                Saved. Members who did not choose otherwise follow these defaults from now on, and their open plans \
                are updated.
                  zone: (bot-config.yml)
                  country: (bot-config.yml)
                  nudge-hour: 08:30
                  quiet: (bot-config.yml)
                  cadence: gentle
                  application-silence: (bot-config.yml)
                """);
    }

    @Test
    @DisplayName("GIVEN a value the bot can't read WHEN the operator sets it THEN exit 1 with the reason, nothing saved")
    void refusesABadValue() {
        final CommandRun outcome = community("quiet", "late");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.out()).contains("Nothing changed").contains("isn't quiet hours: write them as start-end")
                .contains("quiet: (bot-config.yml)");
    }

    @Test
    @DisplayName("GIVEN a template file WHEN the operator sets a draft's wording THEN it is checked and previewed; "
            + "a demanding one is refused with what the checker found")
    void templatesAreCheckedAndPreviewed() throws Exception {
        final Path good = folder.resolve("final_check_in.mustache");
        Files.writeString(good, CommunityWording.FINAL_CHECK_IN);
        final Path pushy = folder.resolve("pushy.mustache");
        Files.writeString(pushy, CommunityWording.FINAL_CHECK_IN.replace("Would you be able to share where the "
                + "decision stands, or when you expect to know more?", "I need your answer immediately."));

        final CommandRun accepted = community("template", "final_check_in", good.toString());
        final CommandRun refused = community("template", "final_check_in", pushy.toString());

        assertThat(accepted.exitCode()).isZero();
        assertThat(accepted.out()).isEqualTo("""
                Saved. Members' final check in drafts use this wording from now on. Here it is for a sample interview:
                  zone: (bot-config.yml)
                  country: (bot-config.yml)
                  nudge-hour: (bot-config.yml)
                  quiet: (bot-config.yml)
                  cadence: (bot-config.yml)
                  application-silence: (bot-config.yml)

                Subject: Data Analyst role: a short check-in

                Dear Ana,

                Our community coach suggested a brief note, so here it is. I enjoyed my video interview for the Data \
                Analyst position at Northwind Labs on Tuesday 10 March, and I remain keen on the role.

                Would you be able to share where the decision stands, or when you expect to know more? I am happy to \
                provide anything else that would help.

                Thank you for your time.

                Best regards,
                Sam Lee
                sam.lee@example.com
                """);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).contains("I kept the old wording").containsIgnoringCase("demanding");
        assertThat(community("template", "thank_you_short", folder.resolve("missing").toString()).err())
                .contains("cannot read or write the file");
    }
}
