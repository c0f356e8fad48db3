package io.followupbot;

import io.followupbot.config.BotConfig;
import io.followupbot.conversation.ConversationEngine;
import io.followupbot.conversation.IntakeFlowParts;
import io.followupbot.drafts.DraftChecker;
import io.followupbot.drafts.DraftRenderer;
import io.followupbot.followup.Exports;
import io.followupbot.followup.FollowUps;
import io.followupbot.policy.FollowUpPolicy;
import io.followupbot.policy.LooseDateParser;
import io.followupbot.store.Database;
import io.followupbot.store.Store;
import io.followupbot.web.WebChat;
import io.followupbot.web.WebServer;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one composition root: opens the database, wires the core with plain constructors, and starts every
 * platform whose credentials are set; with none set, the local web chat.
 */
public final class Application implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Store store;
    private final FollowUps followUps;
    private final ConversationEngine engine;
    private final Clock clock;
    private WebServer web;

    private Application(final BotConfig config, final Database database, final Clock clock) {
        this.started.push(database);
        this.clock = clock;
        this.store = new Store(database.jdbi(), clock, config.defaults());
        this.followUps = new FollowUps(store, new FollowUpPolicy(), clock);
        final DraftRenderer drafts = new DraftRenderer(config.drafts().overrideDir());
        this.engine = new ConversationEngine(store, clock, config.conversation().intakeExpiry(),
                config.conversation().cacheSize(), config.conversation().maxAnswerLength(),
                new IntakeFlowParts(new LooseDateParser(), followUps, drafts, new DraftChecker(),
                        new Exports(store, followUps)));
    }

    public static Application start(final BotConfig config, final Clock clock) {
        final Database database = Database.openAndMigrate(config.database());
        final Application application;
        try {
            application = new Application(config, database, clock);
        } catch (final RuntimeException failure) {
            database.close();
            throw failure;
        }
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
            final WebChat chat = new WebChat(engine, followUps, store, clock);
            web = WebServer.webChat(config.web(), chat);
            started.push(web);
        }
    }

    public Store store() {
        return store;
    }

    public ConversationEngine engine() {
        return engine;
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
