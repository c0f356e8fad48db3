package io.followupbot.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.interactions.InteractionHook;

/**
 * Telling a member whose DMs refuse the bot how to allow them, ephemerally, where they last used the bot.
 * An ephemeral message is only possible through an interaction, whose token lives 15 minutes: so the bot
 * keeps each member's last server interaction for 14 minutes and uses it if the refusal comes within
 * that time; otherwise the notice waits and leads the reply to the member's next {@code /followup}, anywhere.
 * The bot never posts about a member in a channel for everyone to see.
 */
final class DmNotices {

    static final Duration HOOK_LIFETIME = Duration.ofMinutes(14);

    private final Cache<String, InteractionHook> hooks = Caffeine.newBuilder().expireAfterWrite(HOOK_LIFETIME)
            .maximumSize(100_000).build();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();

    void remember(final String userId, final InteractionHook hook) {
        hooks.put(userId, hook);
    }

    /** The member's DMs refused a nudge: tell them now if an interaction of theirs is fresh, else next time. */
    void dmRefused(final String userId) {
        final InteractionHook hook = hooks.getIfPresent(userId);
        if (hook == null || hook.isExpired()) {
            pending.add(userId);
            return;
        }
        hook.sendMessage(DmFailures.HOW_TO_ALLOW_DMS).setEphemeral(true).queue(sent -> { },
                failure -> pending.add(userId));
    }

    /** Whether a notice waits for this member, consuming it. */
    boolean takePending(final String userId) {
        return pending.remove(userId);
    }
}
