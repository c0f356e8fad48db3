package io.followupbot.testkit;

import io.followupbot.Application;
import io.followupbot.config.BotConfig;
import io.followupbot.followup.Wording;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The whole bot (the real {@link Application}) with only the local web chat, on a free port and a SQLite file of its
 * own, and visitors that talk to it over HTTP as the page does.
 *
 * <pre>{@code
 * @RegisterExtension
 * final WebChat web = WebChat.at("2026-03-10T19:00:00Z");
 *
 * @Test void something() throws Exception {
 *     final WebVisitor ana = web.visitor();
 *     ana.say("/followup");
 * }
 * }</pre>
 *
 * <p>An instance field starts a bot for each test; a static field one bot for the class (see {@link RunningFixture}).
 */
public final class WebChat extends RunningBot {

    private final Wording wording;
    private final Supplier<Map<String, String>> environment;

    private WebChat(final Instant start, final Wording wording, final Supplier<Map<String, String>> environment) {
        super("followup-web-", start);
        this.wording = wording;
        this.environment = environment;
    }

    /** A web chat whose clock reads {@code instant} (e.g. {@code "2026-03-10T19:00:00Z"}) when it starts. */
    public static WebChat at(final String instant) {
        return new WebChat(Instant.parse(instant), Wording.standard(), Map::of);
    }

    /** The same bot speaking in {@code words} (e.g. {@link Reworded#everything()}). */
    public WebChat reworded(final Wording words) {
        return new WebChat(clock().instant(), words, environment);
    }

    /**
     * The same bot with the environment {@code variables} gives when it starts, e.g.
     * {@link TestDatabases#SEALED_ENVIRONMENT} to seal member data (read when the bot starts, so that a test's
     * parameter can choose it).
     */
    public WebChat environment(final Supplier<Map<String, String>> variables) {
        return new WebChat(clock().instant(), wording, variables);
    }

    @Override
    protected void start(final Path folder) {
        final BotConfig config = TestConfigs.webChat(folder.resolve("bot.db"), environment.get());
        startBot(config, wording);
    }

    @Override
    protected void stop() {
        application().close();
    }

    /** Stops the bot and starts it again on the same database, as a server restart does. */
    public void restart() {
        stop();
        start(folder());
    }

    /**
     * Stops the bot, sets its clock to {@code instant} and starts it again on the same database: a server that was
     * down until then.
     */
    public void restartAt(final Instant instant) {
        stop();
        clock().set(instant);
        start(folder());
    }

    /** A new visitor: an HTTP client with its own cookies, so a member of their own. */
    public WebVisitor visitor() {
        return new WebVisitor(this::base);
    }

    /** The address of the running bot, e.g. {@code http://127.0.0.1:43121}. */
    public String base() {
        return "http://127.0.0.1:" + application().webPort();
    }


}
