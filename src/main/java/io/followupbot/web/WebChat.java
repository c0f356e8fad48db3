package io.followupbot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followupbot.chat.Inbound;
import io.followupbot.chat.MemberText;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.conversation.ConversationEngine;
import io.followupbot.followup.Members;
import io.followupbot.followup.StorageTrouble;
import io.followupbot.followup.UseCases;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.javalin.http.sse.SseClient;
import java.time.Clock;
import java.time.DateTimeException;
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
 * per browser session (a cookie), the transcript kept in the database (reloads and restarts lose nothing),
 * nudges pushed as server-sent events.
 */
public final class WebChat {

    static final String COOKIE = "followup_session";
    static final int MAX_BODY = 16 * 1024;
    /** What the transcript keeps of an employer's email pasted whole (the engine says which inputs those are). */
    private static final String WITHHELD = "(an employer's message, pasted; not kept)";
    private static final Pattern SESSION_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_LABEL = 200;

    private final CompletableFuture<?> storeReady;
    private final ConversationEngine engine;
    private final UseCases app;
    private final Members members;
    private final Clock clock;
    private final int maxLength;
    private final WebSessions sessions = new WebSessions();
    private final Downloads downloads = new Downloads();
    private final WebTranscript transcript;

    /**
     * @param maxLength the longest message the bot reads (conversation.max-answer-length): the page counts
     *                  against it before sending, and a longer message is refused whole rather than cut
     */
    public WebChat(final ConversationEngine engine, final UseCases app, final Clock clock,
                   final CompletableFuture<?> storeReady, final int maxLength) {
        this.storeReady = storeReady;
        this.engine = engine;
        this.app = app;
        this.members = app.members();
        this.clock = clock;
        this.maxLength = maxLength;
        this.transcript = new WebTranscript(app.transcripts(), clock);
    }

    void routes(final RoutesConfig routes) {
        routes.before("/api/*", context -> storeReady.join());
        routes.post("/api/message", this::message);
        routes.post("/api/file", this::file);
        routes.get("/api/history", this::history);
        routes.get("/api/pipeline", this::pipeline);
        routes.get("/api/files/{id}", this::download);
        routes.sse("/api/events", this::events);
        new WebForms(engine.forms(), this::kept).routes(routes);
    }

    /** A form's answer, kept in the member's transcript like any other answer, as the page shows it. */
    private List<Map<String, Object>> kept(final String sessionId, final Reply reply) {
        final List<Map<String, Object>> messages = rendered(sessionId, reply);
        members.find(WebSessions.member(sessionId))
                .ifPresent(member -> transcript.exchange(member.id(), null, 0, messages));
        return messages;
    }

    /**
     * Delivers a nudge: kept in the member's transcript (so a page opened later, even after a restart, shows
     * it) and pushed to the member's open pages.
     */
    public boolean deliver(final MemberKey member, final Outbound message) {
        final Optional<Member> known = members.find(member);
        if (known.isEmpty()) {
            return true;
        }
        final Map<String, Object> json = MessageJson.fromBot(message, true,
                file -> downloads.register(member.userId(), file));
        transcript.nudge(known.get().id(), json);
        sessions.push(member.userId(), "nudge", json);
        return true;
    }

    private void history(final Context context) {
        final String sessionId = sessionId(context);
        final Optional<Member> member = members.find(WebSessions.member(sessionId));
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("messages", member.map(found -> transcript.history(found.id(),
                url -> downloads.live(sessionId, url))).orElse(List.of()));
        body.put("zone", member.map(found -> found.settings().zone().getId()).orElse(""));
        body.put("maxLength", maxLength);
        context.json(body);
    }

    private void message(final Context context) {
        final String sessionId = sessionId(context);
        final Optional<JsonNode> request = WebRequests.json(context, MAX_BODY);
        if (request.isEmpty()) {
            return;
        }
        final String text = request.get().get("text").asText();
        final Inbound.Kind kind = switch (request.get().path("kind").asText("message")) {
            case "button" -> Inbound.Kind.BUTTON;
            case "command" -> Inbound.Kind.COMMAND;
            default -> text.strip().startsWith("/followup") ? Inbound.Kind.COMMAND : Inbound.Kind.MESSAGE;
        };
        final int length = text.strip().codePointCount(0, text.strip().length());
        if (length > maxLength && !ConversationEngine.looksLikeEmployerMessage(text)) {
            WebRequests.refuse(context, HttpStatus.UNPROCESSABLE_CONTENT, "That's " + String.format("%,d", length)
                    + " characters; I read up to " + String.format("%,d", maxLength)
                    + ". Shorten it and send it again; nothing was sent.");
            return;
        }
        final MemberKey key = WebSessions.member(sessionId);
        final String input = kind == Inbound.Kind.COMMAND ? text.strip().replaceFirst("^/followup\\b", "").strip() : text;
        final Inbound inbound = new Inbound(key, "", zone(request.get().path("zone").asText("")), "web", kind, input);
        final String said = kind == Inbound.Kind.BUTTON ? label(request.get(), text) : text;
        answer(context, sessionId, inbound, said, kind == Inbound.Kind.BUTTON ? request.get().path("answers").asLong(0)
                : 0);
    }

    /**
     * {@code POST /api/file?name=...}: a file the member shares (an employer's email or calendar invite), its bytes
     * as the body; the transcript keeps its name only, never its content.
     */
    private void file(final Context context) {
        final String sessionId = sessionId(context);
        final byte[] content = context.bodyAsBytes();
        final String name = WebRequests.fileName(context.queryParam("name"));
        final Inbound inbound = new Inbound(WebSessions.member(sessionId), "", zone(String.valueOf(
                context.queryParam("zone"))), "web", Inbound.Kind.MESSAGE, "",
                Optional.of(new Inbound.SharedFile(name, content)));
        answer(context, sessionId, inbound, "(shared " + name + ")", 0);
    }

    private void answer(final Context context, final String sessionId, final Inbound inbound, final String said,
                        final long clicked) {
        final MemberKey key = inbound.member();
        final Optional<Member> before;
        try {
            before = members.find(key);
        } catch (final RuntimeException failure) {
            if (StorageTrouble.describe(failure).isEmpty()) {
                throw failure;
            }
            // The storage is down: the engine says so in its own words, and no transcript is kept of it.
            context.json(Map.of("messages", rendered(sessionId, engine.handle(inbound)), "settled", List.of()));
            return;
        }
        if (clicked > 0 && before.isPresent() && !transcript.open(before.get().id(), clicked)) {
            context.json(Map.of("messages", List.of(MessageJson.note("That was already answered, so its buttons "
                    + "no longer apply. Type help to see what I can do.")), "settled", List.of(clicked)));
            return;
        }
        final Reply reply = engine.handle(inbound);
        final Optional<Member> after = members.find(key);
        if (before.isPresent() && after.isEmpty()) {
            forgotten(context, sessionId, reply);
            return;
        }
        final List<Map<String, Object>> messages = rendered(sessionId, reply);
        final String kept = reply.inputWithheld() && inbound.file().isEmpty() ? WITHHELD : said;
        after.ifPresent(member -> transcript.exchange(member.id(), MessageJson.fromMember(kept), clicked, messages));
        context.json(Map.of("messages", messages, "settled", clicked > 0 ? List.of(clicked) : List.of()));
    }

    private List<Map<String, Object>> rendered(final String sessionId, final Reply reply) {
        final List<Map<String, Object>> messages = new ArrayList<>();
        for (final Outbound message : reply.messages()) {
            messages.add(MessageJson.fromBot(message, false, file -> downloads.register(sessionId, file)));
        }
        return messages;
    }

    /** After forget-me: nothing is kept, every link dies, and every open page of the member clears itself. */
    private void forgotten(final Context context, final String sessionId, final Reply reply) {
        downloads.forget(sessionId);
        final List<Map<String, Object>> messages = new ArrayList<>();
        reply.messages().forEach(message -> messages.add(MessageJson.note(MemberText.strip(message.text()))));
        sessions.push(sessionId, "forgotten", Map.of("messages", messages));
        context.json(Map.of("forgotten", true, "messages", messages));
    }

    private static String label(final JsonNode request, final String value) {
        final String label = request.path("label").asText("").strip();
        if (label.isEmpty()) {
            return value;
        }
        return label.length() > MAX_LABEL ? label.substring(0, MAX_LABEL) : label;
    }

    private void pipeline(final Context context) {
        final MemberKey key = WebSessions.member(sessionId(context));
        final Optional<Member> member = members.find(key);
        context.json(PipelineJson.of(member.map(found -> app.followUps().pipeline(found)).orElse(List.of()),
                clock.instant(), member.map(found -> found.settings().zone().getId()).orElse(""),
                member.flatMap(found -> members.pauses().until(found))));
    }

    private void download(final Context context) {
        final Optional<Outbound.FileAttachment> file = downloads.find(sessionId(context), context.pathParam("id"));
        if (file.isEmpty()) {
            WebRequests.refuse(context, HttpStatus.NOT_FOUND, "That download has expired; type export again.");
            return;
        }
        context.contentType(file.get().mimeType() + "; charset=utf-8");
        if (!file.get().mimeType().equals(PrintablePage.MIME_TYPE)) {
            context.header("Content-Disposition", "attachment; filename=\"" + file.get().name() + "\"");
        }
        context.header("Cache-Control", "no-store");
        context.result(file.get().content());
    }

    private void events(final SseClient client) {
        client.keepAlive();
        sessions.listen(sessionId(client.ctx()), client);
        client.sendComment("listening");
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
}
