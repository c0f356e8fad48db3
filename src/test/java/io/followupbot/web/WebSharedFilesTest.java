package io.followupbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.followupbot.testkit.WebChat;
import io.followupbot.testkit.WebVisitor;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The web chat reads an employer's message: an invite shared as a file ({@code POST /api/file}) or an email pasted
 * whole (past the length an answer may have); the transcript keeps neither.
 */
final class WebSharedFilesTest {

    @RegisterExtension
    final WebChat web = WebChat.at("2026-03-10T23:00:00Z");
    private final WebVisitor browser = web.visitor();

    @Test
    @DisplayName("GIVEN a calendar invite for tomorrow WHEN the member shares it on the web page THEN the summary comes "
            + "back, one Confirm saves the interview, and the transcript names the file without its content; a "
            + "rejection pasted afterwards ends the application")
    void sharedInviteIsSavedAfterOneConfirmation() throws Exception {
        final JsonNode shared = WebVisitor.json(browser.postOk("/api/file?name=invite.ics&zone=America/New_York",
                "application/octet-stream", resource("invite-tomorrow.ics")));

        final JsonNode summary = shared.path("messages").get(0);
        assertThat(summary.path("text").asText()).contains("An interview invitation from")
                .contains("Here's what I have, and the plan it gives. Save it?");
        final String confirm = WebVisitor.buttonValue(summary, "Confirm");
        final JsonNode saved = WebVisitor.json(browser.post("/api/message", Map.of("text", confirm, "kind", "button",
                "label", "Confirm", "zone", "America/New_York")));

        assertThat(saved.path("messages").get(0).path("text").asText()).startsWith("Saved as #1,");
        final String history = browser.getText("/api/history");
        assertThat(history).contains("(shared invite.ics)").doesNotContain("BEGIN:VCALENDAR");

        // AND a rejection pasted afterwards ends that application after one button
        final JsonNode proposal = WebVisitor.json(browser.say(new String(resource("rejection.txt"),
                StandardCharsets.UTF_8)));
        final String close = WebVisitor.buttonValue(proposal.path("messages").get(0), "Yes, close #1");
        browser.post("/api/message", Map.of("text", close, "kind", "button", "label", "Yes, close #1",
                "zone", "America/New_York"));
        final String stage = web.application().store().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT stage FROM interviews").mapTo(String.class).one());
        assertThat(stage).isEqualTo("REJECTED");
    }

    @Test
    @DisplayName("GIVEN a rejection email longer than an answer may be WHEN pasted whole THEN it is read (no length "
            + "refusal) and the transcript keeps a placeholder, not the email")
    void pastedEmailPastTheAnswerLimit() throws Exception {
        final String email = new String(resource("rejection.txt"), StandardCharsets.UTF_8)
                + "\n" + "We keep every application on file for a year. ".repeat(60);

        final JsonNode answer = WebVisitor.json(browser.say(email));

        assertThat(answer.path("messages").get(0).path("text").asText()).startsWith("A rejection from");
        assertThat(browser.getText("/api/history")).contains("(an employer's message, pasted; not kept)")
                .doesNotContain("move forward with other candidates");
    }

    private static byte[] resource(final String name) throws Exception {
        try (InputStream in = WebSharedFilesTest.class.getResourceAsStream("/employer/chat/" + name)) {
            return in.readAllBytes();
        }
    }
}
