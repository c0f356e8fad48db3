package io.followupbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.followupbot.chat.MemberText;
import io.followupbot.testkit.WebChat;
import io.followupbot.testkit.WebVisitor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a member typed, inside the bot's own sentences in the web chat: plain text, never the page's bold. */
final class MemberWordsOnWebTest {

    @RegisterExtension
    final WebChat web = WebChat.at("2026-03-10T19:00:00Z");

    @Test
    @DisplayName("GIVEN a company *Robotics*, a role _lead_ ~x~ and an interviewer `Dana` WHEN the member saves "
            + "THEN the page gets the sentence as typed, in runs none of which makes the member's stars bold, "
            + "and no marker character reaches it")
    void memberStarsAreNeverBoldOnThePage() throws Exception {
        final WebVisitor client = web.visitor();
        final String body = client.sayAll(List.of("/followup", "Ana Ruiz", "*Robotics*", "_lead_ ~x~", "today 2pm",
                "video", "`Dana`", "by Friday", "their dbt migration", "skip", "skip", "email", "confirm"));
        final JsonNode saved = savedMessage(WebVisitor.json(body));

        assertThat(saved.path("text").asText()).startsWith("Saved as #1, *Robotics*. Here is your plan");
        final List<String> bold = new ArrayList<>();
        saved.path("runs").forEach(run -> {
            if (run.path("bold").asBoolean()) {
                bold.add(run.path("text").asText());
            }
        });
        assertThat(bold).isEmpty();
        assertThat(saved.path("runs").get(0).path("text").asText()).startsWith("Saved as #1, *Robotics*.");
        assertThat(body).doesNotContain(String.valueOf(MemberText.OPEN), String.valueOf(MemberText.CLOSE),
                "\\ue000", "\\ue001");
        assertThat(client.say("list")).contains("#1 *Robotics* - _lead_ ~x~")
                .doesNotContain("\\ue000", "\\ue001");
    }

    private static JsonNode savedMessage(final JsonNode reply) {
        for (final JsonNode message : reply.findParents("text")) {
            if (message.path("text").asText().startsWith("Saved as #1")) {
                return message;
            }
        }
        throw new AssertionError("no \"Saved as #1\" message in " + reply);
    }
}
