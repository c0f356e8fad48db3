package io.followupbot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.Slack;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.Context;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.service.InstallationService;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.socket_mode.SocketModeClient;
import io.followupbot.chat.Inbound;
import io.followupbot.chat.MemberLanes;
import io.followupbot.config.BotConfig;
import io.followupbot.conversation.commands.CommandLines;
import io.followupbot.conversation.ConversationEngine;
import io.followupbot.delivery.DmChannels;
import io.followupbot.delivery.Nudge;
import io.followupbot.delivery.pacing.Pacer;
import io.followupbot.delivery.NudgeSender;
import io.followupbot.delivery.SendResult;
import io.followupbot.delivery.UnreachableNotifier;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.javalin.config.RoutesConfig;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack adapter on Bolt for Java. Listeners stay thin: they ack within Slack's three seconds, then hand
 * the input to the shared {@link ConversationEngine} on a per-member queue and post its reply. The same app
 * runs over Socket Mode (an app token is set) or HTTP at {@code POST /slack/events} on the embedded server.
 * It is also the platform's {@link NudgeSender} and {@link UnreachableNotifier}.
 */
public final class SlackBot implements NudgeSender, UnreachableNotifier, AutoCloseable {

    public static final String PLATFORM = "slack";
    private static final Logger LOG = LoggerFactory.getLogger(SlackBot.class);
    static final String COMMAND = "/followup";
    private static final int NETWORK_THREADS = 8;
    private static final int ENGINE_THREADS = 2;

    private final BotConfig.Slack config;
    private final ConversationEngine engine;
    private final SlackViews views;
    private final Slack slack;
    private final SlackClients clients;
    private final App app;
    private final Optional<InstallationService> installations;
    private final SlackReplies replies = new SlackReplies();
    private final MemberLanes queues;
    private final Cache<String, Boolean> seenEvents =
            Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(Duration.ofHours(1)).build();
    private SocketModeApp socketMode;
    /** The community's admin side (issue 20), once the application gives the communities. */
    private volatile SlackAdmin admin;

    public SlackBot(final BotConfig.Slack config, final ConversationEngine engine,
                    final Optional<InstallationService> installations) {
        this.config = config;
        this.engine = engine;
        this.views = new SlackViews(engine, replies);
        this.installations = installations;
        this.queues = new MemberLanes("slack", NETWORK_THREADS, ENGINE_THREADS);
        this.slack = SlackApps.slack(config);
        this.clients = new SlackClients(slack);
        this.app = new App(SlackApps.appConfig(config, slack));
        installations.ifPresent(service -> app.service(service).asOAuthApp(true));
        register(app);
    }

    private void register(final App target) {
        target.command(COMMAND, (request, context) -> {
            onCommand(request, client(context));
            return context.ack();
        });
        target.event(MessageEvent.class, (payload, context) -> {
            onDirectMessage(payload, context);
            return context.ack();
        });
        SlackFiles.register(target, this::firstDelivery, (context, team, user, channel, file) ->
                shared(client(context), member(team, user), channel, file));
        target.event(AppHomeOpenedEvent.class, (payload, context) -> {
            onHomeOpened(payload, context);
            return context.ack();
        });
        target.blockAction(Pattern.compile(Pattern.quote(BlockKit.ACTION_PREFIX) + ".*"), (request, context) -> {
            onButton(request, client(context));
            return context.ack();
        });
        target.viewSubmission(AdminModal.CALLBACK_ID, (request, context) -> {
            final MethodsClient client = client(context);
            Optional.ofNullable(admin).ifPresent(current -> queues.submit(member(request.getPayload().getTeam()
                    .getId(), request.getPayload().getUser().getId()).toString(), () -> current.submitted(request, client)));
            return context.ack();
        });
        SlackModals.register(target, views, queues, this::client);
    }

    /** The Web API client for the request's workspace (Bolt found its bot token). */
    private MethodsClient client(final Context context) {
        return context.getBotToken() == null ? context.client() : clients.forToken(context.getBotToken());
    }

    // --- listeners: read the payload, queue the work, return (the caller acks) -----------------------------

    private void onCommand(final SlashCommandRequest request, final MethodsClient client) {
        final var payload = request.getPayload();
        final MemberKey member = member(payload.getTeamId(), payload.getUserId());
        final String text = SlackText.plain(payload.getText());
        final String channel = payload.getChannelId() == null ? "" : payload.getChannelId();
        if (admin != null && SlackAdmin.isAdminCommand(text)) {
            queues.submit(member.toString(), () -> admin.open(client, member, channel, payload.getTriggerId(), text));
            return;
        }
        converse(client, member, payload.getUserName(), channel, Inbound.Kind.COMMAND, text, false);
    }

    private void onDirectMessage(final EventsApiPayload<MessageEvent> payload, final EventContext context) {
        final MessageEvent event = payload.getEvent();
        if (!"im".equals(event.getChannelType()) || event.getBotId() != null || event.getSubtype() != null
                || event.getUser() == null || !firstDelivery(payload.getEventId())) {
            return;
        }
        final MemberKey member = member(payload.getTeamId(), event.getUser());
        final MethodsClient client = client(context);
        final String text = SlackText.plain(event.getText());
        converse(client, member, "", event.getChannel(), Inbound.Kind.MESSAGE, text, false);
    }

    private void onHomeOpened(final EventsApiPayload<AppHomeOpenedEvent> payload, final EventContext context) {
        final AppHomeOpenedEvent event = payload.getEvent();
        if (!"home".equals(event.getTab()) || !firstDelivery(payload.getEventId())) {
            return;
        }
        final MemberKey member = member(payload.getTeamId(), event.getUser());
        final MethodsClient client = client(context);
        queues.submit(member.toString(), () -> views.publishHome(client, member));
    }

    private void onButton(final BlockActionRequest request, final MethodsClient client) {
        final var payload = request.getPayload();
        if (payload.getActions() == null || payload.getActions().isEmpty() || payload.getTeam() == null) {
            return;
        }
        final MemberKey member = member(payload.getTeam().getId(), payload.getUser().getId());
        final String value = payload.getActions().get(0).getValue();
        final String channel = payload.getChannel() == null ? "" : payload.getChannel().getId();
        final boolean fromHome = payload.getContainer() != null && "view".equals(payload.getContainer().getType());
        final String triggerId = payload.getTriggerId();
        if ("settings".equals(value) && triggerId != null) {
            queues.submit(member.toString(), () -> views.openSettings(client, member, triggerId));
            return;
        }
        if (SlackAdmin.WORD.equals(value) && triggerId != null && admin != null) {
            queues.submit(member.toString(), () -> admin.open(client, member, channel, triggerId, SlackAdmin.WORD));
            return;
        }
        final Optional<Integer> edited = CommandLines.editedInterview(value);
        if (edited.isPresent() && triggerId != null) {
            final int number = edited.get();
            queues.submit(member.toString(), () -> views.openEdit(client, member, triggerId, number));
            return;
        }
        converse(client, member, payload.getUser().getName(), channel, Inbound.Kind.BUTTON, value == null ? "" : value,
                fromHome);
    }

    // --- the work after the ack ------------------------------------------------------------------------------

    /**
     * Queues one input of a member: their time zone from Slack, the engine, then the reply to Slack; then the App
     * Home again when the input changed the member's interviews (or came from the Home itself).
     */
    private void converse(final MethodsClient client, final MemberKey member, final String displayName,
                          final String channel, final Inbound.Kind kind, final String text, final boolean fromHome) {
        queues.submit(member.toString(), () -> replies.zone(client, member),
                zone -> engine.handle(new Inbound(member, displayName, zone, channel, kind, text)),
                reply -> {
                    replies.deliver(client, new SlackReplies.Origin(member, channel), reply);
                    views.refreshHome(client, member, fromHome || reply.interviewsChanged());
                });
    }

    private static MemberKey member(final String teamId, final String userId) {
        return new MemberKey(PLATFORM, teamId == null ? "" : teamId, userId);
    }

    /** Gives the community's admin side: {@code /followup admin}, the App Home's Community button, their form. */
    public void communities(final io.followupbot.community.Communities communities) {
        this.admin = views.admin(new SlackAdmin(communities, replies));
    }

    /** A workspace that removes the app ({@code app_uninstalled}, {@code tokens_revoked}) takes its data with it. */
    public void uninstalls(final java.util.function.Consumer<String> removeWorkspace) {
        SlackUninstalls.register(app, this::firstDelivery, queues::submit, removeWorkspace);
    }

    /** A file shared in the DM: fetched (SlackFiles) with the zone, off the engine's threads, then read by it. */
    private void shared(final MethodsClient client, final MemberKey member, final String channel,
                        final java.util.function.Supplier<Inbound.SharedFile> file) {
        queues.submit(member.toString(), () -> Map.entry(replies.zone(client, member), file.get()),
                ready -> engine.handle(new Inbound(member, "", ready.getKey(), channel, Inbound.Kind.MESSAGE, "",
                        Optional.of(ready.getValue()))),
                reply -> replies.deliver(client, new SlackReplies.Origin(member, channel), reply));
    }

    /** Slack retries an event it thinks we missed ({@code X-Slack-Retry-Num}); each event id is handled once. */
    private boolean firstDelivery(final String eventId) {
        return eventId == null || seenEvents.asMap().putIfAbsent(eventId, Boolean.TRUE) == null;
    }

    // --- delivery ------------------------------------------------------------------------------------------

    /** Paces every call to Slack with {@code pacer} and keeps the members' DM channels in {@code channels}. */
    public void pacing(final Pacer pacer, final DmChannels channels) {
        replies.dms().use(pacer, channels);
    }

    @Override
    public SendResult send(final Nudge nudge) {
        return clientFor(nudge.memberKey().workspaceId()).map(client -> SlackNudges.send(client, replies, nudge))
                .orElseGet(() -> SendResult.permanent("the app is not installed in workspace "
                        + nudge.memberKey().workspaceId()));
    }

    @Override
    public void memberUnreachable(final Member member, final String reason) {
        clientFor(member.key().workspaceId()).filter(client -> member.lastChannel().isPresent())
                .ifPresent(client -> SlackNudges.tellUnreachable(client, member));
    }

    private Optional<MethodsClient> clientFor(final String teamId) {
        return clients.forWorkspace(teamId, installations, config.botToken());
    }

    // --- transports ------------------------------------------------------------------------------------------

    /** HTTP mode: adds {@code POST /slack/events} (and the OAuth pages) to the embedded server. */
    public void routes(final RoutesConfig routes) {
        SlackHttp.routes(routes, app, config.oauth());
    }

    /** Starts the app; over Socket Mode when an app token is set (no public URL needed). */
    public void start() {
        if (config.socketMode()) {
            try {
                socketMode = new SocketModeApp(config.appToken().reveal(), SocketModeClient.Backend.JavaWebSocket, app);
                socketMode.startAsync();
            } catch (final Exception failure) {
                throw new IllegalStateException("could not connect to Slack over Socket Mode: "
                        + failure.getClass().getSimpleName());
            }
        } else {
            app.start();
        }
        LOG.info("Slack app started ({})", config.socketMode() ? "Socket Mode" : "HTTP at /slack/events");
    }

    public boolean socketMode() {
        return config.socketMode();
    }

    App app() {
        return app;
    }

    @Override
    public void close() {
        try {
            if (socketMode != null) {
                socketMode.close();
            } else {
                app.stop();
            }
        } catch (final Exception failure) {
            LOG.warn("while stopping Slack: {}", failure.getClass().getSimpleName());
        }
        queues.close();
    }
}
