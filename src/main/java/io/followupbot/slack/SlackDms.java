package io.followupbot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import io.followupbot.delivery.DmChannels;
import io.followupbot.delivery.pacing.Lane;
import io.followupbot.delivery.pacing.PacedCall;
import io.followupbot.delivery.pacing.Pacer;
import io.followupbot.interview.MemberKey;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The members' DM channels and the pace of the calls to Slack. A DM is opened ({@code conversations.open}, a Tier 3
 * method: about 50 a minute) once per member: the channel is kept with the member ({@link DmChannels}) and in memory,
 * reused after a restart, and opened again only when Slack says it is gone ({@code channel_not_found}). Every
 * call spends its budget of the workspace first ({@link Pacer}).
 */
final class SlackDms {

    private final Cache<String, String> channels =
            Caffeine.newBuilder().maximumSize(50_000).expireAfterAccess(Duration.ofDays(1)).build();
    private volatile Pacer pacer = Pacer.unlimited();
    private volatile DmChannels stored = DmChannels.NONE;

    /** Paces with {@code newPacer} and keeps the channels in {@code newStored} from now on. */
    void use(final Pacer newPacer, final DmChannels newStored) {
        this.pacer = newPacer;
        this.stored = newStored;
    }

    /** The member's DM channel: remembered, stored, or opened now (and stored). */
    String channel(final MethodsClient client, final MemberKey member, final Lane lane)
            throws IOException, SlackApiException {
        final String known = channels.getIfPresent(member.toString());
        if (known != null) {
            return known;
        }
        final Optional<String> kept = stored.known(member);
        if (kept.isPresent()) {
            channels.put(member.toString(), kept.get());
            return kept.get();
        }
        final ConversationsOpenResponse opened = open(client, member, lane);
        SlackReplies.check(opened);
        final String channel = opened.getChannel().getId();
        channels.put(member.toString(), channel);
        stored.remember(member, channel);
        return channel;
    }

    /**
     * {@code conversations.open} within its budget; a 429 (the budget is near its edge, and Slack counts a little
     * differently) closes it for the Retry-After and is tried again, up to {@value SlackReplies#ATTEMPTS} times.
     */
    private ConversationsOpenResponse open(final MethodsClient client, final MemberKey member, final Lane lane)
            throws IOException, SlackApiException {
        final PacedCall call = call(member, "conversations.open", "");
        for (int attempt = 1; ; attempt++) {
            pacer.acquire(lane, call);
            try {
                return client.conversationsOpen(request -> request.users(List.of(member.userId())));
            } catch (final SlackApiException refused) {
                refusedIfLimited(call, refused);
                if (attempt == SlackReplies.ATTEMPTS || refused.getResponse() == null
                        || refused.getResponse().code() != 429) {
                    throw refused;
                }
            }
        }
    }

    /** Slack said the channel is gone: forgotten here and in the store, so the next message opens it again. */
    void gone(final MemberKey member) {
        channels.invalidate(member.toString());
        stored.forget(member);
    }

    /** Forgets the member in memory only (they left, or asked to be forgotten). */
    void forget(final MemberKey member) {
        channels.invalidate(member.toString());
    }

    /** Waits for the budget of one call. */
    void pace(final Lane lane, final PacedCall call) {
        pacer.acquire(lane, call);
    }

    /** Waits for the budget of one call, at most {@code atMost}; false (nothing spent) when it would take longer. */
    boolean paceAtMost(final Lane lane, final PacedCall call, final Duration atMost) {
        return pacer.tryAcquire(lane, call, atMost);
    }

    /** Slack answered 429: the call's budget is closed for Retry-After (1 s if it did not say). */
    void refusedIfLimited(final PacedCall call, final SlackApiException refused) {
        if (refused.getResponse() != null && refused.getResponse().code() == 429) {
            pacer.refused(call, SlackReplies.retryAfter(refused).orElse(Duration.ofSeconds(1)));
        }
    }

    static PacedCall call(final MemberKey member, final String method, final String channel) {
        return new PacedCall(SlackBot.PLATFORM, member.workspaceId(), method, channel);
    }
}
