package io.followupbot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import io.followupbot.chat.Outbound;
import io.followupbot.delivery.Nudge;
import io.followupbot.delivery.SendResult;
import io.followupbot.delivery.pacing.Lane;
import io.followupbot.delivery.pacing.PacedCall;
import io.followupbot.interview.Member;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A nudge into the member's DM, and Slack's answer as a {@link SendResult}. */
final class SlackNudges {

    private static final Logger LOG = LoggerFactory.getLogger(SlackNudges.class);
    /** Errors that mean the DM will never work: the member left, was deactivated, or the channel is gone. */
    private static final Set<String> PERMANENT = Set.of("user_not_found", "account_inactive", "cannot_dm_bot",
            "channel_not_found", "user_disabled", "is_archived");
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(30);
    /** The longest a nudge waits for its budget inside a batch (a long Retry-After closed it): then it waits as a step. */
    private static final Duration MAX_PACING_WAIT = Duration.ofSeconds(5);
    private static final String PACED = "paced_out";

    private SlackNudges() {
    }

    /**
     * Posts the nudge into the member's DM, in the bulk lane of the workspace's budget. The DM channel is the one
     * stored with the member (or opened once and stored); when Slack says it is gone ({@code channel_not_found}),
     * it is forgotten, opened again and the nudge posted there, once.
     */
    static SendResult send(final MethodsClient client, final SlackReplies replies, final Nudge nudge) {
        final SlackDms dms = replies.dms();
        try {
            String channel = nudge.dmChannel().isPresent() ? nudge.dmChannel().get()
                    : dms.channel(client, nudge.memberKey(), Lane.BULK);
            PacedCall paced = SlackDms.call(nudge.memberKey(), "chat.postMessage", channel);
            try {
                post(dms, paced, client, nudge);
            } catch (final SlackReplies.SlackError gone) {
                if (!gone.getMessage().equals("channel_not_found")) {
                    throw gone;
                }
                dms.gone(nudge.memberKey());
                channel = dms.channel(client, nudge.memberKey(), Lane.BULK);
                paced = SlackDms.call(nudge.memberKey(), "chat.postMessage", channel);
                post(dms, paced, client, nudge);
            }
            return SendResult.delivered();
        } catch (final SlackApiException failure) {
            final int status = failure.getResponse().code();
            if (status == 429) {
                return SendResult.retryAfter(SlackReplies.retryAfter(failure).orElse(DEFAULT_RETRY_AFTER),
                        "Slack rate limit");
            }
            return SendResult.retryLater("Slack answered HTTP " + status);
        } catch (final SlackReplies.SlackError error) {
            final String code = error.getMessage();
            if (code.equals(PACED)) {
                return SendResult.retryAfter(MAX_PACING_WAIT, "Slack's budget is closed for now");
            }
            if (code.equals("ratelimited")) {
                return SendResult.retryAfter(DEFAULT_RETRY_AFTER, "Slack rate limit");
            }
            return PERMANENT.contains(code) ? SendResult.permanent("Slack: " + code) : SendResult.retryLater("Slack: " + code);
        } catch (final IOException failure) {
            return SendResult.retryLater("network: " + failure.getClass().getSimpleName());
        }
    }

    private static void post(final SlackDms dms, final PacedCall paced, final MethodsClient client, final Nudge nudge)
            throws IOException, SlackApiException {
        if (!dms.paceAtMost(Lane.BULK, paced, MAX_PACING_WAIT)) {
            throw new SlackReplies.SlackError(PACED);
        }
        try {
            SlackReplies.post(client, paced.channel(), nudge.message());
        } catch (final SlackApiException refused) {
            dms.refusedIfLimited(paced, refused);
            throw refused;
        }
    }

    /** Visible to the member only, where they last used the bot. */
    static void tellUnreachable(final MethodsClient client, final Member member) {
        final String channel = member.lastChannel().orElseThrow();
        try {
            SlackReplies.ephemeral(client, new SlackReplies.Origin(member.key(), channel), Outbound.text(
                    "I couldn't send you a direct message, so your follow-up reminders are paused. "
                            + "Check that you allow DMs from apps, then type /followup list to pick up again."));
        } catch (final IOException | SlackApiException | SlackReplies.SlackError failure) {
            LOG.info("could not tell {} that their DMs fail: {}", member.key(), SlackReplies.describe(failure));
        }
    }
}
