package io.followupbot.web;

import io.followupbot.interview.MemberKey;
import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The open pages of the local web chat: one member per browser session (its cookie), and the event streams
 * of its open tabs, which receive nudges as they fall due. What was said is in the store, not here.
 */
final class WebSessions {

    static final String PLATFORM = "web";
    static final String WORKSPACE = "local";

    private final Map<String, List<SseClient>> listeners = new ConcurrentHashMap<>();

    static MemberKey member(final String sessionId) {
        return new MemberKey(PLATFORM, WORKSPACE, sessionId);
    }

    void listen(final String sessionId, final SseClient client) {
        final List<SseClient> open = listeners.computeIfAbsent(sessionId, id -> new CopyOnWriteArrayList<>());
        open.add(client);
        client.onClose(() -> {
            open.remove(client);
            listeners.computeIfPresent(sessionId, (id, list) -> list.isEmpty() ? null : list);
        });
    }

    /** Sends an event to every open tab of the session; returns how many it reached. */
    int push(final String sessionId, final String event, final Object data) {
        int reached = 0;
        for (final SseClient client : listeners.getOrDefault(sessionId, List.of())) {
            if (!client.terminated()) {
                client.sendEvent(event, data);
                reached++;
            }
        }
        return reached;
    }
}
