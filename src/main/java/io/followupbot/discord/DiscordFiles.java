package io.followupbot.discord;

import io.followupbot.chat.Inbound;
import io.followupbot.employer.EmployerMessages;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.entities.Message;

/**
 * A file a member attaches in the DM (an employer's email or calendar invite; Discord also turns a long paste into a
 * {@code message.txt}): fetched from Discord's CDN through JDA, at most {@link EmployerMessages#MAX_BYTES}, and handed
 * to the conversation with the message. A larger file is handed over as its size alone, so the member is told why.
 */
final class DiscordFiles {

    private static final long WAIT_SECONDS = 20;

    private DiscordFiles() {
    }

    static Inbound shared(final Inbound said, final Message.Attachment attachment) {
        final byte[] content;
        if (attachment.getSize() > EmployerMessages.MAX_BYTES) {
            content = new byte[attachment.getSize()];
        } else {
            content = download(attachment);
        }
        return new Inbound(said.member(), said.displayName(), said.platformZone(), said.channel(), said.kind(),
                said.text(), Optional.of(new Inbound.SharedFile(attachment.getFileName(), content)));
    }

    private static byte[] download(final Message.Attachment attachment) {
        try (InputStream in = attachment.getProxy().download().get(WAIT_SECONDS, TimeUnit.SECONDS)) {
            return in.readNBytes(EmployerMessages.MAX_BYTES + 1);
        } catch (final InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new byte[0];
        } catch (final ExecutionException | TimeoutException | IOException failure) {
            return new byte[0];
        }
    }
}
