package io.followupbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.Context;
import com.slack.api.model.File;
import com.slack.api.model.event.MessageFileShareEvent;
import io.followupbot.chat.Inbound;
import io.followupbot.employer.EmployerMessages;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A file a member shares in their DM with the bot ({@code message.file_share}): an employer's email or calendar
 * invite. Its bytes come from {@code url_private_download} with the bot's token (Slack answers a request without it
 * with its sign-in page), at most {@link EmployerMessages#MAX_BYTES}; a larger file is passed on as its size, so the
 * member is told why it isn't read.
 */
final class SlackFiles {

    /** What the bot does with a shared file: fetches it (the supplier, off the ack) and has the conversation read it. */
    @FunctionalInterface
    interface Shared {
        void accept(Context context, String team, String user, String channel, Supplier<Inbound.SharedFile> file);
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private SlackFiles() {
    }

    static void register(final App app, final Predicate<String> firstDelivery, final Shared shared) {
        app.event(MessageFileShareEvent.class, (payload, context) -> {
            final MessageFileShareEvent event = payload.getEvent();
            if ("im".equals(event.getChannelType()) && event.getUser() != null && event.getFiles() != null
                    && !event.getFiles().isEmpty() && firstDelivery.test(payload.getEventId())) {
                final File file = event.getFiles().get(0);
                final String token = context.getBotToken();
                shared.accept(context, payload.getTeamId(), event.getUser(), event.getChannel(),
                        () -> new Inbound.SharedFile(file.getName(), bytes(file, token)));
            }
            return context.ack();
        });
    }

    private static byte[] bytes(final File file, final String token) {
        final int size = file.getSize() == null ? 0 : file.getSize();
        if (size > EmployerMessages.MAX_BYTES || file.getUrlPrivateDownload() == null) {
            return new byte[Math.max(size, 0)];
        }
        try {
            final HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(URI.create(
                    file.getUrlPrivateDownload())).header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                return response.statusCode() == 200 ? in.readNBytes(EmployerMessages.MAX_BYTES + 1) : new byte[0];
            }
        } catch (final IOException failure) {
            return new byte[0];
        } catch (final InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new byte[0];
        }
    }
}
