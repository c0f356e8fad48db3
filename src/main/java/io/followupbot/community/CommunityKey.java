package io.followupbot.community;

import java.util.Objects;

/**
 * A community: a Slack workspace ({@code slack}, team id), a Discord server ({@code discord}, guild id) or the
 * web chat ({@code web}, its workspace).
 */
public record CommunityKey(String platform, String id) {

    public CommunityKey {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return platform + ":" + id;
    }
}
