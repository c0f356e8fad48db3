package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.Application;
import io.followupbot.testkit.SettableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SlackOAuthTest {

    private static final String CLIENT_SECRET = "client-secret-0e77";
    private static final String INSTALLED_TOKEN = "xoxb-T2-installed-token";

    @TempDir
    Path folder;

    @Test
    @DisplayName("GIVEN client id and secret and an encryption key WHEN a workspace installs the app THEN its token is stored encrypted and its members are served with it")
    void installThroughOAuth() throws Exception {
        try (SlackEmulator emulator = new SlackEmulator();
             Application application = Application.start(SlackHarness.config(folder, emulator, """
                       signing-secret: %s
                       client-id: 111.222
                       client-secret: %s
                       token-encryption-key: correct horse battery staple
                     """.formatted(SlackHarness.SIGNING_SECRET, CLIENT_SECRET)), new SettableClock(SlackHarness.NOW))) {
            final String base = "http://127.0.0.1:" + application.webPort();
            final HttpClient http = HttpClient.newHttpClient();

            final HttpResponse<String> install = http.send(HttpRequest.newBuilder(URI.create(base + "/slack/install")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(install.statusCode()).isIn(200, 302);
            final String page = install.body() + install.headers().firstValue("Location").orElse("");
            assertThat(page).contains("client_id=111.222").contains("scope=commands");
            final Matcher state = Pattern.compile("state=([A-Za-z0-9_\\-.%]+)").matcher(page);
            assertThat(state.find()).isTrue();
            final String cookie = install.headers().allValues("Set-Cookie").stream().map(value -> value.split(";", 2)[0])
                    .reduce((left, right) -> left + "; " + right).orElse("");

            final HttpResponse<String> callback = http.send(HttpRequest.newBuilder(URI.create(base
                    + "/slack/oauth_redirect?code=code-1&state=" + state.group(1))).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(callback.statusCode()).isIn(200, 302);
            assertThat(emulator.calls("oauth.v2.access")).singleElement().satisfies(call -> assertThat(call.arg("code"))
                    .isEqualTo("code-1"));
            final String stored = application.store().jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT bot_token FROM slack_installations WHERE team_id = 'T2'").mapTo(String.class).one());
            assertThat(stored).startsWith("aesgcm:").doesNotContain(INSTALLED_TOKEN).doesNotContain("xoxb-");

            final SignedSlack slack = new SignedSlack(application.webPort(), SlackHarness.SIGNING_SECRET);
            assertThat(slack.post(SignedSlack.slashCommandBody("T2", "U9", "DU9", "help"), false).statusCode()).isEqualTo(200);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() ->
                    emulator.calls("chat.postMessage").stream().anyMatch(call -> call.token().equals(INSTALLED_TOKEN)
                            && call.allText().contains("Here's what I can do")));

            // a workspace that never installed the app gets nothing
            final int before = emulator.calls("chat.postMessage").size();
            slack.post(SignedSlack.slashCommandBody("T3", "U1", "DU1", "help"), false);
            assertThat(emulator.calls("chat.postMessage")).hasSize(before);
        }
    }
}
