package io.followupbot.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.followupbot.followup.Conversations;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversation state of every member: a bounded Caffeine cache in front of the {@code conversations}
 * table, written through on every change. A restart, a second instance or an eviction reads the state back
 * from the store, so the member resumes exactly where they were.
 */
public final class ConversationStateCache {

    private static final Logger LOG = LoggerFactory.getLogger(ConversationStateCache.class);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Conversations store;
    private final Clock clock;
    private final Duration expiry;
    private final Cache<String, ConversationState> cache;

    public ConversationStateCache(final Conversations store, final Clock clock, final Duration expiry, final int cacheSize) {
        this.store = store;
        this.clock = clock;
        this.expiry = expiry;
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).expireAfterAccess(expiry).build();
    }

    /** The member's state, or Idle; a state left unfinished for longer than the expiry comes back as expired. */
    Loaded load(final String memberId) {
        ConversationState state = cache.getIfPresent(memberId);
        if (state == null) {
            state = store.saved(memberId)
                    .flatMap(json -> decode(memberId, json))
                    .orElseGet(() -> new ConversationState.Idle(clock.millis()));
        }
        if (!(state instanceof ConversationState.Idle) && clock.millis() - state.since() > expiry.toMillis()) {
            save(memberId, new ConversationState.Idle(clock.millis()));
            return new Loaded(new ConversationState.Idle(clock.millis()), Optional.of(state));
        }
        cache.put(memberId, state);
        return new Loaded(state, Optional.empty());
    }

    void save(final String memberId, final ConversationState state) {
        final String json;
        try {
            json = JSON.writeValueAsString(state);
        } catch (final JsonProcessingException impossible) {
            throw new IllegalStateException("a conversation state could not be written", impossible);
        }
        if (state instanceof ConversationState.Idle) {
            store.clear(memberId);
        } else {
            store.save(memberId, json);
        }
        cache.put(memberId, state);
    }

    /** Drops the cached state (after forget-me, or in tests to simulate an eviction). */
    public void evict(final String memberId) {
        cache.invalidate(memberId);
    }

    void evictAll() {
        cache.invalidateAll();
    }

    private static Optional<ConversationState> decode(final String memberId, final String json) {
        try {
            return Optional.of(JSON.readValue(json, ConversationState.class));
        } catch (final JsonProcessingException unreadable) {
            LOG.warn("an unreadable conversation state was reset (member {})", memberId);
            return Optional.empty();
        }
    }

    /** A loaded state, and the state that expired instead of it, if one did. */
    record Loaded(ConversationState state, Optional<ConversationState> expired) {
    }
}
