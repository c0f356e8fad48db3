package io.followupbot.community;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.followupbot.drafts.DraftKind;
import io.followupbot.drafts.DraftRenderer;
import io.followupbot.interview.MemberKey;
import io.followupbot.store.CommunityStore;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The draft wording of each community: the bot's own, with the kinds its admins rewrote. Kept for a minute (an
 * edit on this instance takes effect at once; on another instance sharing PostgreSQL within the minute).
 */
final class CommunityWordings implements DraftRenderer.Wordings {

    private static final Logger LOG = LoggerFactory.getLogger(CommunityWordings.class);

    private final CommunityStore store;
    private final DraftRenderer base;
    private final Cache<CommunityKey, Optional<DraftRenderer>> renderers =
            Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(1)).build();

    CommunityWordings(final CommunityStore store, final DraftRenderer base) {
        this.store = store;
        this.base = base;
    }

    @Override
    public Optional<DraftRenderer> forMember(final MemberKey member) {
        final CommunityKey community = new CommunityKey(member.platform(), store.communityOf(member));
        return renderers.get(community, this::load);
    }

    /** The community's templates, by kind. */
    Map<DraftKind, String> templates(final CommunityKey community) {
        final Map<DraftKind, String> templates = new EnumMap<>(DraftKind.class);
        store.templates(community.platform(), community.id())
                .forEach((kind, body) -> DraftKind.fromKey(kind).ifPresent(known -> templates.put(known, body)));
        return templates;
    }

    void changed(final CommunityKey community) {
        renderers.invalidate(community);
    }

    private Optional<DraftRenderer> load(final CommunityKey community) {
        final Map<DraftKind, String> templates = templates(community);
        if (templates.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(base.withWording(templates));
        } catch (final IllegalArgumentException unusable) {
            LOG.warn("the draft wording of community {} no longer compiles; using the bot's own", community);
            return Optional.empty();
        }
    }
}
