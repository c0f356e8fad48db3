package io.followupbot.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.followupbot.chat.Outbound;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The files the bot offered a browser (exports), kept in memory for half an hour under an unguessable id and
 * only for the session they were made for. forget-me ends them at once; a restart ends them too.
 */
final class Downloads {

    static final String PREFIX = "/api/files/";

    private final Cache<String, Download> files = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(30)).maximumSize(1_000).build();

    private record Download(String sessionId, Outbound.FileAttachment file) {
    }

    /** Keeps the file for the session; returns its link. */
    String register(final String sessionId, final Outbound.FileAttachment file) {
        final String id = UUID.randomUUID().toString();
        files.put(id, new Download(sessionId, file));
        return PREFIX + id;
    }

    Optional<Outbound.FileAttachment> find(final String sessionId, final String id) {
        final Download download = files.getIfPresent(id);
        return download == null || !download.sessionId().equals(sessionId)
                ? Optional.empty() : Optional.of(download.file());
    }

    boolean live(final String sessionId, final String url) {
        return url.startsWith(PREFIX) && find(sessionId, url.substring(PREFIX.length())).isPresent();
    }

    /** Ends every link of the session. */
    void forget(final String sessionId) {
        files.asMap().values().removeIf(download -> download.sessionId().equals(sessionId));
    }
}
