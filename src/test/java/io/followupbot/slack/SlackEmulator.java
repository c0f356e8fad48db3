package io.followupbot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.websocket.WsContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A local Slack: the Web API at {@code http://127.0.0.1:<port>/api/<method>}, recording every call (method,
 * token, arguments) and answering as Slack does; and the Socket Mode WebSocket ({@code apps.connections.open}
 * hands out its URL), which says hello and records the app's acks. Files go through Slack's external upload
 * ({@code files.getUploadURLExternal}, a POST of the bytes to the URL it gave, {@code files.completeUploadExternal})
 * and are kept with the channel they were shared in. Failures can be injected per method:
 * HTTP statuses (429 with Retry-After, 500) and {@code ok:false} errors.
 */
final class SlackEmulator implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    /** One Web API call as the bot made it. */
    record Call(String method, String token, Map<String, String> args) {

        String arg(final String name) {
            return args.getOrDefault(name, "");
        }

        /** The blocks argument, parsed (empty if none). */
        JsonNode blocks() {
            try {
                return args.containsKey("blocks") ? JSON.readTree(args.get("blocks")) : JSON.createArrayNode();
            } catch (final Exception unreadable) {
                throw new AssertionError("blocks are not JSON: " + args.get("blocks"), unreadable);
            }
        }

        /** Every text of the message: the fallback text and each block's text, fields and code. */
        String allText() {
            final StringBuilder all = new StringBuilder(arg("text"));
            blocks().findValues("text").forEach(text -> all.append('\n').append(text.isTextual() ? text.asText()
                    : text.path("text").asText()));
            return all.toString();
        }

        /** The buttons of the message: label to value. */
        Map<String, String> buttons() {
            final Map<String, String> buttons = new LinkedHashMap<>();
            for (final JsonNode block : blocks()) {
                for (final JsonNode element : block.path("elements")) {
                    if (element.path("type").asText().equals("button")) {
                        buttons.put(element.path("text").path("text").asText(), element.path("value").asText());
                    }
                }
            }
            return buttons;
        }
    }

    private record Failure(int status, String retryAfter, String error) {
    }

    /** A file the bot uploaded and shared, with its bytes. */
    record UploadedFile(String id, String name, String channel, byte[] content) {

        String text() {
            return new String(content, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final Map<String, String> uploadNames = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, byte[]> uploadBytes = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<UploadedFile> shared = new CopyOnWriteArrayList<>();
    /** Workspace roles by user: admin, owner or primary_owner; anyone else is a member. */
    private final Map<String, String> roles = new java.util.concurrent.ConcurrentHashMap<>();

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Failure>> failures = new LinkedHashMap<>();
    private final List<String> socketMessages = new CopyOnWriteArrayList<>();
    private final List<WsContext> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger ts = new AtomicInteger(1000);
    private final Javalin server;
    /** Files members shared, by id, served at their url_private_download. */
    private final Map<String, byte[]> hosted = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile java.util.function.Consumer<Call> listener = call -> { };
    private volatile SlackRateLimits rateLimits = SlackRateLimits.documented();
    private volatile io.followupbot.testkit.RateBuckets buckets = new io.followupbot.testkit.RateBuckets();
    /** Calls refused with 429 because they went over a rate limit: not in {@link #calls()}, Slack did nothing. */
    private final List<Call> rateLimited = new CopyOnWriteArrayList<>();
    /** Calls Slack carried out ({@code ok:true}): a message in here reached the member. */
    private final List<Call> accepted = new CopyOnWriteArrayList<>();

    SlackEmulator() {
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            final org.eclipse.jetty.util.thread.QueuedThreadPool threads = new org.eclipse.jetty.util.thread.QueuedThreadPool();
            threads.setName("slack-emulator");
            config.jetty.threadPool = threads;
            config.routes.post("/api/{method}", this::api);
            // url_private_download: the bytes with the bot's token; Slack's sign-in page (HTML, 200) without it
            config.routes.get("/files-pri/{id}/{name}", context -> {
                final String auth = String.valueOf(context.header("Authorization"));
                final byte[] content = hosted.get(context.pathParam("id"));
                if (!auth.startsWith("Bearer xoxb-") || content == null) {
                    context.contentType("text/html").result("<!DOCTYPE html><html><body>Sign in to Slack</body></html>");
                    return;
                }
                context.contentType("application/octet-stream").result(content);
            });
            config.routes.post("/upload/{id}", context -> {
                uploadBytes.put(context.pathParam("id"), context.bodyAsBytes());
                context.result("OK - " + context.bodyAsBytes().length);
            });
            config.routes.ws("/link", ws -> {
                ws.onConnect(context -> {
                    context.session.setIdleTimeout(java.time.Duration.ofMinutes(5));
                    sockets.add(context);
                    context.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"emulator\"},"
                            + "\"connection_info\":{\"app_id\":\"A1\"}}");
                });
                ws.onMessage(context -> socketMessages.add(context.message()));
                ws.onClose(context -> sockets.remove(context));
            });
        }).start();
    }

    /** A file a member shares: kept by the emulator; returns its url_private_download. */
    String hostFile(final String id, final String name, final byte[] content) {
        hosted.put(id, content);
        return "http://127.0.0.1:" + server.port() + "/files-pri/" + id + "/" + name;
    }

    String apiUrl() {
        return "http://127.0.0.1:" + server.port() + "/api/";
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> calls(final String method) {
        return calls.stream().filter(call -> call.method().equals(method)).toList();
    }

    List<Call> callsSince(final int index, final Predicate<Call> filter) {
        final List<Call> all = calls();
        return all.subList(Math.min(index, all.size()), all.size()).stream().filter(filter).toList();
    }

    /** Told of every call as it arrives (the benchmark times replies with it). */
    void onCall(final java.util.function.Consumer<Call> newListener) {
        listener = newListener;
    }

    /** Forgets the recorded calls (long benchmark runs). */
    void clear() {
        calls.clear();
        accepted.clear();
    }

    int callCount() {
        return calls.size();
    }

    /** Enforces these rate limits from now on (the documented ones by default). */
    void rateLimits(final SlackRateLimits limits) {
        rateLimits = limits;
        buckets.clear();
    }

    /**
     * The rate limits' buckets refill by {@code clock} from now on, not by the real time (and start full): a test that
     * counts what passes and what is refused moves the clock on itself, however slow its calls are.
     */
    void rateClock(final java.time.Clock clock) {
        buckets = io.followupbot.testkit.RateBuckets.on(clock);
    }

    /** The calls of {@code method} Slack carried out ({@code ok:true}), in order. */
    List<Call> accepted(final String method) {
        return accepted.stream().filter(call -> call.method().equals(method)).toList();
    }

    /** The calls refused for going over a rate limit (HTTP 429), in order. */
    List<Call> rateLimited() {
        return List.copyOf(rateLimited);
    }

    /** The next {@code times} calls of {@code method} answer with this HTTP status. */
    synchronized void failHttp(final String method, final int status, final String retryAfter, final int times) {
        for (int i = 0; i < times; i++) {
            failures.computeIfAbsent(method, key -> new ArrayDeque<>()).add(new Failure(status, retryAfter, null));
        }
    }

    /** The next call of {@code method} answers {@code ok:false} with this error. */
    synchronized void failWith(final String method, final String error) {
        failures.computeIfAbsent(method, key -> new ArrayDeque<>()).add(new Failure(200, null, error));
    }

    /** Gives a user a workspace role, as users.info then reports it: admin, owner or primary_owner. */
    void role(final String user, final String role) {
        roles.put(user, role);
    }

    /** The files shared so far, in the order their uploads were completed. */
    List<UploadedFile> files() {
        return List.copyOf(shared);
    }

    List<String> socketMessages() {
        return List.copyOf(socketMessages);
    }

    boolean socketConnected() {
        return !sockets.isEmpty();
    }

    void sendOverSocket(final String envelope) {
        sockets.forEach(socket -> socket.send(envelope));
    }

    private synchronized Failure nextFailure(final String method) {
        final Deque<Failure> queue = failures.get(method);
        return queue == null ? null : queue.poll();
    }

    private void api(final Context context) throws Exception {
        final String method = context.pathParam("method");
        final Map<String, String> args = arguments(context);
        final String authorization = context.header("Authorization");
        final String token = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()) : args.getOrDefault("token", "");
        final Call call = new Call(method, token, args);
        final double retryAfter = overRateLimit(call);
        if (retryAfter > 0) {
            rateLimited.add(call);
            context.header("Retry-After", Long.toString((long) Math.ceil(retryAfter)));
            context.status(429).contentType("application/json").result("{\"ok\":false,\"error\":\"ratelimited\"}");
            return;
        }
        calls.add(call);
        listener.accept(call);
        final Failure failure = nextFailure(method);
        if (failure != null && failure.status() != 200) {
            if (failure.retryAfter() != null) {
                context.header("Retry-After", failure.retryAfter());
            }
            context.status(failure.status()).contentType("application/json").result("{\"ok\":false,\"error\":\"ratelimited\"}");
            return;
        }
        final ObjectNode answer = JSON.createObjectNode();
        final List<String> overLimits = limits(method, args);
        if (!overLimits.isEmpty()) {
            violations.addAll(overLimits);
            answer.put("ok", false).put("error", "invalid_blocks");
            answer.putObject("response_metadata").putArray("messages").add(String.join("; ", overLimits));
        } else if (failure != null) {
            answer.put("ok", false).put("error", failure.error());
        } else {
            answer.put("ok", true);
            answer(method, args, answer);
            if (answer.path("ok").asBoolean()) {
                accepted.add(call);
            }
        }
        context.contentType("application/json").result(JSON.writeValueAsString(answer));
    }

    /**
     * 0 when the call is within the rate limits (and spends them), else the seconds until it would be: the
     * method's tier per token, and for chat.postMessage the workspace's budget and the channel's.
     */
    private double overRateLimit(final Call call) {
        final SlackRateLimits limits = rateLimits;
        if (call.method().equals("chat.postMessage")) {
            final var workspace = buckets.take(call.token() + "|post", limits.perWorkspace());
            if (!workspace.allowed()) {
                return workspace.retryAfterSeconds();
            }
            final var channel = buckets.take(call.token() + "|post|" + call.arg("channel"), limits.perChannel());
            return channel.allowed() ? 0 : channel.retryAfterSeconds();
        }
        final var tier = buckets.take(call.token() + "|" + call.method(), limits.tier(call.method()));
        return tier.allowed() ? 0 : tier.retryAfterSeconds();
    }

    /** Refuses what the real Web API refuses: Block Kit over its documented limits. */
    private static List<String> limits(final String method, final Map<String, String> args) throws Exception {
        if (method.startsWith("chat.") && args.containsKey("blocks")) {
            return SlackLimits.message(JSON.readTree(args.get("blocks")));
        }
        if (method.startsWith("views.") && args.containsKey("view")) {
            return SlackLimits.view(JSON.readTree(args.get("view")));
        }
        return List.of();
    }

    /** Every limit the bot broke so far, with what was over; a test can assert there were none. */
    List<String> violations() {
        return List.copyOf(violations);
    }

    private void answer(final String method, final Map<String, String> args, final ObjectNode answer) {
        switch (method) {
            case "auth.test":
                answer.put("url", "https://emulated.slack.test/").put("team", "Acme").put("user", "followup")
                        .put("team_id", "T1").put("user_id", "UBOT").put("bot_id", "BBOT");
                break;
            case "chat.postMessage":
                answer.put("channel", args.getOrDefault("channel", "")).put("ts", ts.incrementAndGet() + ".000100");
                answer.putObject("message").put("text", args.getOrDefault("text", ""));
                break;
            case "chat.postEphemeral":
                answer.put("message_ts", ts.incrementAndGet() + ".000100");
                break;
            case "conversations.open":
                answer.putObject("channel").put("id", "D" + args.getOrDefault("users", "X").split(",")[0]);
                break;
            case "users.info": {
                // as Slack's user object: the three role flags are always there, true or false
                final String user = args.getOrDefault("user", "");
                final String role = roles.getOrDefault(user, "");
                answer.putObject("user").put("id", user).put("team_id", "T1").put("name", "member")
                        .put("deleted", false).put("is_bot", false)
                        .put("is_admin", role.equals("admin") || role.equals("owner") || role.equals("primary_owner"))
                        .put("is_owner", role.equals("owner") || role.equals("primary_owner"))
                        .put("is_primary_owner", role.equals("primary_owner"))
                        .put("is_restricted", false).put("is_ultra_restricted", false)
                        .put("tz", "America/New_York").put("tz_offset", -18_000);
                break;
            }
            case "views.publish":
            case "views.open":
                answer.putObject("view").put("id", "V" + ts.incrementAndGet());
                break;
            case "oauth.v2.access":
                answer.put("access_token", "xoxb-T2-installed-token").put("token_type", "bot")
                        .put("scope", "commands,chat:write").put("bot_user_id", "UBOT2").put("app_id", "A1");
                answer.putObject("team").put("id", "T2").put("name", "Beta");
                answer.putObject("authed_user").put("id", "U9").put("scope", "").put("token_type", "user");
                break;
            case "files.getUploadURLExternal": {
                // as Slack: filename and length are required, length a positive number of bytes
                if (args.getOrDefault("filename", "").isBlank() || !args.getOrDefault("length", "").matches("[1-9]\\d*")) {
                    answer.put("ok", false).put("error", "invalid_arguments");
                    break;
                }
                final String id = "F" + ts.incrementAndGet();
                uploadNames.put(id, args.getOrDefault("filename", ""));
                answer.put("upload_url", "http://127.0.0.1:" + server.port() + "/upload/" + id).put("file_id", id);
                break;
            }
            case "files.completeUploadExternal": {
                final var list = answer.putArray("files");
                try {
                    for (final JsonNode file : JSON.readTree(args.getOrDefault("files", "[]"))) {
                        final String id = file.path("id").asText();
                        shared.add(new UploadedFile(id, uploadNames.getOrDefault(id, ""),
                                args.getOrDefault("channel_id", ""), uploadBytes.getOrDefault(id, new byte[0])));
                        list.addObject().put("id", id).put("title", file.path("title").asText());
                    }
                } catch (final Exception unreadable) {
                    answer.put("ok", false).put("error", "invalid_arguments");
                }
                break;
            }
            case "apps.connections.open":
                answer.put("url", "ws://127.0.0.1:" + server.port() + "/link");
                break;
            default:
                break;
        }
    }

    private static Map<String, String> arguments(final Context context) throws Exception {
        final Map<String, String> args = new LinkedHashMap<>();
        final String body = context.body();
        final String type = context.contentType() == null ? "" : context.contentType();
        if (type.startsWith("application/json")) {
            final JsonNode json = JSON.readTree(body.isBlank() ? "{}" : body);
            json.fields().forEachRemaining(field -> args.put(field.getKey(),
                    field.getValue().isTextual() ? field.getValue().asText() : field.getValue().toString()));
            return args;
        }
        for (final String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            final int equals = pair.indexOf('=');
            final String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            final String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            args.put(name, value);
        }
        return args;
    }

    static List<String> texts(final List<Call> calls) {
        final List<String> texts = new ArrayList<>();
        calls.forEach(call -> texts.add(call.allText()));
        return texts;
    }

    @Override
    public void close() {
        server.stop();
    }
}
