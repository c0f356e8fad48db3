package io.followupbot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.followupbot.store.StoreSession;
import io.followupbot.testkit.SealedAndClear;
import io.followupbot.testkit.TestDatabases;
import io.followupbot.testkit.WebChat;
import io.followupbot.testkit.WebVisitor;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;

@SealedAndClear
final class WebChatApiTest {

    /** Whether member data is sealed (FOLLOWUP_ENCRYPTION_KEY set): every test runs both ways. */
    @Parameter
    boolean sealed;

    /** Tuesday 10 March 2026, 15:00 in New York. */
    @RegisterExtension
    final WebChat web = WebChat.at("2026-03-10T19:00:00Z")
            .environment(() -> sealed ? TestDatabases.SEALED_ENVIRONMENT : Map.of());

    private HttpResponse<String> post(final WebVisitor client, final String contentType, final String body)
            throws Exception {
        return client.post("/api/message", contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("GIVEN malformed, oversized or non-JSON requests WHEN posted THEN each is refused cleanly and nothing is stored")
    void refusesBadRequests() throws Exception {
        final WebVisitor client = web.visitor();

        assertThat(post(client, "application/json", "{not json").statusCode()).isEqualTo(400);
        assertThat(post(client, "application/json", "[1,2]").statusCode()).isEqualTo(400);
        assertThat(post(client, "application/json", "{\"text\": 5}").statusCode()).isEqualTo(400);
        assertThat(post(client, "text/plain", "{\"text\":\"hi\"}").statusCode()).isEqualTo(415);
        final HttpResponse<String> huge = post(client, "application/json",
                "{\"text\":\"" + "a".repeat(50_000) + "\"}");
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("too large");
        assertThat(web.application().store().inTransaction(StoreSession::allMembers)).isEmpty();
    }

    @Test
    @DisplayName("GIVEN two browsers WHEN each talks to the bot THEN each is its own member and sees only its own pipeline")
    void oneMemberPerBrowserSession() throws Exception {
        final WebVisitor ana = web.visitor();
        final WebVisitor ben = web.visitor();
        ana.say("/followup");
        ana.say("skip");
        ana.say("Acme");
        assertThat(WebVisitor.texts(ben.say("/followup"))).containsExactly("Let's get your follow-ups sorted. One quick "
                + "thing first, asked only once.\nHow should I sign your drafts? Your name, then a contact line after a |, "
                + "for example:\nAna Ruiz | +1 555 0100 | ana@example.com\nOr skip.");
        assertThat(WebVisitor.texts(ana.say("Analyst"))).containsExactly("When was the interview, or when is it? For "
                + "example \"today 2pm\", \"yesterday at 10\", \"next Monday 9:30\" or \"2026-03-14 14:00\" (times in "
                + "America/New_York).");
        assertThat(web.application().store().inTransaction(StoreSession::allMembers)).hasSize(2);
    }

    @Test
    @DisplayName("GIVEN a stored interview WHEN its thank-you falls due THEN the nudge reaches the open page and the history")
    void nudgeArrivesByServerSentEvents() throws Exception {
        final WebVisitor client = web.visitor();
        assertThat(client.sayAll(List.of("/followup", "Ana Ruiz | +1 555 0100", "Acme", "Data Analyst", "today 2pm",
                "video", "Ben Ode, Head of Data, ben@acme.test", "by Friday", "their dbt migration", "skip", "skip",
                "email", "confirm"))).contains("Saved as #1");

        final List<String> received = WebVisitor.lines(client.events());

        web.clock().advance(Duration.ofHours(4));
        web.application().dispatchNow();

        await().atMost(Duration.ofSeconds(5)).until(() -> received.stream().anyMatch(line -> line.startsWith("data:")
                && line.contains("Time to thank Ben Ode")));
        final JsonNode history = client.get("/api/history");
        final JsonNode nudge = history.get("messages").get(history.get("messages").size() - 1);
        assertThat(nudge.get("text").asText()).contains("Time to thank Ben Ode");
        assertThat(nudge.get("draft").get("body").asText()).contains("dbt");
        assertThat(nudge.get("buttons").findValuesAsText("value")).contains("sent 1 thank_you@Ben_Ode", "heard 1");

        final JsonNode pipeline = client.get("/api/pipeline");
        assertThat(pipeline.get("interviews").get(0).get("steps").findValuesAsText("status")).contains("due", "upcoming");
    }

    /** A new visitor who started an intake (Acme, Analyst, today 2pm) and is asked how the interview was held. */
    private WebVisitor atTheFormatQuestion() throws Exception {
        final WebVisitor client = web.visitor();
        client.sayAll(List.of("/followup", "skip", "Acme", "Analyst", "today 2pm"));
        return client;
    }

    private static JsonNode send(final WebVisitor client, final Map<String, Object> request) throws Exception {
        return WebVisitor.json(client.send("/api/message", request).body());
    }

    @Test
    @DisplayName("GIVEN a member mid-intake WHEN the server restarts THEN the history comes back from the database, "
            + "the pending question last and still answerable with its buttons")
    void transcriptSurvivesARestart() throws Exception {
        final WebVisitor client = atTheFormatQuestion();

        web.restart();

        final JsonNode messages = client.get("/api/history").get("messages");
        assertThat(messages.findValuesAsText("text")).contains("Acme", "Analyst", "today 2pm");
        final JsonNode question = messages.get(messages.size() - 1);
        assertThat(question.get("text").asText()).contains("phone, video or on-site");
        assertThat(question.get("answered").asBoolean()).isFalse();
        assertThat(question.get("buttons").findValuesAsText("value")).contains("video");
        final JsonNode answer = send(client, Map.of("text", "video", "kind", "button", "label", "Video",
                "answers", question.get("id").asLong()));
        assertThat(answer.get("messages").get(0).get("text").asText()).contains("Who interviewed you?");
    }

    @Test
    @DisplayName("GIVEN a question already answered WHEN one of its old buttons is clicked THEN the bot says so "
            + "instead of \"I don't know\", and nothing is kept")
    void staleButtonsDoNotAnswer() throws Exception {
        final WebVisitor client = atTheFormatQuestion();
        final JsonNode history = client.get("/api/history").get("messages");
        final long question = history.get(history.size() - 1).get("id").asLong();
        send(client, Map.of("text", "video", "kind", "button", "label", "Video", "answers", question));

        final JsonNode stale = send(client, Map.of("text", "phone", "kind", "button", "label", "Phone",
                "answers", question));

        assertThat(stale.get("messages").get(0).get("text").asText()).contains("already answered")
                .doesNotContain("I don't know");
        assertThat(stale.get("settled").findValuesAsText("")).isEmpty();
        assertThat(client.get("/api/history").get("messages").findValuesAsText("text")).doesNotContain("Phone");
    }

    @Test
    @DisplayName("GIVEN a message longer than the bot reads WHEN sent THEN it is refused whole with the count and "
            + "the limit, and nothing is cut or kept")
    void longMessagesAreRefusedNotCut() throws Exception {
        final WebVisitor client = web.visitor();
        client.say("/followup");

        final HttpResponse<String> response = client.send("/api/message", Map.of("text", "x".repeat(2_500)));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).isEqualTo("{\"error\":\"That's 2,500 characters; I read up to 2,000. Shorten it and "
                + "send it again; nothing was sent.\"}");
        assertThat(client.get("/api/history").get("messages").findValuesAsText("text"))
                .noneMatch(text -> text.startsWith("xxx"));
        assertThat(client.get("/api/history").get("maxLength").asInt()).isEqualTo(2_000);
    }

    @Test
    @DisplayName("GIVEN a member with an export link WHEN they confirm forget-me THEN the history is empty, the "
            + "link is gone, and the goodbye is not kept")
    void forgetMeLeavesNothingOnThePage() throws Exception {
        final WebVisitor client = web.visitor();
        client.say("settings zone Europe/Berlin");
        final JsonNode export = send(client, Map.of("text", "export"));
        final String link = export.findValuesAsText("url").get(0);
        assertThat(client.getAny(link).statusCode()).isEqualTo(200);
        assertThat(client.get("/api/pipeline").get("zone").asText()).isEqualTo("Europe/Berlin");

        client.say("forget-me");
        final JsonNode gone = send(client, Map.of("text", "forget-me confirm", "kind", "button",
                "label", "Yes, delete everything"));

        assertThat(gone.get("forgotten").asBoolean()).isTrue();
        assertThat(gone.get("messages").get(0).get("text").asText()).contains("deleted");
        assertThat(client.get("/api/history").get("messages")).isEmpty();
        assertThat(client.getAny(link).statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("GIVEN a member's conversation WHEN they export THEN the JSON file holds it, in order")
    void exportIncludesTheConversation() throws Exception {
        final WebVisitor client = web.visitor();
        client.say("help");
        String link = "";
        for (final JsonNode file : send(client, Map.of("text", "export")).findValue("files")) {
            if (file.get("name").asText().equals("followup-data.json")) {
                link = file.get("url").asText();
            }
        }
        final JsonNode data = client.get(link);
        assertThat(data.get("conversation").findValuesAsText("text")).startsWith("help");
        assertThat(data.get("conversation").get(1).get("text").asText()).contains("Here's what I can do");
        assertThat(data.get("conversation").findValuesAsText("from")).contains("member", "bot");
    }
}
