package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.followupbot.conversation.commands.CommandRegistry;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class SlackManifestTest {

    @Test
    @DisplayName("GIVEN the Slack app manifest an operator pastes WHEN read THEN /followup's usage hint is the one "
            + "the command registry makes (a command added or renamed must be added to the manifest too)")
    void usageHintMatchesTheRegistry() throws IOException {
        final JsonNode manifest = new ObjectMapper(new YAMLFactory()).readTree(Path.of("slack-manifest.yml").toFile());
        final JsonNode command = manifest.path("features").path("slash_commands").get(0);
        assertThat(command.path("command").asText()).isEqualTo("/followup");
        assertThat(command.path("usage_hint").asText()).isEqualTo(CommandRegistry.usageHint());
    }
}
