package io.followupbot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import com.slack.api.methods.response.users.UsersInfoResponse;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.delivery.pacing.Lane;
import io.followupbot.delivery.pacing.PacedCall;
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
 * shared channel; and learns what Slack knows of a member (time zone, DM channel), once, per member. Files (an
 * export) are uploaded into the DM, never into a shared channel: they hold the member's own data.
 */
final class SlackReplies {

    private static final Logger LOG = LoggerFactory.getLogger(SlackReplies.class);

    static final int ATTEMPTS = 3;
    /** The longest a reply waits for Slack's Retry-After; a longer wait is cut to this. */
    static final Duration MAX_WAIT = Duration.ofSeconds(10);

    /** How a retry waits; tests count the waits instead of sleeping. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration wait) throws InterruptedException;
    }

    private final Sleeper sleeper;
    private final SlackDms dms = new SlackDms();
    private final Cache<String, Optional<ZoneId>> zones =
            Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(Duration.ofDays(1)).build();

    SlackReplies() {
        this(wait -> Thread.sleep(wait.toMillis()));
    }

    SlackReplies(final Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    /** Where an input came from: the channel it was typed in, empty for the App Home and modals. */
    record Origin(MemberKey member, String channel) {

        boolean inSharedChannel() {
            return !channel.isBlank() && !isDm(channel);
        }
    }

    static boolean isDm(final String channel) {
        return channel.startsWith("D");
    }

    /**
     * Posts the engine's reply. Each post that Slack refuses for a passing reason (429 with its Retry-After, a
     * 5xx, a dropped connection) is tried again, up to {@value #ATTEMPTS} times: a conversation's next question
     * that never arrives leaves the member unable to answer it. (Nudges are not retried here: the dispatcher
     * retries them with its own backoff.)
     */
    void deliver(final MethodsClient client, final Origin origin, final Reply reply) {
        if (reply.messages().isEmpty()) {
            return;
        }
        final boolean files = reply.messages().stream().anyMatch(message -> !message.files().isEmpty());
        try {
            if (origin.inSharedChannel() && (reply.moveToDm() || files)) {
                final Outbound note = Outbound.text(files ? "I've sent the files to our direct messages: they "
                        + "hold your own data." : "I've sent you a direct message, so we can go on there.");
                reliably(SlackDms.call(origin.member(), "chat.postEphemeral", ""), () -> ephemeral(client, origin, note));
                toDm(client, origin.member(), reply.messages());
            } else if (origin.inSharedChannel() && reply.personal()) {
                for (final Outbound message : reply.messages()) {
                    reliably(SlackDms.call(origin.member(), "chat.postEphemeral", ""),
                            () -> ephemeral(client, origin, message));
                }
            } else if (origin.inSharedChannel()) {
                for (final Outbound message : reply.messages()) {
                    reliably(SlackDms.call(origin.member(), "chat.postMessage", origin.channel()),
                            () -> post(client, origin.channel(), message));
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
        final String channel = dms.channel(client, member, Lane.INTERACTIVE);
        for (final Outbound message : messages) {
            reliably(SlackDms.call(member, "chat.postMessage", channel), () -> post(client, channel, message));
            if (!message.files().isEmpty()) {
                upload(client, channel, message.files());
            }
        }
    }

    /** One call to Slack. */
    @FunctionalInterface
    interface SlackCall {
        void run() throws IOException, SlackApiException;
    }

    /**
     * Runs the call within its budget (a reply's lane), and again after a passing refusal (see {@link #deliver});
     * the last failure is thrown. A 429 closes the call's budget for its Retry-After.
     */
    void reliably(final PacedCall paced, final SlackCall call) throws IOException, SlackApiException {
        for (int attempt = 1; ; attempt++) {
            try {
                dms.pace(Lane.INTERACTIVE, paced);
                call.run();
                return;
            } catch (final SlackApiException refused) {
                dms.refusedIfLimited(paced, refused);
                final int status = refused.getResponse() == null ? 0 : refused.getResponse().code();
                if (attempt == ATTEMPTS || status != 429 && status < 500) {
                    throw refused;
                }
                pause(status == 429 ? retryAfter(refused).map(wait -> wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait)
                        .orElse(Duration.ofSeconds(1)) : Duration.ofSeconds(attempt));
            } catch (final IOException dropped) {
                if (attempt == ATTEMPTS) {
                    throw dropped;
                }
                pause(Duration.ofSeconds(attempt));
            }
        }
    }

    /** How long Slack asked to wait ({@code Retry-After}, in seconds); empty when it did not say, or not readably. */
    static Optional<Duration> retryAfter(final SlackApiException refused) {
        final String header = refused.getResponse() == null ? null : refused.getResponse().header("Retry-After");
        try {
            return header == null ? Optional.empty()
                    : Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip()))));
        } catch (final NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    private void pause(final Duration wait) throws IOException {
        try {
            sleeper.sleep(wait);
        } catch (final InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to retry", interrupted);
        }
    }

    /**
     * Uploads files into a channel (Slack's external upload: an upload URL per file, then one completing call).
     * An app installed before it asked for {@code files:write} is refused; the member then gets the content as
     * text, in pieces that fit a message, and is told why.
     */
    static void upload(final MethodsClient client, final String channel, final List<Outbound.FileAttachment> files)
            throws IOException, SlackApiException {
        String refusal;
        try {
            final FilesUploadV2Response response = client.filesUploadV2(request -> request.channel(channel)
                    .requestFileInfo(false)
                    .uploadFiles(files.stream().map(file -> FilesUploadV2Request.UploadFile.builder()
                            .filename(file.name()).title(file.name()).fileData(file.content()).build()).toList()));
            if (response.isOk()) {
                return;
            }
            refusal = response.getError();
        } catch (final SlackFilesUploadV2Exception refused) {
            refusal = refused.getGetURLResponses().stream().filter(answer -> !answer.isOk())
                    .map(FilesGetUploadURLExternalResponse::getError).findFirst().orElse("upload_failed");
        }
        LOG.warn("could not upload files into a DM: {}", refusal);
        post(client, channel, Outbound.text("I couldn't attach the files (Slack said " + refusal + "; the app needs "
                + "the files:write permission, which whoever installed it can add by reinstalling). Here is their "
                + "content instead."));
        for (final Outbound.FileAttachment file : files) {
            for (final Outbound piece : BlockKit.filePieces(file)) {
                post(client, channel, piece);
            }
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

    /** The DM channels and the pace of calls (see {@link SlackDms}). */
    SlackDms dms() {
        return dms;
    }

    /** The member's time zone from {@code users.info}, asked once per member and day; empty if Slack won't say. */
    Optional<ZoneId> zone(final MethodsClient client, final MemberKey member) {
        return zones.get(member.toString(), key -> {
            try {
                dms.pace(Lane.INTERACTIVE, SlackDms.call(member, "users.info", ""));
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
        dms.forget(member);
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
