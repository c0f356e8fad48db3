package io.followupbot.delivery.pacing;

import java.util.Objects;

/**
 * One call a platform adapter is about to make, as the {@link Pacer} budgets it.
 *
 * @param platform {@code slack} or {@code discord}
 * @param account whose budget it spends: the Slack workspace (team id), or the Discord bot
 * @param method the platform's method or route, e.g. {@code chat.postMessage}, {@code conversations.open},
 *     {@code POST /channels/{id}/messages}
 * @param channel where a message goes (budgets per channel), empty when the call is not a post
 */
public record PacedCall(String platform, String account, String method, String channel) {

    public PacedCall {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(method, "method");
        channel = channel == null ? "" : channel;
    }

    public static PacedCall of(final String platform, final String account, final String method) {
        return new PacedCall(platform, account, method, "");
    }
}
