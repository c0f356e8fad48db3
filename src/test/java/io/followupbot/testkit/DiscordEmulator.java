package io.followupbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.websocket.WsContext;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A local Discord for tests: a gateway WebSocket speaking the real protocol (HELLO, IDENTIFY -> READY,
 * heartbeat -> ack, RESUME -> RESUMED, dispatches with sequence numbers; JSON, no compression) and the REST
 * routes the bot calls under {@code /api/v10}. It records every REST request and every gateway op it
 * receives, and can answer a request with a 429 or a refused DM (50007) on demand.
 */
public final class DiscordEmulator implements AutoCloseable {

    public static final String BOT_ID = "900000000000000001";
    public static final String APP_ID = "900000000000000002";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final String TIMESTAMP = "2026-03-02T10:00:00.000000+00:00";

    /** One REST request the bot made. */
    public record Request(String method, String path, String body, long atNanos) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (final Exception notJson) {
                return JSON.createObjectNode();
            }
        }

        /** The message text of a message-creating request (JSON body, or payload_json of a multipart one). */
        public String content() {
            final JsonNode node = json();
            return node.path("content").asText(node.path("data").path("content").asText(""));
        }
    }

    /** A canned failure for the next request that matches. */
    private record Fault(String method, Predicate<String> path, int status, String body, Duration retryAfter) {
    }

    private final Javalin server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    /** Requests refused with 429 for going over a rate limit: not in {@link #requests()}, Discord did nothing. */
    private final List<Request> rateLimited = new CopyOnWriteArrayList<>();
    private volatile DiscordRateLimits rateLimits = DiscordRateLimits.documented();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final List<Integer> gatewayOps = new CopyOnWriteArrayList<>();
    private final List<Fault> faults = new CopyOnWriteArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    /** Attachments posted by members, by id, served as Discord's CDN serves them. */
    private final Map<String, byte[]> attachments = new java.util.concurrent.ConcurrentHashMap<>();
    /** The files the bot attached to its messages, in the order sent. */
    private final List<Upload> uploads = new CopyOnWriteArrayList<>();

    /** A file the bot attached to a message it sent: the request's path (its channel or webhook), name, bytes. */
    public record Upload(String path, String name, byte[] content) {
    }

    /** The files the bot attached to its messages so far. */
    public List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    /** The group each subcommand registered in a group belongs to. */
    private final Map<String, String> groups = new java.util.concurrent.ConcurrentHashMap<>();
    /** The servers the bot is in: READY lists them, a GUILD_CREATE follows for each. */
    private final java.util.Set<String> servers = new java.util.concurrent.CopyOnWriteArraySet<>();
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private volatile WsContext session;
    private volatile int connections;

    public DiscordEmulator() {
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            config.routes.ws("/gateway", ws -> {
                ws.onConnect(context -> {
                    session = context;
                    connections++;
                    context.send(object().put("op", 10).putNull("s").putNull("t")
                            .set("d", object().put("heartbeat_interval", 41_250)).toString());
                });
                ws.onMessage(context -> onGateway(context, JSON.readTree(context.message())));
            });
            config.routes.get("/api/v10/users/@me", rest((context, request) -> bot()));
            // Discord's CDN: an attachment's bytes at the address its message gave
            config.routes.get("/attachments/{channel}/{id}/{name}", context -> {
                final byte[] content = attachments.get(context.pathParam("id"));
                if (content == null) {
                    context.status(404).result("Not Found");
                    return;
                }
                context.contentType("application/octet-stream").result(content);
            });
            config.routes.get("/api/v10/applications/@me", rest((context, request) -> application()));
            config.routes.get("/api/v10/oauth2/applications/@me", rest((context, request) -> application()));
            config.routes.put("/api/v10/applications/{app}/commands", rest(this::commands));
            config.routes.put("/api/v10/applications/{app}/guilds/{guild}/commands", rest(this::commands));
            config.routes.post("/api/v10/interactions/{id}/{token}/callback", rest(this::callback));
            config.routes.post("/api/v10/webhooks/{app}/{token}", rest((context, request) -> message("1", request)));
            config.routes.patch("/api/v10/webhooks/{app}/{token}/messages/{message}",
                    rest((context, request) -> message("1", request)));
            config.routes.post("/api/v10/users/@me/channels", rest((context, request) ->
                    dmChannel(request.json().path("recipient_id").asText())));
            config.routes.post("/api/v10/channels/{channel}/messages", rest((context, request) ->
                    message(context.pathParam("channel"), request)));
        });
        server.start();
    }

    // --- addresses ------------------------------------------------------------------------------

    public URI apiUrl() {
        return URI.create("http://127.0.0.1:" + server.port() + "/api/v10/");
    }

    public URI gatewayUrl() {
        return URI.create("ws://127.0.0.1:" + server.port() + "/gateway");
    }

    /** The DM channel the emulator gives a user: derived from the user id, so tests can name it. */
    /** The group the bot registered this subcommand in ({@code more}), if it put it in one. */
    public Optional<String> groupOf(final String subcommand) {
        return Optional.ofNullable(groups.get(subcommand));
    }

    public static String dmChannelOf(final String userId) {
        return "7" + userId.substring(1);
    }

    // --- what the bot did -----------------------------------------------------------------------

    /** Enforces these rate limits from now on (the documented ones by default). */
    public void rateLimits(final DiscordRateLimits limits) {
        rateLimits = limits;
    }

    /** The requests refused for going over a rate limit (HTTP 429). */
    public List<Request> rateLimited() {
        return List.copyOf(rateLimited);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(final String method, final String pathPart) {
        final List<Request> matching = new ArrayList<>();
        for (final Request request : requests) {
            if (request.method().equals(method) && request.path().contains(pathPart)) {
                matching.add(request);
            }
        }
        return matching;
    }

    /** Messages the bot posted into a channel (DMs). */
    /** Every limit the bot broke so far (each refused with 400 as Discord would). */
    public List<String> violations() {
        return List.copyOf(violations);
    }

    public List<Request> messagesIn(final String channelId) {
        return requests("POST", "/channels/" + channelId + "/messages");
    }

    /** Follow-up messages through an interaction's hook. */
    public List<Request> followups(final String token) {
        return requests("POST", "/webhooks/" + APP_ID + "/" + token);
    }

    public List<Request> callbacks(final String interactionId) {
        return requests("POST", "/interactions/" + interactionId + "/");
    }

    public List<Integer> gatewayOps() {
        return List.copyOf(gatewayOps);
    }

    public int connections() {
        return connections;
    }

    // --- faults ---------------------------------------------------------------------------------

    /** The next matching request gets a 429 with {@code retry_after} and the rate-limit headers. */
    public void rateLimitNext(final String method, final String pathPart, final Duration retryAfter) {
        final double seconds = retryAfter.toMillis() / 1000.0;
        faults.add(new Fault(method, path -> path.contains(pathPart), 429, object()
                .put("message", "You are being rate limited.").put("retry_after", seconds).put("global", false)
                .toString(), retryAfter));
    }

    /** The next matching request is refused as Discord refuses a DM to a user who doesn't accept them. */
    public void refuseDmNext(final String channelId) {
        faults.add(new Fault("POST", path -> path.contains("/channels/" + channelId + "/messages"), 403, object()
                .put("code", 50007).put("message", "Cannot send messages to this user").toString(), null));
    }

    // --- the gateway ----------------------------------------------------------------------------

    /** Sends a dispatch (op 0) with the next sequence number to the connected bot. */
    public void dispatch(final String type, final ObjectNode data) {
        final WsContext current = session;
        if (current == null) {
            throw new IllegalStateException("the bot is not connected");
        }
        synchronized (this) {
            current.send(object().put("op", 0).put("s", sequence.incrementAndGet()).put("t", type).set("d", data)
                    .toString());
        }
    }

    /** An attachment as a member's message carries it: its id, name, size and the CDN address of its bytes. */
    public ObjectNode attachment(final String channelId, final String fileName, final byte[] content,
                                 final String contentType) {
        final String id = snowflake();
        attachments.put(id, content);
        final String url = "http://127.0.0.1:" + server.port() + "/attachments/" + channelId + "/" + id + "/" + fileName;
        return object().put("id", id).put("filename", fileName).put("size", content.length).put("url", url)
                .put("proxy_url", url).put("content_type", contentType);
    }

    /** The bot is added to a server: Discord sends GUILD_CREATE now, and lists the server in every later READY. */
    public void serverJoined(final String guildId) {
        servers.add(guildId);
        dispatch("GUILD_CREATE", DiscordServers.created(guildId));
    }

    /** The bot is removed from a server (kicked, or the server deleted): GUILD_DELETE without "unavailable". */
    public void serverLeft(final String guildId) {
        servers.remove(guildId);
        dispatch("GUILD_DELETE", object().put("id", guildId));
    }

    /** Closes the gateway socket as Discord does when it drops a session that may resume. */
    public void dropConnection(final int code) {
        final WsContext current = session;
        session = null;
        current.closeSession(code, "emulated disconnect");
    }

    private void onGateway(final WsContext context, final JsonNode payload) {
        final int op = payload.path("op").asInt(-1);
        gatewayOps.add(op);
        switch (op) {
            case 1:
                context.send(object().put("op", 11).putNull("s").putNull("t").putNull("d").toString());
                break;
            case 2: {
                final ObjectNode ready = object().put("v", 10).put("session_id", "emulated-session")
                        .put("resume_gateway_url", gatewayUrl().toString());
                ready.set("user", bot());
                ready.set("guilds", DiscordServers.unavailable(servers));
                ready.set("private_channels", JSON.createArrayNode());
                ready.set("application", object().put("id", APP_ID).put("flags", 0));
                session = context;
                dispatch("READY", ready);
                servers.forEach(id -> dispatch("GUILD_CREATE", DiscordServers.created(id)));
                break;
            }
            case 6:
                session = context;
                dispatch("RESUMED", object());
                break;
            default:
                break;
        }
    }

    // --- REST -----------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Route {
        JsonNode answer(Context context, Request request) throws Exception;
    }

    /** Records the request, then answers with a queued fault if one matches, else with the route's body. */
    private Handler rest(final Route route) {
        return context -> {
            final boolean multipart = context.contentType() != null && context.contentType().startsWith("multipart/");
            final String body = multipart ? String.valueOf(context.formParam("payload_json")) : context.body();
            if (multipart) {
                for (final io.javalin.http.UploadedFile file : context.uploadedFiles()) {
                    try (java.io.InputStream in = file.content()) {
                        uploads.add(new Upload(context.path(), file.filename(), in.readAllBytes()));
                    }
                }
            }
            final String method = context.method().name().toUpperCase(Locale.ROOT);
            final Request request = new Request(method, context.path(), body, System.nanoTime());
            context.header("via", "1.1 google");
            if (rateLimits.refused(context, method, context.path())) {
                rateLimited.add(request);
                return;
            }
            requests.add(request);
            final List<String> overLimits = method.equals("POST") || method.equals("PATCH")
                    ? DiscordLimits.violations(request.json()) : List.of();
            if (!overLimits.isEmpty()) {
                violations.addAll(overLimits);
                context.status(400).contentType("application/json").result(object().put("code", 50035)
                        .put("message", "Invalid Form Body: " + String.join("; ", overLimits)).toString());
                return;
            }
            for (final Fault fault : faults) {
                if (fault.method().equals(method) && fault.path().test(context.path()) && faults.remove(fault)) {
                    context.status(fault.status()).contentType("application/json");
                    if (fault.retryAfter() != null) {
                        final String seconds = String.format(Locale.ROOT, "%.3f",
                                fault.retryAfter().toMillis() / 1000.0);
                        context.header("Retry-After", String.valueOf(Math.max(1, fault.retryAfter().toSeconds())))
                                .header("X-RateLimit-Limit", "5").header("X-RateLimit-Remaining", "0")
                                .header("X-RateLimit-Reset-After", seconds).header("X-RateLimit-Bucket", "emulated")
                                .header("X-RateLimit-Scope", "user");
                    }
                    context.result(fault.body());
                    return;
                }
            }
            context.contentType("application/json").result(route.answer(context, request).toString());
        };
    }

    /**
     * The commands the bot registers, checked as Discord checks them (at most 25 subcommands and groups in a command,
     * 25 subcommands in a group, names of 1 to 32 lower-case word characters, descriptions of 1 to 100 characters):
     * refused with 50035 like any invalid form body.
     */
    private JsonNode commands(final Context context, final Request request) {
        final List<String> wrong = DiscordLimits.commandViolations(request.json());
        if (!wrong.isEmpty()) {
            violations.addAll(wrong);
            context.status(400);
            return object().put("code", 50035).put("message", "Invalid Form Body: " + String.join("; ", wrong));
        }
        for (final JsonNode command : request.json()) {
            for (final JsonNode option : command.path("options")) {
                if (option.path("type").asInt() == 2) {
                    option.path("options").forEach(sub -> groups.put(sub.path("name").asText(),
                            option.path("name").asText()));
                }
            }
        }
        final ArrayNode registered = JSON.createArrayNode();
        for (final JsonNode command : request.json()) {
            final ObjectNode copy = ((ObjectNode) command).deepCopy();
            copy.put("id", snowflake()).put("application_id", APP_ID).put("version", "1");
            copy.put("type", copy.path("type").asInt(1));
            registered.add(copy);
        }
        return registered;
    }

    private JsonNode callback(final Context context, final Request request) {
        final ObjectNode response = object();
        response.set("interaction", object().put("id", context.pathParam("id")).put("type", 2));
        response.set("resource", object().put("type", request.json().path("type").asInt()));
        return response;
    }

    private JsonNode message(final String channel, final Request request) {
        final JsonNode body = request.json();
        final ObjectNode message = object().put("id", snowflake())
                .put("channel_id", channel).put("type", 0)
                .put("content", body.path("content").asText("")).put("timestamp", TIMESTAMP)
                .putNull("edited_timestamp").put("tts", false).put("mention_everyone", false).put("pinned", false)
                .put("flags", body.path("flags").asInt(0));
        message.set("author", bot());
        message.set("mentions", JSON.createArrayNode());
        message.set("mention_roles", JSON.createArrayNode());
        message.set("attachments", JSON.createArrayNode());
        message.set("embeds", JSON.createArrayNode());
        message.set("components", JSON.createArrayNode());
        return message;
    }

    private JsonNode dmChannel(final String userId) {
        final ObjectNode channel = object().put("id", dmChannelOf(userId)).put("type", 1).put("flags", 0)
                .putNull("last_message_id");
        channel.set("recipients", JSON.createArrayNode().add(user(userId, "member")));
        return channel;
    }

    private static ObjectNode bot() {
        return user(BOT_ID, "followup-bot").put("bot", true).put("verified", true).put("mfa_enabled", false);
    }

    public static ObjectNode user(final String id, final String name) {
        return object().put("id", id).put("username", name).put("global_name", name).put("discriminator", "0")
                .putNull("avatar").put("public_flags", 0);
    }

    private static ObjectNode application() {
        final ObjectNode application = object().put("id", APP_ID).put("name", "followup-bot")
                .put("description", "").put("bot_public", true).put("bot_require_code_grant", false)
                .put("flags", 0).putNull("icon");
        application.set("owner", user("900000000000000003", "owner"));
        return application;
    }

    /** A Discord id made now: JDA reads an interaction's age from its id, and refuses stale ones. */
    public static String snowflake() {
        final long discordEpoch = 1_420_070_400_000L;
        return String.valueOf(((System.currentTimeMillis() - discordEpoch) << 22) | (SEQUENCE.incrementAndGet() & 0x3FFFFF));
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    @Override
    public void close() {
        server.stop();
    }
}
