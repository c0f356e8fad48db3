package io.followupbot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.interview.MemberKey;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the engine's replies where they belong: in the member's DM, or visible to them only (ephemeral) in a
 * shared channel; and learns what Slack knows of a member (time zone, DM channel), once, per member.
 */
final class SlackReplies {

    private static final Logger LOG = LoggerFactory.getLogger(SlackReplies.class);

    private final Cache<String, String> dmChannels =
            Caffeine.newBuilder().maximumSize(50_000).expireAfterAccess(Duration.ofDays(1)).build();
    private final Cache<String, Optional<ZoneId>> zones =
            Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(Duration.ofDays(1)).build();

    /** Where an input came from: the channel it was typed in, empty for the App Home and modals. */
    record Origin(MemberKey member, String channel) {

        boolean inSharedChannel() {
            return !channel.isBlank() && !isDm(channel);
        }
    }

    static boolean isDm(final String channel) {
        return channel.startsWith("D");
    }

    void deliver(final MethodsClient client, final Origin origin, final Reply reply) {
        if (reply.messages().isEmpty()) {
            return;
        }
        try {
            if (origin.inSharedChannel() && reply.moveToDm()) {
                ephemeral(client, origin, Outbound.text("I've sent you a direct message, so we can go on there."));
                toDm(client, origin.member(), reply.messages());
            } else if (origin.inSharedChannel() && reply.personal()) {
                for (final Outbound message : reply.messages()) {
                    ephemeral(client, origin, message);
                }
            } else if (origin.inSharedChannel()) {
                for (final Outbound message : reply.messages()) {
                    post(client, origin.channel(), message);
                }
            } else {
                toDm(client, origin.member(), reply.messages());
            }
        } catch (final IOException | SlackApiException | SlackError failure) {
            LOG.warn("could not post a reply to {}: {}", origin.member(), describe(failure));
        }
    }

    void toDm(final MethodsClient client, final MemberKey member, final List<Outbound> messages)
            throws IOException, SlackApiException {
        final String channel = dmChannel(client, member);
        for (final Outbound message : messages) {
            post(client, channel, message);
        }
    }

    /** Posts one message; Slack's {@code ok:false} comes back as {@link SlackError}. */
    static void post(final MethodsClient client, final String channel, final Outbound message)
            throws IOException, SlackApiException {
        check(client.chatPostMessage(request -> request.channel(channel).text(BlockKit.fallbackText(message))
                .blocks(BlockKit.blocks(message))));
    }

    static void ephemeral(final MethodsClient client, final Origin origin, final Outbound message)
            throws IOException, SlackApiException {
        check(client.chatPostEphemeral(request -> request.channel(origin.channel()).user(origin.member().userId())
                .text(BlockKit.fallbackText(message)).blocks(BlockKit.blocks(message))));
    }

    String dmChannel(final MethodsClient client, final MemberKey member) throws IOException, SlackApiException {
        final String known = dmChannels.getIfPresent(member.toString());
        if (known != null) {
            return known;
        }
        final ConversationsOpenResponse opened = client.conversationsOpen(request -> request.users(List.of(member.userId())));
        check(opened);
        final String channel = opened.getChannel().getId();
        dmChannels.put(member.toString(), channel);
        return channel;
    }

    /** The member's time zone from {@code users.info}, asked once per member and day; empty if Slack won't say. */
    Optional<ZoneId> zone(final MethodsClient client, final MemberKey member) {
        return zones.get(member.toString(), key -> {
            try {
                final UsersInfoResponse info = client.usersInfo(request -> request.user(member.userId()));
                if (!info.isOk() || info.getUser() == null || info.getUser().getTz() == null) {
                    return Optional.empty();
                }
                return Optional.of(ZoneId.of(info.getUser().getTz()));
            } catch (final IOException | SlackApiException | DateTimeException failure) {
                LOG.debug("no time zone for {}: {}", member, failure.getClass().getSimpleName());
                return Optional.empty();
            }
        });
    }

    void forget(final MemberKey member) {
        dmChannels.invalidate(member.toString());
        zones.invalidate(member.toString());
    }

    static <T extends SlackApiTextResponse> T check(final T response) {
        if (!response.isOk()) {
            throw new SlackError(response.getError());
        }
        return response;
    }

    static String describe(final Exception failure) {
        if (failure instanceof SlackApiException api) {
            return "HTTP " + api.getResponse().code();
        }
        if (failure instanceof SlackError) {
            return failure.getMessage();
        }
        return failure.getClass().getSimpleName();
    }

    /** Slack answered {@code ok:false}; the message is Slack's error code, never a token. */
    static final class SlackError extends RuntimeException {

        private static final long serialVersionUID = 1L;

        SlackError(final String error) {
            super(error == null ? "unknown_error" : error);
        }
    }
}
