package io.followupbot.interview;

import java.util.Objects;

/**
 * Who a member is on their platform. The workspace (Slack team, Discord "dm" or guild scope) is part of
 * the key, so the same user id in two workspaces is two members whose data never mixes.
 */
public record MemberKey(String platform, String workspaceId, String userId) {

    public MemberKey {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(userId, "userId");
    }

    @Override
    public String toString() {
        return platform + ":" + workspaceId + ":" + userId;
    }
}
