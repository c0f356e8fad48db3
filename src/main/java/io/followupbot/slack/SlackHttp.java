package io.followupbot.slack;

import com.slack.api.app_backend.oauth.payload.VerificationCodePayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.OAuthCallbackRequest;
import com.slack.api.bolt.request.builtin.OAuthStartRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.app_backend.SlackSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The one adapter between the embedded HTTP server and Bolt, as Bolt's servlet adapter does it: the Javalin
 * request becomes Bolt's {@link Request}, {@link App#run} answers, and the answer goes back as it is. Before
 * Bolt: a timestamp more than five minutes from now either way, a bad signature or a signature seen before is
 * refused (401); a signed request that cannot be read gets 400 and one log line, no stack trace.
 */
final class SlackHttp {

    static final String EVENTS_PATH = "/slack/events";
    static final String INSTALL_PATH = "/slack/install";
    static final String REDIRECT_PATH = "/slack/oauth_redirect";

    private static final Logger LOG = LoggerFactory.getLogger(SlackHttp.class);
    /** How far Slack's request timestamp may be from now, either way. */
    private static final long MAX_SKEW_SECONDS = 300;

    private SlackHttp() {
    }

    static void routes(final RoutesConfig routes, final App app, final boolean oauth) {
        final SlackRequestParser parser = new SlackRequestParser(app.config());
        final SlackSignature.Verifier verifier = new SlackSignature.Verifier(
                new SlackSignature.Generator(app.config().getSigningSecret()));
        // A signature is only accepted within five minutes of its timestamp, so remembering each accepted one for
        // six is enough to refuse a replayed request, whatever its unsigned headers (X-Slack-Retry-Num) say: Slack
        // signs each of its own retries anew. Events are also handled once per event id (SlackBot).
        final Cache<String, Boolean> seen = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(6))
                .maximumSize(200_000).build();
        routes.post(EVENTS_PATH, context -> {
            final String signature = context.header("X-Slack-Signature");
            final String timestamp = context.header("X-Slack-Request-Timestamp");
            if (!fresh(timestamp)) {
                context.status(401).result("stale or future timestamp");
                return;
            }
            if (signature == null || !verifier.isValid(timestamp, context.body(), signature)) {
                context.status(401).result("invalid signature");
                return;
            }
            if (seen.asMap().putIfAbsent(signature, Boolean.TRUE) != null) {
                // Runs nothing either way; a request that says it is Slack's retry is told it was handled.
                final boolean retry = context.header("X-Slack-Retry-Num") != null;
                context.status(retry ? 200 : 401).result(retry ? "" : "replayed request");
                return;
            }
            try {
                respond(app, context, parser.parse(SlackRequestParser.HttpRequest.builder()
                        .requestUri(context.path())
                        .queryString(context.queryParamMap())
                        .requestBody(context.body())
                        .headers(headers(context))
                        .remoteAddress(context.ip())
                        .build()));
            } catch (final RuntimeException malformed) {
                LOG.warn("a signed Slack request could not be read, answered 400: {}", malformed.getClass().getSimpleName());
                context.status(400).result("malformed request");
            }
        });
        if (oauth) {
            routes.get(INSTALL_PATH, context -> respond(app, context, new OAuthStartRequest(context.body(), headers(context))));
            routes.get(REDIRECT_PATH, context -> respond(app, context, new OAuthCallbackRequest(context.queryParamMap(),
                    context.body(), VerificationCodePayload.from(context.queryParamMap()), headers(context))));
        }
    }

    /** Whether Slack's request timestamp is within five minutes of now, in either direction. */
    static boolean fresh(final String timestamp) {
        if (timestamp == null || !timestamp.matches("\\d{1,12}")) {
            return false;
        }
        return Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp)) <= MAX_SKEW_SECONDS;
    }

    private static RequestHeaders headers(final Context context) {
        final Map<String, List<String>> headers = new HashMap<>();
        context.headerMap().forEach((name, value) -> headers.put(name, List.of(value)));
        return new RequestHeaders(headers);
    }

    private static void respond(final App app, final Context context, final Request<?> request) throws Exception {
        final Response response = app.run(request);
        context.status(response.getStatusCode());
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> values.forEach(value -> context.header(name, value)));
        }
        if (response.getContentType() != null) {
            context.contentType(response.getContentType());
        }
        if (response.getBody() != null) {
            context.result(response.getBody());
        }
    }
}
