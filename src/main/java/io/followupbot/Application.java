package io.followupbot;

import io.followupbot.config.BotConfig;
import io.followupbot.conversation.ConversationEngine;
import io.followupbot.conversation.ConversationParts;
import io.followupbot.conversation.views.NudgeComposer;
import io.followupbot.delivery.Dispatcher;
import io.followupbot.delivery.DispatcherSettings;
import io.followupbot.delivery.NudgeSender;
import io.followupbot.delivery.NudgeSenders;
import io.followupbot.delivery.pacing.PaceLimits;
import io.followupbot.delivery.pacing.Pacer;
import io.followupbot.delivery.pacing.RateLimitRetries;
import io.followupbot.followup.StoredDmChannels;
import io.followupbot.delivery.SendResult;
import io.followupbot.delivery.UnreachableNotifier;
import io.followupbot.discord.DiscordBot;
import io.followupbot.discord.DiscordMembers;
import io.followupbot.drafts.DraftChecker;
import io.followupbot.community.Communities;
import io.followupbot.community.MemberChoices;
import io.followupbot.community.Digests;
import io.followupbot.drafts.DraftRenderer;
import io.followupbot.followup.ButtonCommands;
import io.followupbot.followup.Installations;
import io.followupbot.followup.FollowUps;
import io.followupbot.followup.PrivacyNotice;
import io.followupbot.followup.Retention;
import io.followupbot.followup.UseCases;
import io.followupbot.followup.Wording;
import io.followupbot.followup.Workspaces;
import io.followupbot.metrics.BotMetrics;
import io.followupbot.policy.BusinessCalendars;
import io.followupbot.policy.FollowUpPolicy;
import io.followupbot.dates.LooseDateParser;
import io.followupbot.slack.SlackBot;
import io.followupbot.slack.SlackInstallations;
import io.followupbot.store.Database;
import io.followupbot.store.DeliveryStore;
import io.followupbot.store.StorageHealth;
import io.followupbot.store.Store;
import io.followupbot.web.PrivacyPage;
import io.followupbot.web.WebChat;
import io.followupbot.web.WebServer;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
    private final UseCases app;
    private final FollowUps followUps;
    private final ConversationEngine engine;
    private final Clock clock;
    private final Database database;
    private final ConversationParts parts;
    private final Map<String, NudgeSender> senders = new HashMap<>();
    private final Map<String, UnreachableNotifier> notifiers = new HashMap<>();
    private final StorageHealth storageHealth;
    private final BotMetrics metrics = new BotMetrics();
    private volatile Dispatcher dispatcher;
    private WebServer web;
    private DiscordBot discord;
    private final Communities communities;
    private final Workspaces workspaces;
    private Digests digests;
    /** Every platform call within the platforms' limits: shared by the adapters' replies and by delivery. */
    private final Pacer pacer;

    private Application(final BotConfig config, final Database database, final Clock clock, final Wording wording,
                        final PaceLimits pacing) {
        this.started.push(database);
        this.pacer = new Pacer(pacing);
        this.database = database;
        this.clock = clock;
        this.store = Store.on(database, clock, config.defaults());
        this.storageHealth = new StorageHealth(database);
        this.metrics.storage(this::problems);
        final BusinessCalendars calendars = new BusinessCalendars(config.closures());
        final LooseDateParser dates = new LooseDateParser(calendars.holidays());
        this.app = UseCases.on(store, new FollowUpPolicy(calendars), dates, clock,
                wording, config.workSearchLog());
        this.followUps = app.followUps();
        final DraftRenderer drafts = new DraftRenderer(config.drafts().overrideDir());
        this.parts = new ConversationParts(dates, followUps, drafts, new DraftChecker(), app.exports(),
                Optional.of(new MemberChoices(store)), PrivacyNotice.of(config));
        this.engine = new ConversationEngine(app, clock, config.conversation().intakeExpiry(),
                config.conversation().cacheSize(), config.conversation().maxAnswerLength(), parts);
        this.metrics.intake(engine);
        this.communities = new Communities(store, followUps, drafts, parts.checker(), clock);
        this.workspaces = new Workspaces(store);
    }

    public static Application start(final BotConfig config, final Clock clock) {
        return start(config, clock, Wording.standard());
    }

    /** The bot with its forms in {@code wording} (a test rewording every label to show nothing reads them back). */
    public static Application start(final BotConfig config, final Clock clock, final Wording wording) {
        return start(config, clock, wording, PaceLimits.fromEnvironment(System.getenv()));
    }

    /** The bot paced to {@code pacing} (a benchmark on a faster clock, a test that loosens the limits). */
    public static Application start(final BotConfig config, final Clock clock, final Wording wording,
                                    final PaceLimits pacing) {
        LOG.debug("starting at {} ms of uptime", ManagementFactory.getRuntimeMXBean().getUptime());
        config.describe().forEach(line -> LOG.info("{}", line));
        final Database database = Database.open(config.database());
        // The schema is brought up to date while the web chat's server starts: the two take about the same
        // time, and the web chat answers nothing until the migration is done.
        final CompletableFuture<Integer> migrated = CompletableFuture.supplyAsync(database::migrate);
        final Application application;
        try {
            application = new Application(config, database, clock, wording, pacing);
        } catch (final RuntimeException failure) {
            migrated.handle((count, ignored) -> count).join();
            database.close();
            throw failure;
        }
        try {
            application.startWebChat(config, migrated);
            awaitMigration(migrated);
            LOG.debug("database ready at {} ms", ManagementFactory.getRuntimeMXBean().getUptime());
            application.startPlatforms(config);
            application.startDelivery(config);
        } catch (final RuntimeException failure) {
            migrated.handle((count, ignored) -> count).join();
            application.close();
            throw failure;
        }
        LOG.info("followup-bot ready in {} ms", ManagementFactory.getRuntimeMXBean().getUptime());
        // Once ready, not before: on two cores it would slow the start-up it is not needed for.
        CompletableFuture.runAsync(database::describeDaos).exceptionally(failure -> {
            LOG.warn("could not describe the DAOs up front (each use will): {}", failure.toString());
            return null;
        });
        return application;
    }

    private static void awaitMigration(final CompletableFuture<Integer> migrated) {
        try {
            migrated.join();
        } catch (final CompletionException failure) {
            if (failure.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failure;
        }
    }

    /** With no chat platform configured, the local web chat; it waits for the schema before answering. */
    private void startWebChat(final BotConfig config, final CompletableFuture<Integer> migrated) {
        if (config.slack().enabled() || config.discord().enabled()) {
            return;
        }
        LOG.info("No Slack or Discord credentials are set: starting the local web chat on http://{}:{}/",
                config.web().bind(), config.web().port());
        final WebChat chat = new WebChat(engine, app, clock, migrated,
                config.conversation().maxAnswerLength());
        web = WebServer.webChat(config.web(), chat, List.of(metricsRoute(), PrivacyPage.route(parts.privacy())),
                this::problems);
        started.push(web);
        senders.put("web", nudge -> chat.deliver(nudge.memberKey(), nudge.message())
                ? SendResult.delivered() : SendResult.retryLater("no browser session"));
    }

    private void startPlatforms(final BotConfig config) {
        if (config.discord().enabled()) {
            discord = DiscordBot.start(config.discord(), engine, new DiscordMembers(followUps), communities,
                    Optional.of(new ButtonCommands(store)));
            started.push(discord);
            discord.pacing(pacer);
            senders.put("discord", discord);
            notifiers.put("discord", discord::memberUnreachable);
        }
        if (config.slack().enabled()) {
            startSlack(config);
        }
    }

    private void startSlack(final BotConfig config) {
        final SlackBot slack = new SlackBot(config.slack(), engine, config.slack().oauth()
                ? Optional.of(new SlackInstallations(new Installations(store),
                        config.database().encryption().tokenKey(config.slack().tokenEncryptionKey()),
                        config.database().encryption().oldKeys(), clock))
                : Optional.empty());
        started.push(slack);
        slack.communities(communities);
        slack.pacing(pacer, new StoredDmChannels(store));
        slack.uninstalls(team -> engine.forgetCachedState(workspaces.uninstalled(SlackBot.PLATFORM, team)));
        slack.start();
        if (!slack.socketMode()) {
            web = WebServer.start(config.web(), false, List.of(slack::routes, metricsRoute(),
                    PrivacyPage.route(parts.privacy())), this::problems);
            started.push(web);
        }
        senders.put(SlackBot.PLATFORM, slack);
        notifiers.put(SlackBot.PLATFORM, slack);
    }

    /** The durable scheduler: nudges fall due from the plan_steps table and go out through the platforms. */
    private void startDelivery(final BotConfig config) {
        final UnreachableNotifier notifier = (member, reason) -> {
            LOG.warn("member {} cannot be reached on {} any more: {}", member.id(), member.key().platform(), reason);
            notifiers.getOrDefault(member.key().platform(), UnreachableNotifier.NONE).memberUnreachable(member, reason);
        };
        final DeliveryStore deliveryStore = new DeliveryStore(store, database.isPostgres());
        dispatcher = new Dispatcher(deliveryStore, new NudgeComposer(parts, clock),
                new RateLimitRetries(new NudgeSenders(Map.copyOf(senders))), notifier, clock,
                DispatcherSettings.standard(DispatcherSettings.instanceIdFrom(System.getenv())));
        metrics.delivery(dispatcher.counters(), deliveryStore, clock);
        dispatcher.start();
        started.push(dispatcher);
        digests = new Digests(store, followUps, new RateLimitRetries(new NudgeSenders(Map.copyOf(senders))), clock);
        digests.start();
        started.push(digests);
        final Retention retention = new Retention(config.retention(), store, new NudgeSenders(Map.copyOf(senders)),
                clock);
        retention.start();
        started.push(retention);
    }

    private java.util.function.Consumer<io.javalin.config.RoutesConfig> metricsRoute() {
        return WebServer.metrics(metrics::scrape, BotMetrics.contentType());
    }

    /**
     * What is wrong now, for {@code /health}: the database (missing, replaced, read-only, full, not migrated)
     * and delivery (failing to reach the database).
     */
    public List<String> problems() {
        final List<String> problems = new ArrayList<>();
        storageHealth.problem().ifPresent(problems::add);
        final Dispatcher running = dispatcher;
        if (running != null) {
            running.problem().filter(problem -> !problems.contains(problem))
                    .ifPresent(problem -> problems.add("delivering nudges fails: " + problem));
        }
        return problems;
    }

    /** Sends the weekly digests due now, synchronously (tests); returns how many went out. */
    public int digestsNow() {
        return digests.runOnce();
    }

    /** Delivers what is due now, synchronously (tests and the benchmark). */
    public void dispatchNow() {
        dispatcher.runOnce();
    }

    public Store store() {
        return store;
    }

    /** The communities' side: admins' defaults and draft wording. */
    public Communities communities() {
        return communities;
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
