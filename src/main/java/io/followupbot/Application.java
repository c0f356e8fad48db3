package io.followupbot;

import io.followupbot.config.BotConfig;
import io.followupbot.store.Database;
import io.followupbot.store.Store;
import io.followupbot.web.WebServer;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one composition root: opens the database, wires the features with plain constructors, and starts
 * every platform whose credentials are set; with none set, the local web chat.
 */
public final class Application implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Store store;
    private WebServer web;

    private Application(final Database database, final Store store) {
        this.started.push(database);
        this.store = store;
    }

    public static Application start(final BotConfig config, final Clock clock) {
        final Database database = Database.openAndMigrate(config.database());
        final Application application = new Application(database, new Store(database.jdbi(), clock, config.defaults()));
        try {
            application.startPlatforms(config);
        } catch (final RuntimeException failure) {
            application.close();
            throw failure;
        }
        LOG.info("followup-bot ready in {} ms", ManagementFactory.getRuntimeMXBean().getUptime());
        return application;
    }

    private void startPlatforms(final BotConfig config) {
        config.describe().forEach(line -> LOG.info("{}", line));
        if (!config.slack().enabled() && !config.discord().enabled()) {
            LOG.info("No Slack or Discord credentials are set: starting the local web chat on http://{}:{}/",
                    config.web().bind(), config.web().port());
            web = WebServer.start(config.web());
            started.push(web);
        }
    }

    public Store store() {
        return store;
    }

    /** The port the web server listens on (useful when the configuration asked for port 0). */
    public int webPort() {
        return web == null ? -1 : web.port();
    }

    @Override
    public void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (final Exception failure) {
                LOG.warn("while stopping: {}", failure.getClass().getSimpleName());
            }
        }
    }
}
