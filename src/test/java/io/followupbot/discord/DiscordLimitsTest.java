package io.followupbot.discord;

import io.followupbot.followup.Wording;
import io.followupbot.followup.InterviewForms;
import io.followupbot.followup.SettingsForms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followupbot.chat.LongestMessages;
import io.followupbot.chat.Outbound;
import io.followupbot.testkit.DiscordLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Discord: the longest messages and forms the bot sends fit Discord's limits and lose nothing")
final class DiscordLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final DiscordMessages messages = new DiscordMessages(new ButtonIds());

    private static JsonNode json(final MessageCreateData data) throws Exception {
        return JSON.readTree(data.toData().toString());
    }

    @Test
    @DisplayName("a draft too long for one message arrives whole as a text file beside a short message")
    void aLongDraftArrivesAsAFile() throws Exception {
        for (final Outbound draft : LongestMessages.drafts()) {
            final List<MessageCreateData> sent = messages.render(draft);
            for (final MessageCreateData data : sent) {
                assertThat(DiscordLimits.violations(json(data))).isEmpty();
            }
            final List<FileUpload> files = sent.get(sent.size() - 1).getFiles();
            assertThat(files).hasSize(1);
            final String file = new String(files.get(0).getData().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(file).contains(draft.draft().orElseThrow().body());
        }
    }

    @Test
    @DisplayName("a draft that fits is one message with the whole draft in one code block")
    void aShortDraftIsOneMessage() throws Exception {
        final Outbound draft = Outbound.text("Here's a draft.").withDraft(new Outbound.DraftBlock("thank you short",
                Optional.of("Ana <ana@acme.example>"), Optional.of("Thanks"), "Dear Ana,\n\nThank you.\n\nMaya"));
        final List<MessageCreateData> sent = messages.render(draft);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getContent()).contains("```\nDear Ana,\n\nThank you.\n\nMaya\n```");
    }

    @Test
    @DisplayName("the summary of the longest interview is split between words and shows every interviewer")
    void theSummaryIsSplitBetweenWords() throws Exception {
        final List<MessageCreateData> sent = messages.render(LongestMessages.summary());
        final StringBuilder all = new StringBuilder();
        for (final MessageCreateData data : sent) {
            assertThat(DiscordLimits.violations(json(data))).isEmpty();
            all.append(data.getContent()).append(' ');
        }
        for (final var person : LongestMessages.interview().interviewers()) {
            assertThat(all.toString().replace("\\", "")).contains(person.email());
        }
        assertThat(all.toString()).contains("\\*Robotics\\*");
        assertThat(all.toString()).doesNotContain("dolo\n");
    }

    @Test
    @DisplayName("the settings form opens with a 200-character name above a multi-line signature")
    void theSettingsFormAlwaysOpens() throws Exception {
        final JsonNode modal = JSON.readTree("{\"type\":9,\"data\":" + Forms.settings(SettingsForms.formOf(Optional.of(LongestMessages.member()), Wording.standard()))
                .toData().toString() + "}");
        assertThat(DiscordLimits.violations(modal)).isEmpty();
        assertThat(modal.toString()).contains("maya@example.com");
        final JsonNode edit = JSON.readTree("{\"type\":9,\"data\":" + Forms.edit(999_999, InterviewForms.formOf(999_999, java.util.Map.of(), Wording.standard())).toData()
                + "}");
        assertThat(DiscordLimits.violations(edit)).isEmpty();
    }

    @Test
    @DisplayName("the limits checker refuses what Discord refuses: a multi-line value in a single-line box")
    void theCheckerRefusesAMultiLineShortValue() throws Exception {
        final JsonNode modal = JSON.readTree("""
                {"type":9,"data":{"title":"t","custom_id":"c","components":[{"type":18,"label":"Name",
                "component":{"type":4,"custom_id":"name","style":1,"max_length":400,"value":"Maya\\nLindqvist"}}]}}""");
        assertThat(DiscordLimits.violations(modal)).singleElement().asString().contains("single-line");
    }
}
