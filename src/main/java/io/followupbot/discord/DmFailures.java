package io.followupbot.discord;

import io.followupbot.delivery.SendResult;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/** What a failed DM means for delivery. Reasons name the Discord error, never a token or a message text. */
final class DmFailures {

    /** "Cannot send messages to this user": DMs closed, blocked, or no shared server. */
    static final int CANNOT_SEND = 50007;
    /** The user's DM settings refuse messages from apps they have not installed. */
    static final int DM_SETTINGS_REFUSE = 50278;

    static final String HOW_TO_ALLOW_DMS = "I couldn't send you a direct message, so your follow-up reminders "
            + "can't reach you. To allow them: in this server, open Server settings > Privacy > Allow direct "
            + "messages (or Privacy Settings), or install the app to your account (Add App > Add to my apps). "
            + "Nothing is lost: type /followup list any time, and reminders resume once DMs are open.";

    private DmFailures() {
    }

    static boolean refused(final Throwable failure) {
        final Throwable cause = unwrap(failure);
        if (cause instanceof ErrorResponseException error) {
            return error.getErrorCode() == CANNOT_SEND || error.getErrorCode() == DM_SETTINGS_REFUSE
                    || error.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER;
        }
        return false;
    }

    static SendResult toSendResult(final Throwable failure) {
        final Throwable cause = unwrap(failure);
        if (refused(cause)) {
            return SendResult.permanent("discord refused the DM (" + ((ErrorResponseException) cause).getErrorCode()
                    + ")");
        }
        if (cause instanceof RateLimitedException limited) {
            return SendResult.retryAfter(Duration.ofMillis(Math.max(0, limited.getRetryAfter())), "discord rate limit");
        }
        if (cause instanceof ErrorResponseException error) {
            return SendResult.retryLater("discord error " + error.getErrorCode() + " (HTTP "
                    + error.getResponse().code + ")");
        }
        if (cause instanceof TimeoutException) {
            return SendResult.retryLater("discord timed out");
        }
        return SendResult.retryLater("discord unreachable: " + cause.getClass().getSimpleName());
    }

    static Throwable unwrap(final Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
