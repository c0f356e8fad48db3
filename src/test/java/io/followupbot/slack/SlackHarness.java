package io.followupbot.slack;

import static org.awaitility.Awaitility.await;

import io.followupbot.Application;
import io.followupbot.followup.Wording;
import io.followupbot.config.BotConfig;
import io.followupbot.config.ConfigLoader;
import io.followupbot.testkit.SettableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The whole bot (the real Application, Bolt over HTTP) against the local Slack emulator. */
final class SlackHarness implements AutoCloseable {

    static final String BOT_TOKEN = "xoxb-test-bot-token-7f3a9c";
    static final String SIGNING_SECRET = "signing-secret-4d8e1b";
    /** Tuesday 10 March 2026, 19:00 in New York. */
    static final Instant NOW = Instant.parse("2026-03-10T23:00:00Z");

    final SlackEmulator emulator = new SlackEmulator();
    final SettableClock clock = new SettableClock(NOW);
    final Application application;
    final SignedSlack slack;
    final Path folder;

    SlackHarness(final Path folder) {
        this(folder, "");
    }

    SlackHarness(final Path folder, final String extraSlackYaml) {
        this(folder, extraSlackYaml, Wording.standard());
    }

    SlackHarness(final Path folder, final String extraSlackYaml, final Wording wording) {
        this.folder = folder;
        final BotConfig config = config(folder, emulator, """
                  bot-token: %s
                  signing-secret: %s
                """.formatted(BOT_TOKEN, SIGNING_SECRET) + extraSlackYaml);
        this.application = Application.start(config, clock, wording);
        this.slack = new SignedSlack(application.webPort(), SIGNING_SECRET);
    }

    static BotConfig config(final Path folder, final SlackEmulator emulator, final String slackYaml) {
        return new ConfigLoader(Map.of()).parse("""
                database:
                  url: jdbc:sqlite:%s
                web:
                  port: 0
                slack:
                  api-url: %s
                %s""".formatted(folder.resolve("bot.db"), emulator.apiUrl(), slackYaml), "test");
    }

    SlackMember member(final String team, final String user) {
        return new SlackMember(this, team, user);
    }

    int count(final String sql) {
        return application.store().jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Integer.class).one());
    }

    /** Waits until the bot made a call matching the filter after {@code since}; returns the matching calls. */
    List<SlackEmulator.Call> awaitCalls(final int since, final java.util.function.Predicate<SlackEmulator.Call> filter) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> emulator.callsSince(since, filter), calls -> !calls.isEmpty());
    }

    @Override
    public void close() {
        application.close();
        emulator.close();
    }
}
