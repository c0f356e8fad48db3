package io.followupbot.slack;

import com.slack.api.app_backend.oauth.payload.VerificationCodePayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.OAuthCallbackRequest;
import com.slack.api.bolt.request.builtin.OAuthStartRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
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
 * request becomes Bolt's {@link Request} (Bolt checks the signature), {@link App#run} answers, and the
 * answer goes back as it is.
 */
final class SlackHttp {

    static final String EVENTS_PATH = "/slack/events";
    static final String INSTALL_PATH = "/slack/install";
    static final String REDIRECT_PATH = "/slack/oauth_redirect";

    private SlackHttp() {
    }

    static void routes(final RoutesConfig routes, final App app, final boolean oauth) {
        final SlackRequestParser parser = new SlackRequestParser(app.config());
        // A signature is only valid for five minutes (Bolt refuses older timestamps), so remembering each accepted
        // one for six is enough to refuse a replayed request. Slack's own event retries carry X-Slack-Retry-Num and
        // are deduplicated by event id instead.
        final Cache<String, Boolean> seen = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(6))
                .maximumSize(200_000).build();
        routes.post(EVENTS_PATH, context -> {
            final String signature = context.header("X-Slack-Signature");
            final boolean retry = context.header("X-Slack-Retry-Num") != null;
            if (signature != null && !retry && seen.asMap().putIfAbsent(signature, Boolean.TRUE) != null) {
                context.status(401).result("replayed request");
                return;
            }
            respond(app, context, parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(context.path())
                    .queryString(context.queryParamMap())
                    .requestBody(context.body())
                    .headers(headers(context))
                    .remoteAddress(context.ip())
                    .build()));
            if (signature != null && context.statusCode() == 401) {
                seen.invalidate(signature);
            }
        });
        if (oauth) {
            routes.get(INSTALL_PATH, context -> respond(app, context, new OAuthStartRequest(context.body(), headers(context))));
            routes.get(REDIRECT_PATH, context -> respond(app, context, new OAuthCallbackRequest(context.queryParamMap(),
                    context.body(), VerificationCodePayload.from(context.queryParamMap()), headers(context))));
        }
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
