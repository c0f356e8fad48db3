package io.followupbot.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.followupbot.followup.ButtonCommands;
import java.util.Optional;

/**
 * A button's {@code custom_id} is the command line it stands for, so a button keeps working after a restart.
 * Discord allows 100 characters; a longer command line gets a short id ({@code ~} and a random UUID) kept in the
 * database ({@link ButtonCommands}, behind a bounded cache), tied to the member and the step its nudge is for, so
 * it too works after a restart, until it expires. Without a database (rendering tests) such ids live in memory only.
 * The engine checks every button value like typed text, so a forged id can only ever name the clicking member's own
 * data.
 */
final class ButtonIds {

    static final int MAX_LENGTH = 100;
    private static final String SHORT_PREFIX = "~";

    /** Whose button it is: the Discord user, and the plan step of the nudge that carries it, if it is a nudge's. */
    record Owner(String userId, Optional<String> stepId) {

        static final Owner NONE = new Owner("", Optional.empty());
    }

    private final Optional<ButtonCommands> kept;
    private final Cache<String, String> longValues = Caffeine.newBuilder().maximumSize(10_000).build();

    /** Long ids in memory only (tests of rendering). */
    ButtonIds() {
        this(Optional.empty());
    }

    ButtonIds(final Optional<ButtonCommands> kept) {
        this.kept = kept;
    }

    String idFor(final String value) {
        return idFor(value, Owner.NONE);
    }

    String idFor(final String value, final Owner owner) {
        if (value.length() <= MAX_LENGTH && !value.startsWith(SHORT_PREFIX)) {
            return value;
        }
        final String id = SHORT_PREFIX + kept.map(commands -> commands.keep(value, DiscordMembers.key(owner.userId()),
                owner.stepId())).orElseGet(() -> java.util.UUID.randomUUID().toString());
        longValues.put(id, value);
        return id;
    }

    /** The command line behind a custom id; empty for a short id that expired, or that no store remembers. */
    Optional<String> valueOf(final String customId) {
        if (!customId.startsWith(SHORT_PREFIX)) {
            return Optional.of(customId);
        }
        final String cached = longValues.getIfPresent(customId);
        if (cached != null) {
            return Optional.of(cached);
        }
        final Optional<String> stored = kept.flatMap(commands -> commands.command(customId.substring(SHORT_PREFIX
                .length())));
        stored.ifPresent(value -> longValues.put(customId, value));
        return stored;
    }
}
