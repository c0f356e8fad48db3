package io.followupbot.slack;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.impl.MethodsClientImpl;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Web API clients, one per bot token, that read Slack's answers with one {@link Gson} for the life of the
 * process.
 *
 * <p>The SDK's client (1.51) builds a new Gson for every answer it parses, and a new Gson learns each response
 * type again by reflection: for {@code chat.postMessage}, whose answer holds a whole message model, that was
 * more than half the CPU of posting a reply. This client overrides the SDK's own extension point for form
 * posts (the path of nearly every method) and parses with a Gson made once by the SDK's own
 * {@link GsonFactory}, so the JSON mapping is the SDK's; HTTP errors still become {@link SlackApiException}
 * with the response (status, {@code Retry-After}) as before, and the SDK's response listeners still run. The
 * SDK's per-method call statistics, which nothing here reads, are not kept.
 */
final class SlackClients {

    private final Slack slack;
    private final Gson gson;
    private final LoadingCache<String, MethodsClient> byToken;

    SlackClients(final Slack slack) {
        this.slack = slack;
        this.gson = GsonFactory.createSnakeCase(slack.getConfig());
        this.byToken = Caffeine.newBuilder().maximumSize(10_000).expireAfterAccess(Duration.ofHours(1))
                .build(this::create);
    }

    /** The client for a bot token (the same one each time). */
    MethodsClient forToken(final String token) {
        return byToken.get(token);
    }

    /**
     * The client for a workspace: the one bot token of a single-workspace app, or the token its installation
     * stored (empty when the app is not installed there).
     */
    java.util.Optional<MethodsClient> forWorkspace(final String teamId,
            final java.util.Optional<com.slack.api.bolt.service.InstallationService> installations,
            final io.followupbot.config.Secret botToken) {
        if (installations.isEmpty()) {
            return java.util.Optional.of(forToken(botToken.reveal()));
        }
        final com.slack.api.bolt.model.Bot bot = installations.get().findBot(null, teamId);
        return bot == null || bot.getBotAccessToken() == null ? java.util.Optional.empty()
                : java.util.Optional.of(forToken(bot.getBotAccessToken()));
    }

    private MethodsClient create(final String token) {
        final ReusingClient client = new ReusingClient(slack, token, gson);
        client.setEndpointUrlPrefix(slack.getConfig().getMethodsEndpointUrlPrefix());
        return client;
    }

    /** The SDK's client, parsing form-post answers with a shared Gson. */
    private static final class ReusingClient extends MethodsClientImpl {

        private final Gson gson;

        ReusingClient(final Slack slack, final String token, final Gson gson) {
            super(slack.getHttpClient(), token);
            this.gson = gson;
        }

        @Override
        protected <T extends SlackApiTextResponse> T postFormWithTokenAndParseResponse(
                final FormBody.Builder form, final String endpoint, final String token, final Class<T> type)
                throws IOException, SlackApiException {
            try (Response response = runPostFormWithToken(form, endpoint, token)) {
                final ResponseBody body = response.body();
                final String json = body == null ? "" : body.string();
                if (!response.isSuccessful()) {
                    throw new SlackApiException(getSlackHttpClient().getConfig(), response, json);
                }
                try {
                    final T parsed = gson.fromJson(json, type);
                    if (parsed == null) {
                        throw new IOException("Slack answered " + endpoint + " with an empty body");
                    }
                    parsed.setHttpResponseHeaders(lowerCased(response.headers()));
                    return parsed;
                } finally {
                    getSlackHttpClient().runHttpResponseListeners(response, json, false);
                }
            }
        }

        private static Map<String, List<String>> lowerCased(final Headers headers) {
            final Map<String, List<String>> lowered = new HashMap<>();
            headers.toMultimap().forEach((name, values) -> lowered.put(name.toLowerCase(Locale.ROOT), values));
            return lowered;
        }
    }
}
