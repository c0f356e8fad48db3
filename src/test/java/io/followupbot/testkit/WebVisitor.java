package io.followupbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** One visitor of the web chat (their own cookie, so their own member), talking to it over HTTP as the page does. */
public final class WebVisitor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<String> base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    /** @param base the bot's address now (it changes when the bot restarts; the visitor keeps its cookie) */
    WebVisitor(final Supplier<String> base) {
        this.base = base;
    }

    /** Types {@code text} in New York's time zone; fails the test unless the page answers 200; the answer's JSON. */
    public String say(final String text) throws IOException, InterruptedException {
        return post("/api/message", Map.of("text", text, "zone", "America/New_York"));
    }

    /** Types each of {@code texts} in turn; the answer to the last. */
    public String sayAll(final Iterable<String> texts) throws IOException, InterruptedException {
        String last = "";
        for (final String text : texts) {
            last = say(text);
        }
        return last;
    }

    /** Posts {@code body} as JSON, whatever the page answers. */
    public HttpResponse<String> send(final String path, final Map<String, ?> body)
            throws IOException, InterruptedException {
        return post(path, "application/json", JSON.writeValueAsBytes(body));
    }

    /** Posts {@code body} as JSON; fails the test unless the page answers 200; the answer's text. */
    public String post(final String path, final Map<String, ?> body) throws IOException, InterruptedException {
        return postOk(path, "application/json", JSON.writeValueAsBytes(body));
    }

    /** Posts {@code body} as {@code contentType}; fails the test unless the page answers 200; the answer's text. */
    public String postOk(final String path, final String contentType, final byte[] body)
            throws IOException, InterruptedException {
        final HttpResponse<String> response = post(path, contentType, body);
        assertThat(response.statusCode()).as(path + " answered " + response.body()).isEqualTo(200);
        return response.body();
    }

    /** Posts {@code body} as {@code contentType}, whatever the page answers. */
    public HttpResponse<String> post(final String path, final String contentType, final byte[] body)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base.get() + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GETs {@code path}; fails the test unless the page answers 200; the answer as JSON. */
    public JsonNode get(final String path) throws IOException, InterruptedException {
        return JSON.readTree(getText(path));
    }

    /** GETs {@code path}; fails the test unless the page answers 200; the answer's text. */
    public String getText(final String path) throws IOException, InterruptedException {
        final HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base.get() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** GETs {@code path}, whatever the page answers. */
    public HttpResponse<String> getAny(final String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base.get() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the page's stream of server-sent events ({@code /api/events}), as the open page does. */
    public HttpResponse<InputStream> events() throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base.get() + "/api/events")).header("Accept",
                "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    /**
     * Reads a stream of server-sent events into a list, line by line, on a daemon thread, until the server closes it;
     * returns once the server said it is listening.
     */
    public static List<String> lines(final HttpResponse<InputStream> stream) {
        final List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        final Thread reader = new Thread(() -> {
            try (java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(stream.body(),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    received.add(line);
                }
            } catch (final IOException closed) {
                // the server stopped
            }
        });
        reader.setDaemon(true);
        reader.start();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                .until(() -> received.stream().anyMatch(line -> line.contains("listening")));
        return received;
    }

    /** The text of each message in an answer of {@code /api/message}, in order. */
    public static List<String> texts(final String answer) throws IOException {
        final List<String> texts = new ArrayList<>();
        JSON.readTree(answer).path("messages").forEach(message -> texts.add(message.path("text").asText()));
        return texts;
    }

    /** Reads an answer's JSON. */
    public static JsonNode json(final String text) throws IOException {
        return JSON.readTree(text);
    }

    /** The value of the button labelled {@code label} in any message of {@code reply}; fails the test if none. */
    public static String buttonValue(final JsonNode reply, final String label) {
        for (final JsonNode button : reply.findValues("buttons")) {
            for (final JsonNode one : button) {
                if (one.path("label").asText().equals(label)) {
                    return one.path("value").asText();
                }
            }
        }
        throw new AssertionError("no button \"" + label + "\" in " + reply);
    }
}
