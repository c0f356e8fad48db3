package io.followupbot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followupbot.followup.Transcripts;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the page shows again after a reload or a restart: each member's messages as stored in the database,
 * each with its number ({@code id}) and whether its buttons still apply ({@code answered}).
 */
final class WebTranscript {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final Transcripts store;
    private final Clock clock;

    WebTranscript(final Transcripts store, final Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Keeps what the member said (if anything) and the bot's answers; the earlier answers' buttons, and those
     * of the message clicked, stop applying. Each message given gets its {@code id}.
     */
    void exchange(final String memberId, final Map<String, Object> said, final long clicked,
                  final List<Map<String, Object>> answers) {
        final List<Map<String, Object>> all = new ArrayList<>();
        if (said != null) {
            all.add(said);
        }
        all.addAll(answers);
        final List<Long> ids = store.append(memberId, clock.millis(), entries(all), true, clicked);
        for (int index = 0; index < all.size(); index++) {
            all.get(index).put("id", ids.get(index));
            all.get(index).put("answered", false);
        }
        if (said != null) {
            said.put("answered", true);
        }
    }

    /** Keeps a nudge; the conversation's buttons stay as they are. */
    void nudge(final String memberId, final Map<String, Object> message) {
        final List<Long> ids = store.append(memberId, clock.millis(), entries(List.of(message)), false, 0);
        message.put("id", ids.get(0));
        message.put("answered", false);
    }

    boolean open(final String memberId, final long id) {
        return store.open(memberId, id);
    }

    /** The member's messages, oldest first; links that no longer work are marked expired. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> history(final String memberId, final Predicate<String> liveLink) {
        final List<Map<String, Object>> messages = new ArrayList<>();
        for (final Transcripts.Line row : store.of(memberId)) {
            final Map<String, Object> message = read(row.body());
            message.put("id", row.seq());
            message.put("answered", row.answered() || MessageJson.MEMBER.equals(row.sender()));
            message.put("at", row.sentAt());
            final Object files = message.get("files");
            if (files instanceof List<?> list) {
                for (final Object file : list) {
                    if (file instanceof Map<?, ?> link && !liveLink.test(String.valueOf(link.get("url")))) {
                        ((Map<String, Object>) link).put("expired", true);
                    }
                }
            }
            messages.add(message);
        }
        return messages;
    }

    private static List<Transcripts.Entry> entries(final List<Map<String, Object>> messages) {
        final List<Transcripts.Entry> entries = new ArrayList<>();
        for (final Map<String, Object> message : messages) {
            try {
                entries.add(new Transcripts.Entry(String.valueOf(message.get("from")),
                        JSON.writeValueAsString(message)));
            } catch (final JsonProcessingException impossible) {
                throw new UncheckedIOException(impossible);
            }
        }
        return entries;
    }

    private static Map<String, Object> read(final String body) {
        try {
            return JSON.readValue(body, MAP);
        } catch (final JsonProcessingException unreadable) {
            return MessageJson.note("(a message that could not be read)");
        }
    }
}
