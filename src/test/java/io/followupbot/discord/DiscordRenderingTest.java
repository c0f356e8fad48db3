package io.followupbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Button;
import io.followupbot.chat.Outbound;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class DiscordRenderingTest {

    @Test
    @DisplayName("GIVEN a subcommand and its options WHEN turned into a command line THEN it reads as typed text")
    void commandLines() {
        final Map<String, String> options = Map.of("id", "3", "kind", "check_in", "reply", "rejected",
                "key", "zone", "value", "Europe/Berlin", "text", "Hi Ana");
        assertThat(FollowupCommand.commandLine("draft", name -> Optional.ofNullable(options.get(name))))
                .isEqualTo("draft 3 check_in");
        assertThat(FollowupCommand.commandLine("heard", name -> Optional.ofNullable(options.get(name))))
                .isEqualTo("heard 3 rejected");
        assertThat(FollowupCommand.commandLine("settings", name -> Optional.ofNullable(options.get(name))))
                .isEqualTo("settings zone Europe/Berlin");
        assertThat(FollowupCommand.commandLine("sent", name -> Optional.ofNullable(options.get(name))))
                .isEqualTo("sent 3");
        assertThat(FollowupCommand.commandLine("new", name -> Optional.empty())).isEmpty();
        assertThat(FollowupCommand.commandLine("forget-me", name -> Optional.empty())).isEqualTo("forget-me");
        assertThat(FollowupCommand.commandLine("nonsense", name -> Optional.empty())).isEqualTo("help");
    }

    @Test
    @DisplayName("GIVEN a message with fields and a draft WHEN rendered THEN bold is Discord's, the subject "
            + "stands apart and the body is in a code block that cannot be broken out of")
    void draftInACodeBlock() {
        final Outbound message = Outbound.text("*Ready* to send").withFields(List.of(new Outbound.Field("Stage",
                "waiting"))).withDraft(new Outbound.DraftBlock("Thank-you", Optional.of("ana@acme.com"),
                Optional.of("Thank you"), "Hi Ana ``` end"));

        final String content = DiscordMessages.content(message);

        assertThat(content).startsWith("**Ready** to send").contains("**Stage**: waiting")
                .contains("To: ana@acme.com\nSubject: `Thank you`\n```\nHi Ana `\u200b`\u200b` end\n```");
    }

    @Test
    @DisplayName("GIVEN a very long message WHEN split THEN every part fits Discord and code blocks stay closed")
    void splitsLongMessages() {
        final String body = "line of the draft\n".repeat(300);
        final List<String> parts = DiscordMessages.split("Intro\n```\n" + body + "```");

        assertThat(parts).hasSizeGreaterThan(1).allMatch(part -> part.length() <= DiscordMessages.MAX_CONTENT)
                .allMatch(part -> (part.split("```", -1).length - 1) % 2 == 0);
        assertThat(String.join("", parts).replace("```", "").replace("\n", ""))
                .isEqualTo(("Intro" + body).replace("\n", ""));
    }

    @Test
    @DisplayName("GIVEN a button whose command line exceeds 100 characters WHEN rendered THEN a short id maps "
            + "back to it, and an unknown short id maps to nothing")
    void longButtonValues() {
        final ButtonIds ids = new ButtonIds();
        final String value = "sent 3 thank_you@" + "A".repeat(120);

        final String id = ids.idFor(value);

        assertThat(id.length()).isLessThanOrEqualTo(ButtonIds.MAX_LENGTH);
        assertThat(ids.valueOf(id)).contains(value);
        assertThat(ids.idFor("heard 3")).isEqualTo("heard 3");
        assertThat(ids.valueOf("~unknown")).isEmpty();
        assertThat(new DiscordMessages(ids).render(Outbound.text("x").withButtons(List.of(Button.of("b", value)))))
                .hasSize(1);
    }
}
