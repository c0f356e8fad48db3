package io.followupbot.web;

import io.followupbot.interview.MemberKey;
import io.javalin.http.sse.SseClient;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The browser sessions of the local web chat: one member per session, the recent transcript (so a reload
 * shows the conversation again) and the open event streams that receive nudges as they fall due.
 */
final class WebSessions {

    static final String PLATFORM = "web";
    static final String WORKSPACE = "local";
    private static final int TRANSCRIPT_LIMIT = 300;
    private static final int SESSION_LIMIT = 10_000;

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    /** One browser's member: who it is, what was said, and who listens for nudges. */
    static final class Session {
        private final MemberKey member;
        private final Deque<Map<String, Object>> transcript = new ArrayDeque<>();
        private final List<SseClient> listeners = new CopyOnWriteArrayList<>();

        Session(final MemberKey member) {
            this.member = member;
        }

        MemberKey member() {
            return member;
        }

        synchronized void record(final Map<String, Object> entry) {
            transcript.addLast(entry);
            while (transcript.size() > TRANSCRIPT_LIMIT) {
                transcript.removeFirst();
            }
        }

        synchronized List<Map<String, Object>> transcript() {
            return new ArrayList<>(transcript);
        }

        void listen(final SseClient client) {
            listeners.add(client);
            client.onClose(() -> listeners.remove(client));
        }

        int push(final Map<String, Object> entry) {
            record(entry);
            int reached = 0;
            for (final SseClient client : listeners) {
                if (!client.terminated()) {
                    client.sendEvent("nudge", entry);
                    reached++;
                }
            }
            return reached;
        }
    }

    Session session(final String sessionId) {
        if (sessions.size() >= SESSION_LIMIT && !sessions.containsKey(sessionId)) {
            sessions.keySet().stream().findFirst().ifPresent(sessions::remove);
        }
        return sessions.computeIfAbsent(sessionId, id -> new Session(new MemberKey(PLATFORM, WORKSPACE, id)));
    }

    /** The session of a member, created when a nudge arrives for a browser that is not open. */
    Session forMember(final MemberKey member) {
        return session(member.userId());
    }
}
