package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import io.followupbot.chat.LongestMessages;
import io.followupbot.chat.Outbound;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Slack: the longest messages the bot sends fit Block Kit's limits and lose nothing")
final class SlackLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(final Object blocks) throws Exception {
        return JSON.readTree(GsonFactory.createSnakeCase().toJson(blocks));
    }

    @Test
    @DisplayName("the summary with three 2,000-character interviewer notes shows every interviewer, within the limits")
    void theSummaryShowsEveryInterviewer() throws Exception {
        final Outbound summary = LongestMessages.summary();
        final JsonNode blocks = json(BlockKit.blocks(summary));
        assertThat(SlackLimits.message(blocks)).isEmpty();
        final String shown = blocks.toString().replace("\u200B", "");
        for (final var person : LongestMessages.interview().interviewers()) {
            assertThat(shown).contains(person.name()).contains(person.email());
        }
        blocks.findValues("fields").forEach(fields -> assertThat(fields.toString()).doesNotContain("…"));
    }

    @Test
    @DisplayName("every draft kind, at its longest, arrives whole: its last words are in the message and nothing is cut")
    void everyDraftArrivesWhole() throws Exception {
        for (final Outbound draft : LongestMessages.drafts()) {
            final JsonNode blocks = json(BlockKit.blocks(draft));
            assertThat(SlackLimits.message(blocks)).as(draft.draft().orElseThrow().title()).isEmpty();
            final List<String> code = new ArrayList<>();
            blocks.findValues("text").forEach(text -> {
                final String value = text.path("text").asText(text.asText());
                if (value.startsWith("```")) {
                    assertThat(value).endsWith("```");
                    code.add(value.substring(3, value.length() - 3));
                }
            });
            final String body = BlockKit.escape(draft.draft().orElseThrow().body()).replace("```", "`\u200b``");
            assertThat(String.join("", code).replaceAll("\\s", "")).isEqualTo(body.replaceAll("\\s", ""));
        }
    }

    @Test
    @DisplayName("a member's *Robotics* shows as typed, not bold, and the bold labels around it stay whole")
    void memberMarkupIsShownAsTyped() {
        assertThat(BlockKit.asTyped("*Robotics*")).isEqualTo("\u200B*\u200BRobotics\u200B*\u200B");
        assertThat(BlockKit.asTyped("> quoted & <b>")).isEqualTo("\u200B&gt; quoted &amp; &lt;b&gt;");
    }
}
