package io.followupbot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import java.util.Optional;

/** Reading what the page sends: a message's JSON, a shared file's name; a clean refusal for anything else. */
final class WebRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_NAME = 120;

    private WebRequests() {
    }

    /** The request's JSON, or a refusal already sent. */
    static Optional<JsonNode> json(final Context context, final int maxBody) {
        final String body = context.body();
        if (body.length() > maxBody) {
            refuse(context, HttpStatus.CONTENT_TOO_LARGE, "That message is too large; keep it under "
                    + maxBody / 1024 + " kB.");
            return Optional.empty();
        }
        if (!String.valueOf(context.contentType()).startsWith("application/json")) {
            refuse(context, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send JSON: {\"text\": \"...\"}.");
            return Optional.empty();
        }
        final JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (final JsonProcessingException malformed) {
            refuse(context, HttpStatus.BAD_REQUEST, "That wasn't valid JSON.");
            return Optional.empty();
        }
        if (request == null || !request.isObject() || !request.path("text").isTextual()) {
            refuse(context, HttpStatus.BAD_REQUEST, "Send an object with a text field.");
            return Optional.empty();
        }
        return Optional.of(request);
    }

    /** A shared file's name as the page gave it, reduced to what is safe to show and to judge its kind by. */
    static String fileName(final String given) {
        final String name = given == null ? "" : given.replaceAll("[^\\w .()-]", "_").strip();
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }

    static void refuse(final Context context, final HttpStatus status, final String message) {
        context.status(status).json(Map.of("error", message));
    }
}
