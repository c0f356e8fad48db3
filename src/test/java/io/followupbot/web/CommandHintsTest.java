package io.followupbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.followupbot.Application;
import io.followupbot.conversation.commands.CommandRegistry;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.testkit.SettableClock;
import io.followupbot.testkit.TestConfigs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CommandHintsTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("GIVEN the local web chat WHEN the page asks what a member can type THEN it gets every command of "
            + "the registry, with help's example, its description and its arguments")
    void thePageListsTheRegistry() throws Exception {
        try (Application application = Application.start(TestConfigs.webChat(folder.resolve("bot.db")),
                new SettableClock(Instant.parse("2026-03-10T19:00:00Z")))) {
            final HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + application.webPort() + "/api/commands")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            final JsonNode commands = new ObjectMapper().readTree(response.body()).get("commands");
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
}
