package io.followupbot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.followupbot.chat.Inbound;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.conversation.ConversationEngine;
import io.followupbot.followup.FollowUps;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Member;
import io.followupbot.interview.PlannedStep;
import io.followupbot.store.Store;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.javalin.http.sse.SseClient;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * The local web chat's JSON API over the same engine, store and scheduler as the chat platforms: one member
 * per browser session (a cookie), the transcript kept for reloads, nudges pushed as server-sent events.
 */
public final class WebChat {

    static final String COOKIE = "followup_session";
    static final int MAX_BODY = 16 * 1024;
    private static final Pattern SESSION_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CompletableFuture<?> storeReady;
    private final ConversationEngine engine;
    private final FollowUps followUps;
    private final Store store;
    private final Clock clock;
    private final WebSessions sessions = new WebSessions();
    private final Cache<String, Download> downloads = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(30)).maximumSize(1_000).build();

    private record Download(String sessionId, Outbound.FileAttachment file) {
    }

    public WebChat(final ConversationEngine engine, final FollowUps followUps, final Store store, final Clock clock,
                   final CompletableFuture<?> storeReady) {
        this.storeReady = storeReady;
        this.engine = engine;
        this.followUps = followUps;
        this.store = store;
        this.clock = clock;
    }

    void routes(final RoutesConfig routes) {
        routes.before("/api/*", context -> storeReady.join());
        routes.post("/api/message", this::message);
        routes.get("/api/history", context -> context.json(Map.of("messages",
                sessions.session(sessionId(context)).transcript())));
        routes.get("/api/pipeline", this::pipeline);
        routes.get("/api/files/{id}", this::download);
        routes.sse("/api/events", this::events);
    }

    /** Delivers a nudge to the member's browser (and its transcript, for when the page opens later). */
    public boolean deliver(final io.followupbot.interview.MemberKey member, final Outbound message) {
        final WebSessions.Session session = sessions.forMember(member);
        session.push(MessageJson.fromBot(message, file -> register(member.userId(), file)));
        return true;
    }

    private void message(final Context context) {
        final String sessionId = sessionId(context);
        final String body = context.body();
        if (body.length() > MAX_BODY) {
            refuse(context, HttpStatus.CONTENT_TOO_LARGE, "That message is too large; keep it under 16 kB.");
            return;
        }
        if (!String.valueOf(context.contentType()).startsWith("application/json")) {
            refuse(context, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send JSON: {\"text\": \"...\"}.");
            return;
        }
        final JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (final JsonProcessingException malformed) {
            refuse(context, HttpStatus.BAD_REQUEST, "That wasn't valid JSON.");
            return;
        }
        if (request == null || !request.isObject() || !request.path("text").isTextual()) {
            refuse(context, HttpStatus.BAD_REQUEST, "Send an object with a text field.");
            return;
        }
        final String text = request.get("text").asText();
        final Inbound.Kind kind = switch (request.path("kind").asText("message")) {
            case "button" -> Inbound.Kind.BUTTON;
            case "command" -> Inbound.Kind.COMMAND;
            default -> text.strip().startsWith("/followup") ? Inbound.Kind.COMMAND : Inbound.Kind.MESSAGE;
        };
        final String input = kind == Inbound.Kind.COMMAND ? text.strip().replaceFirst("^/followup\\b", "").strip() : text;
        final WebSessions.Session session = sessions.session(sessionId);
        final Reply reply = engine.handle(new Inbound(session.member(), "", zone(request.path("zone").asText("")),
                "web", kind, input));
        if (kind != Inbound.Kind.BUTTON) {
            session.record(MessageJson.fromMember(text.length() > 2_000 ? text.substring(0, 2_000) + "..." : text));
        }
        final List<Map<String, Object>> messages = new ArrayList<>();
        for (final Outbound message : reply.messages()) {
            final Map<String, Object> json = MessageJson.fromBot(message, file -> register(sessionId, file));
            session.record(json);
            messages.add(json);
        }
        context.json(Map.of("messages", messages));
    }

    private void pipeline(final Context context) {
        final WebSessions.Session session = sessions.session(sessionId(context));
        final Optional<Member> member = store.read(tx -> tx.findMember(session.member()));
        final List<Map<String, Object>> interviews = new ArrayList<>();
        final Instant now = clock.instant();
        if (member.isPresent()) {
            for (final Tracked tracked : followUps.pipeline(member.get())) {
                final Map<String, Object> card = new LinkedHashMap<>();
                card.put("number", tracked.number());
                card.put("company", tracked.stored().interview().company());
                card.put("role", tracked.stored().interview().role());
                card.put("stage", tracked.stored().stage().label());
                card.put("interviewAt", tracked.stored().interview().startsAt().toString());
                final List<Map<String, Object>> steps = new ArrayList<>();
                for (final PlannedStep done : tracked.plan().done()) {
                    steps.add(step(done, "done"));
                }
                for (final PlannedStep next : tracked.plan().steps()) {
                    steps.add(step(next, next.at().toInstant().isAfter(now) ? "upcoming" : "due"));
                }
                card.put("steps", steps);
                interviews.add(card);
            }
        }
        context.json(Map.of("now", now.toString(), "interviews", interviews));
    }

    private static Map<String, Object> step(final PlannedStep step, final String status) {
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", step.kind().key());
        json.put("label", step.describe());
        json.put("at", step.at().toOffsetDateTime().toString());
        json.put("status", status);
        return json;
    }

    private void download(final Context context) {
        final Download download = downloads.getIfPresent(context.pathParam("id"));
        if (download == null || !download.sessionId().equals(sessionId(context))) {
            refuse(context, HttpStatus.NOT_FOUND, "That download has expired; type export again.");
            return;
        }
        context.contentType(download.file().mimeType() + "; charset=utf-8");
        context.header("Content-Disposition", "attachment; filename=\"" + download.file().name() + "\"");
        context.result(download.file().content());
    }

    private void events(final SseClient client) {
        client.keepAlive();
        sessions.session(sessionId(client.ctx())).listen(client);
        client.sendComment("listening");
    }

    private String register(final String sessionId, final Outbound.FileAttachment file) {
        final String id = UUID.randomUUID().toString();
        downloads.put(id, new Download(sessionId, file));
        return "/api/files/" + id;
    }

    /** The browser's session id, set as a cookie on its first request. */
    static String sessionId(final Context context) {
        final String existing = context.cookie(COOKIE);
        if (existing != null && SESSION_ID.matcher(existing).matches()) {
            return existing;
        }
        final Object assigned = context.attribute(COOKIE);
        if (assigned != null) {
            return assigned.toString();
        }
        final String created = UUID.randomUUID().toString();
        final Cookie cookie = new Cookie(COOKIE, created);
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        cookie.setSameSite(SameSite.STRICT);
        cookie.setMaxAge(60 * 60 * 24 * 365);
        context.cookie(cookie);
        context.attribute(COOKIE, created);
        return created;
    }

    private static Optional<ZoneId> zone(final String id) {
        if (id.isBlank() || id.length() > 64) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (final DateTimeException unknown) {
            return Optional.empty();
        }
    }

    private static void refuse(final Context context, final HttpStatus status, final String message) {
        context.status(status).json(Map.of("error", message));
    }
}
