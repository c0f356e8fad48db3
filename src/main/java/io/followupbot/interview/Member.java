package io.followupbot.interview;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who uses the bot, with their settings.
 *
 * @param zoneConfirmed whether the member's time zone came from them or their platform (not a default)
 * @param dmChannel where their nudges go, once the platform told us
 * @param lastChannel where they last used the bot, to reach them if DMs fail
 * @param unreachableSince set when the platform refused a DM for good
 */
public record Member(
        String id,
        MemberKey key,
        String displayName,
        MemberSettings settings,
        boolean zoneConfirmed,
        Optional<String> dmChannel,
        Optional<String> lastChannel,
        Optional<Instant> unreachableSince) {

    public Member {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        displayName = displayName == null ? "" : displayName;
        Objects.requireNonNull(settings, "settings");
        dmChannel = dmChannel == null ? Optional.empty() : dmChannel;
        lastChannel = lastChannel == null ? Optional.empty() : lastChannel;
        unreachableSince = unreachableSince == null ? Optional.empty() : unreachableSince;
    }

    public boolean reachable() {
        return unreachableSince.isEmpty();
    }
}
