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

    @Test
    @DisplayName("GIVEN the manifest WHEN read THEN it subscribes to app_uninstalled and tokens_revoked (so a workspace "
            + "that removes the app takes its data with it), and every scope it asks for is explained in the README's "
            + "scope table")
    void uninstallEventsAndExplainedScopes() throws IOException {
        final JsonNode manifest = new ObjectMapper(new YAMLFactory()).readTree(Path.of("slack-manifest.yml").toFile());
        final java.util.List<String> events = new java.util.ArrayList<>();
        manifest.path("settings").path("event_subscriptions").path("bot_events").forEach(e -> events.add(e.asText()));
        final java.util.List<String> scopes = new java.util.ArrayList<>();
        manifest.path("oauth_config").path("scopes").path("bot").forEach(scope -> scopes.add(scope.asText()));
        final String readme = java.nio.file.Files.readString(Path.of("README.md"));
        final String table = readme.substring(readme.indexOf("**Slack scopes**"), readme.indexOf("## Where data lives"));

        assertThat(events).contains("app_uninstalled", "tokens_revoked");
        assertThat(scopes).isNotEmpty().allSatisfy(scope -> assertThat(table).contains("| `" + scope + "` |"));
        assertThat(table.lines().filter(line -> line.startsWith("| `"))).hasSameSizeAs(scopes);
    }
}
