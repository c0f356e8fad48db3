package io.followupbot.slack;

import static org.awaitility.Awaitility.await;

import io.followupbot.Application;
import io.followupbot.config.BotConfig;
import io.followupbot.config.ConfigLoader;
import io.followupbot.followup.Wording;
import io.followupbot.testkit.RunningBot;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The whole bot (the real Application, Bolt over HTTP) against the local Slack emulator, as a JUnit extension:
 * {@code @RegisterExtension final SlackHarness harness = SlackHarness.standard();} starts one for each test (an
 * instance field), or one for the class (a static field). A class that needs the standard bot and member U1 only is
 * annotated {@link OnSlack} and takes them as test-method parameters.
 */
final class SlackHarness extends RunningBot {

    static final String BOT_TOKEN = "xoxb-test-bot-token-7f3a9c";
    static final String SIGNING_SECRET = "signing-secret-4d8e1b";
    /** Tuesday 10 March 2026, 19:00 in New York. */
    static final Instant NOW = Instant.parse("2026-03-10T23:00:00Z");

    private final Wording wording;
    private SlackEmulator emulator;
    private SignedSlack slack;

    private SlackHarness(final Wording wording) {
        super("followup-slack-", NOW);
        this.wording = wording;
    }

    /** The bot in its standard words, its clock at {@link #NOW}. */
    static SlackHarness standard() {
        return new SlackHarness(Wording.standard());
    }

    /** The bot speaking in {@code words} (e.g. {@code Reworded.everything()}). */
    static SlackHarness reworded(final Wording words) {
        return new SlackHarness(words);
    }

    @Override
    protected void start(final Path folder) {
        emulator = new SlackEmulator();
        startBot(botConfig(folder, emulator), wording);
        slack = new SignedSlack(application().webPort(), SIGNING_SECRET);
    }

    @Override
    protected void stop() {
        stopBotAnd(emulator::close);
    }

    /** The bot's configuration: a SQLite file in {@code folder}, the web port free, Slack at the emulator. */
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

    /** {@link #config} with the test's bot token and signing secret (Slack over HTTP, one workspace). */
    static BotConfig botConfig(final Path folder, final SlackEmulator emulator) {
        return config(folder, emulator, """
                  bot-token: %s
                  signing-secret: %s
                """.formatted(BOT_TOKEN, SIGNING_SECRET));
    }

    SlackMember member(final String team, final String user) {
        return new SlackMember(this, team, user);
    }

    /** The emulated Slack: the calls the bot made, and the failures a test makes it answer with. */
    SlackEmulator emulator() {
        return emulator;
    }

    /** Slack's side of the bot's HTTP endpoint: signed requests as Slack sends them. */
    SignedSlack slack() {
        return slack;
    }


    /** The bot's SQLite file. */
    Path databaseFile() {
        return folder().resolve("bot.db");
    }

    /** Waits until the bot made a call matching the filter after {@code since}; returns the matching calls. */
    List<SlackEmulator.Call> awaitCalls(final int since, final Predicate<SlackEmulator.Call> filter) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> emulator.callsSince(since, filter), calls -> !calls.isEmpty());
    }
}
