package io.followupbot.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.Application;
import io.followupbot.Main;
import io.followupbot.config.BotConfig;
import io.followupbot.config.ConfigLoader;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web chat is local unless an operator says otherwise: never served on a public address by accident or as a
 * fallback for a half-configured platform, with security headers and a Host check.
 */
final class ExposureTest {

    private static final String TOKEN = "a-long-access-token-0123456789";

    @TempDir
    Path folder;

    private record Outcome(int exitCode, String out, String err) {
    }

    /** {@code check-config} on the project's own bot-config.yml with this environment. */
    private static Outcome checkConfig(final Map<String, String> environment) {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int exitCode = Main.commandLine(environment, new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("check-config", "--config", "bot-config.yml");
        return new Outcome(exitCode, out.toString(), err.toString());
    }

    private BotConfig webChat(final String web) {
        return new ConfigLoader(Map.of()).parse("database:\n  url: jdbc:sqlite:"
                + folder.resolve("bot.db") + "\nweb:\n  port: 0\n" + web, "test");
    }

    @Test
    @DisplayName("GIVEN SLACK_BOT_TOKEN without SLACK_SIGNING_SECRET WHEN the bot is configured THEN it refuses to "
            + "start, in one line naming what is missing, instead of serving the web chat")
    void halfConfiguredSlackIsAnError() {
        final Outcome outcome = checkConfig(Map.of("SLACK_BOT_TOKEN", "xoxb-1111-secret", "BIND_ADDRESS", "0.0.0.0"));

        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.err().strip()).doesNotContain("\n").contains("SLACK_SIGNING_SECRET")
                .contains("is missing").doesNotContain("xoxb-1111-secret");
        assertThat(outcome.out()).doesNotContain("web chat");
        assertThat(checkConfig(Map.of("SLACK_CLIENT_ID", "1.2", "SLACK_SIGNING_SECRET", "s")).err())
                .contains("SLACK_CLIENT_SECRET");
        assertThat(checkConfig(Map.of("SLACK_APP_TOKEN", "xapp-1")).err()).contains("SLACK_BOT_TOKEN");
    }

    @Test
    @DisplayName("GIVEN no platform WHEN the web chat would bind a public address THEN start-up is refused unless "
            + "web.public is set with an access token; the Procfile's web line never serves the chat publicly")
    void publicBindNeedsTheOperatorsWord() throws Exception {
        final Outcome open = checkConfig(Map.of("BIND_ADDRESS", "0.0.0.0"));
        final Outcome noToken = checkConfig(Map.of("BIND_ADDRESS", "0.0.0.0", "WEB_PUBLIC", "true"));
        final Outcome allowed = checkConfig(Map.of("BIND_ADDRESS", "0.0.0.0", "WEB_PUBLIC", "true",
                "WEB_ACCESS_TOKEN", TOKEN));
        final Outcome slackOnly = checkConfig(Map.of("BIND_ADDRESS", "0.0.0.0", "SLACK_BOT_TOKEN", "xoxb-1",
                "SLACK_SIGNING_SECRET", "secret"));

        assertThat(open.exitCode()).isNotZero();
        assertThat(open.err()).contains("not a loopback address").contains("web.public");
        assertThat(noToken.err()).contains("web.access-token");
        assertThat(allowed.exitCode()).isZero();
        assertThat(allowed.out() + allowed.err()).doesNotContain(TOKEN);
        assertThat(slackOnly.exitCode()).isZero();
        // The Procfile's web process binds every address (Slack posts its events there): with no platform set,
        // the same environment is refused as above, so it never serves the web chat to the world.
        final String procfile = Files.readString(Path.of("Procfile"));
        final var web = Pattern.compile("(?m)^web: (.*)$").matcher(procfile);
        assertThat(web.find()).isTrue();
        final Map<String, String> environment = new HashMap<>();
        for (final String word : web.group(1).split(" ")) {
            if (word.matches("[A-Z_]+=.*")) {
                environment.put(word.substring(0, word.indexOf('=')), word.substring(word.indexOf('=') + 1));
            }
        }
        assertThat(checkConfig(environment).exitCode()).isNotZero();
    }

    @Test
    @DisplayName("GIVEN the web chat WHEN pages are fetched THEN every response has a CSP without inline script, "
            + "nosniff and no framing, and the page has no inline script or style")
    void securityHeaders() throws Exception {
        try (Application application = Application.start(webChat(""), Clock.systemUTC())) {
            final HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + application.webPort() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            final String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("<style")
                    .doesNotContainPattern("\\sstyle=").doesNotContainPattern("\\son[a-z]+=");
        }
    }

    @Test
    @DisplayName("GIVEN the web chat on loopback WHEN a request names another host (DNS rebinding) THEN it is refused; "
            + "localhost and 127.0.0.1 are answered")
    void hostCheckOnLoopback() throws Exception {
        try (Application application = Application.start(webChat(""), Clock.systemUTC())) {
            final int port = application.webPort();
            assertThat(rawGet(port, "/", "evil.example:" + port)).startsWith("HTTP/1.1 403");
            assertThat(rawGet(port, "/api/state", "attacker.test")).startsWith("HTTP/1.1 403");
            assertThat(rawGet(port, "/", "localhost:" + port)).startsWith("HTTP/1.1 200");
            assertThat(rawGet(port, "/", "127.0.0.1:" + port)).startsWith("HTTP/1.1 200");
            assertThat(rawGet(port, "/health", "anything")).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    @DisplayName("GIVEN web.public with an access token WHEN a browser comes without it THEN it is refused; with the "
            + "access link it gets a cookie and the chat; /health needs no token")
    void publicChatNeedsTheToken() throws Exception {
        final BotConfig config = new ConfigLoader(Map.of("WEB_ACCESS_TOKEN", TOKEN)).parse("database:\n  url: jdbc:sqlite:" + folder.resolve("p.db")
                + "\nweb:\n  port: 0\n  public: true\n  access-token: ${WEB_ACCESS_TOKEN}\n", "test");
        try (Application application = Application.start(config, Clock.systemUTC())) {
            final int port = application.webPort();
            assertThat(rawGet(port, "/", "localhost")).startsWith("HTTP/1.1 401");
            assertThat(rawGet(port, "/?access=wrong-token-wrong-token", "localhost")).startsWith("HTTP/1.1 401");
            final String withLink = rawGet(port, "/?access=" + TOKEN, "localhost");
            assertThat(withLink).startsWith("HTTP/1.1 200").containsPattern("(?i)set-cookie: followup_access=")
                    .containsPattern("(?i)httponly");
            assertThat(rawGet(port, "/", "localhost", "Cookie: followup_access=" + TOKEN)).startsWith("HTTP/1.1 200");
            assertThat(rawGet(port, "/health", "localhost")).startsWith("HTTP/1.1 200");
        }
    }

    /** A GET with exactly this Host header (Java's HTTP client does not let a caller set it). */
    static String rawGet(final int port, final String path, final String host, final String... headers)
            throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            final StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n");
            for (final String header : headers) {
                request.append(header).append("\r\n");
            }
            final OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            final InputStream in = socket.getInputStream();
            final StringBuilder head = new StringBuilder();
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
                head.append(line).append('\n');
            }
            return head.toString();
        }
    }
}
