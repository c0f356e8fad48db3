package io.followupbot.slack;

import com.slack.api.app_backend.SlackSignature;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Sends requests to {@code /slack/events} exactly as Slack does: signed with the signing secret. */
final class SignedSlack {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI events;
    private final SlackSignature.Generator signer;

    SignedSlack(final int port, final String signingSecret) {
        this.events = URI.create("http://127.0.0.1:" + port + "/slack/events");
        this.signer = new SlackSignature.Generator(signingSecret);
    }

    static String slashCommandBody(final String team, final String user, final String channel, final String text) {
        final Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy-verification");
        form.put("team_id", team);
        form.put("team_domain", "community");
        form.put("channel_id", channel);
        form.put("channel_name", channel.startsWith("D") ? "directmessage" : "general");
        form.put("user_id", user);
        form.put("user_name", "member-" + user);
        form.put("command", "/followup");
        if (text != null) {
            form.put("text", text);
        }
        form.put("api_app_id", "A1");
        form.put("response_url", "http://127.0.0.1:1/commands/1");
        form.put("trigger_id", "trigger-" + System.nanoTime());
        return form(form);
    }

    static String messageEventBody(final String team, final String user, final String eventId, final String text) {
        return """
                {"token":"legacy-verification","team_id":"%s","api_app_id":"A1","type":"event_callback",\
                "event_id":"%s","event_time":%d,"authorizations":[{"team_id":"%s","user_id":"UBOT","is_bot":true}],\
                "event":{"type":"message","channel":"D%s","channel_type":"im","user":"%s","text":%s,\
                "ts":"%d.000200","event_ts":"%d.000200"}}"""
                .formatted(team, eventId, Instant.now().getEpochSecond(), team, user, user, quote(text),
                        System.nanoTime(), System.nanoTime());
    }

    static String homeOpenedBody(final String team, final String user, final String eventId) {
        return """
                {"token":"legacy-verification","team_id":"%s","api_app_id":"A1","type":"event_callback",\
                "event_id":"%s","event_time":%d,"event":{"type":"app_home_opened","user":"%s","channel":"D%s",\
                "tab":"home","event_ts":"1.2"}}""".formatted(team, eventId, Instant.now().getEpochSecond(), user, user);
    }

    static String buttonBody(final String team, final String user, final String channel, final String containerType,
                             final String value) {
        final String channelPart = channel.isEmpty() ? "" : ",\"channel\":{\"id\":\"%s\",\"name\":\"directmessage\"}"
                .formatted(channel);
        final String payload = """
                {"type":"block_actions","team":{"id":"%s","domain":"community"},"user":{"id":"%s","username":"m",\
                "name":"m","team_id":"%s"},"api_app_id":"A1","token":"legacy-verification","container":{"type":"%s",\
                "message_ts":"1.1","channel_id":"%s","is_ephemeral":false},"trigger_id":"trigger-1"%s,\
                "response_url":"http://127.0.0.1:1/actions/1","actions":[{"action_id":"followup_0","block_id":"b1",\
                "text":{"type":"plain_text","text":"button"},"value":%s,"type":"button","action_ts":"1.2"}]}"""
                .formatted(team, user, team, containerType, channel, channelPart, quote(value));
        return form(Map.of("payload", payload));
    }

    static String viewSubmissionBody(final String team, final String user, final String valuesJson) {
        return viewSubmissionBody(team, user, "followup_settings", "", valuesJson);
    }

    static String viewSubmissionBody(final String team, final String user, final String callbackId,
                                     final String privateMetadata, final String valuesJson) {
        final String payload = """
                {"type":"view_submission","team":{"id":"%s","domain":"community"},"user":{"id":"%s","username":"m",\
                "name":"m","team_id":"%s"},"api_app_id":"A1","token":"legacy-verification","trigger_id":"trigger-2",\
                "view":{"id":"V1","type":"modal","callback_id":"%s","private_metadata":"%s","team_id":"%s",\
                "state":{"values":%s}}}""".formatted(team, user, team, callbackId, privateMetadata, team, valuesJson);
        return form(Map.of("payload", payload));
    }

    HttpResponse<String> post(final String body, final boolean json) {
        return post(body, json, Instant.now().getEpochSecond(), Map.of());
    }

    HttpResponse<String> post(final String body, final boolean json, final long timestamp,
                              final Map<String, String> extraHeaders) {
        final String stamp = Long.toString(timestamp);
        final HttpRequest.Builder request = HttpRequest.newBuilder(events)
                .header("Content-Type", json ? "application/json" : "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", stamp)
                .header("X-Slack-Signature", signer.generate(stamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        extraHeaders.forEach(request::header);
        return send(request.build());
    }

    /** Sends without waiting for the answer (an open load); a failed request fails the returned future. */
    java.util.concurrent.CompletableFuture<HttpResponse<String>> postAsync(final String body, final boolean json) {
        final String stamp = Long.toString(Instant.now().getEpochSecond());
        return http.sendAsync(HttpRequest.newBuilder(events)
                .header("Content-Type", json ? "application/json" : "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", stamp)
                .header("X-Slack-Signature", signer.generate(stamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request with headers chosen by the test (forged or missing signature). */
    HttpResponse<String> postRaw(final String body, final Map<String, String> headers) {
        final HttpRequest.Builder request = HttpRequest.newBuilder(events)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    private HttpResponse<String> send(final HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (final Exception failure) {
            throw new AssertionError("request to the bot failed", failure);
        }
    }

    static String form(final Map<String, String> fields) {
        return fields.entrySet().stream().map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    static String quote(final String text) {
        try {
            return SlackEmulator.JSON.writeValueAsString(text);
        } catch (final Exception impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
