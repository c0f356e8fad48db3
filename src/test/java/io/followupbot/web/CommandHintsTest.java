package io.followupbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.followupbot.conversation.commands.CommandRegistry;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.testkit.WebChat;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

final class CommandHintsTest {

    @RegisterExtension
    final WebChat web = WebChat.at("2026-03-10T19:00:00Z");

    @Test
    @DisplayName("GIVEN the local web chat WHEN the page asks what a member can type THEN it gets every command of "
            + "the registry, with help's example, its description and its arguments")
    void thePageListsTheRegistry() throws Exception {
        final JsonNode commands = web.visitor().get("/api/commands").get("commands");
        final List<String> examples = new ArrayList<>();
        commands.forEach(command -> examples.add(command.get("example").asText()));
        assertThat(examples).containsExactlyElementsOf(CommandRegistry.all().stream().map(CommandSpec::example)
                .toList());
        final JsonNode draft = commands.get(CommandRegistry.all().indexOf(CommandRegistry.find("draft")
                .orElseThrow()));
        assertThat(draft.get("description").asText()).isEqualTo(CommandRegistry.find("draft").orElseThrow()
                .description());
        assertThat(draft.get("arguments").findValuesAsText("name")).containsExactly("id", "kind");
        final List<String> kinds = new ArrayList<>();
        draft.get("arguments").get(1).get("choices").forEach(kind -> kinds.add(kind.asText()));
        assertThat(kinds).contains("check_in", "thank_you_full");
    }
}
