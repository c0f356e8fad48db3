package io.followupbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.testkit.LogCapture;
import io.followupbot.testkit.TestConfigs;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated("LogCapture listens to the root logger: no other test class may log meanwhile")
final class CommandLineTest {

    private static final Map<String, String> SECRETS = Map.of(
            "SLACK_BOT_TOKEN", "xoxb-1111-secret-bot-token",
            "SLACK_SIGNING_SECRET", "signing-secret-2222",
            "SLACK_APP_TOKEN", "xapp-3333-secret-app-token",
            "SLACK_CLIENT_SECRET", "client-secret-4444",
            "DISCORD_TOKEN", "discord.token.5555",
            "DATABASE_URL", "postgres://bot:db-password-6666@localhost:5432/followup");

    @TempDir
    Path folder;

    @Test
    @DisplayName("GIVEN tokens in the environment WHEN check-config runs THEN no token value appears in any output or log")
    void checkConfigNeverPrintsSecrets() {
        final Map<String, String> environment = new HashMap<>(SECRETS);
        environment.put("SLACK_CLIENT_ID", "123.456");
        final CommandRun outcome;
        final String logs;
        try (LogCapture capture = new LogCapture()) {
            outcome = CommandRun.followupBot(environment, "check-config", "--config", "bot-config.yml");
            logs = capture.text();
        }

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("slack: Socket Mode").contains("discord: on").contains("PostgreSQL");
        for (final String secret : SECRETS.values()) {
            final String value = secret.startsWith("postgres://") ? "db-password-6666" : secret;
            assertThat(outcome.out() + outcome.err() + logs).doesNotContain(value);
        }
    }

    @Test
    @DisplayName("GIVEN a broken config WHEN check-config runs THEN one line names the file, key, value and what is allowed")
    void checkConfigExplainsInOneLine() throws Exception {
        final Path config = TestConfigs.writtenIn(folder, "defaults:\n  nudge-hour: \"9am-ish\"\n");

        final CommandRun outcome = CommandRun.followupBot("check-config", "--config", config.toString());

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err().strip()).doesNotContain("\n")
                .contains(config.toString()).contains("defaults.nudge-hour").contains("\"9am-ish\"").contains("09:00 or 9am");
    }

    @Test
    @DisplayName("GIVEN a fresh folder WHEN migrate runs THEN the SQLite file is created and reported up to date")
    void migrateCreatesTheDatabase() throws Exception {
        final Path config = TestConfigs.writtenIn(folder,
                "database:\n  url: jdbc:sqlite:" + folder.resolve("data/bot.db") + "\n");

        final CommandRun first = CommandRun.followupBot("migrate", "-c", config.toString());
        final CommandRun second = CommandRun.followupBot("migrate", "-c", config.toString());

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("up to date").doesNotContain("(0 migrations");
        assertThat(second.out()).contains("(0 migrations applied)");
        assertThat(folder.resolve("data/bot.db")).exists();
    }

    @Test
    @DisplayName("GIVEN --help, --version or an unknown command WHEN run THEN usage, the version, or exit 2 with a reason")
    void helpVersionAndUnknown() {
        final CommandRun help = CommandRun.followupBot("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("run").contains("migrate").contains("check-config");

        final CommandRun version = CommandRun.followupBot("--version");
        assertThat(version.out()).startsWith("followup-bot ");

        final CommandRun unknown = CommandRun.followupBot("launch-rockets");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("launch-rockets").contains("--help");
    }

    @Test
    @DisplayName("GIVEN no command and a bad PORT WHEN started THEN the default run explains it in one line and exits 1")
    void defaultRunPassesItsExitStatus() {
        final CommandRun outcome = CommandRun.followupBot(Map.of("PORT", "abc"));

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err().strip()).isEqualTo(
                "bot-config.yml: web.port: 'abc' is not valid; use a whole number from 0 to 65535");
    }

    @Test
    @DisplayName("GIVEN the web chat's port is taken WHEN run starts THEN one line says so and the exit status is 1")
    void portInUse() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            final Path config = TestConfigs.writtenIn(folder,
                    "database:\n  url: jdbc:sqlite:" + folder.resolve("bot.db")
                    + "\nweb:\n  port: " + taken.getLocalPort() + "\n");

            final CommandRun outcome = CommandRun.followupBot("run", "--config", config.toString());

            assertThat(outcome.exitCode()).isEqualTo(1);
            assertThat(outcome.err().strip()).doesNotContain("\n")
                    .contains("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use")
                    .contains("set PORT");
        }
    }

    @Test
    @DisplayName("GIVEN a config file that does not exist WHEN check-config runs THEN the file is named once")
    void missingConfigFile() {
        final CommandRun outcome = CommandRun.followupBot("check-config", "--config", "nope.yml");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err().strip())
                .isEqualTo("nope.yml: no such file; run from the project folder or pass --config <file>");
    }
}
