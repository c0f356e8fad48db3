package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.bolt.model.builtin.DefaultInstaller;
import io.followupbot.chat.Outbound;
import io.followupbot.config.Secret;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.testkit.TestCore;
import io.followupbot.testkit.TestDatabases;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SlackPartsTest {

    @TempDir
    Path folder;

    @Test
    @DisplayName("GIVEN Slack's wire format WHEN a member's text arrives THEN links are unwrapped and entities decoded")
    void plainText() {
        assertThat(SlackText.plain("Ben, <mailto:ben@acme.test|ben@acme.test> &amp; <https://acme.test/jobs|jobs> &lt;3"))
                .isEqualTo("Ben, ben@acme.test & jobs <3");
        assertThat(SlackText.plain("<https://acme.test>")).isEqualTo("https://acme.test");
        assertThat(SlackText.plain(null)).isEmpty();
    }

    @Test
    @DisplayName("GIVEN text with Slack's control characters and a draft WHEN rendered THEN they are escaped and the draft is a code block apart from its subject")
    void blockKit() {
        final Outbound message = Outbound.text("Write to <Ana> & co").withDraft(new Outbound.DraftBlock("Thank-you",
                Optional.of("ben@acme.test"), Optional.of("Thanks"), "Dear Ben ``` <b>"));
        final String blocks = BlockKit.blocks(message).toString();

        assertThat(blocks).contains("Write to &lt;Ana&gt; &amp; co").contains("*To:* ben@acme.test")
                .contains("*Subject:* Thanks").contains("```Dear Ben `\u200b`` &lt;b&gt;```");
    }

    @Test
    @DisplayName("GIVEN installations stored with and without a key WHEN read back THEN tokens round-trip, sealed ones only with the key")
    void installationsSealTokens() {
        try (TestCore core = new TestCore(folder, Instant.parse("2026-03-10T23:00:00Z"))) {
            final SlackInstallations sealed = new SlackInstallations(new io.followupbot.followup.Installations(core.store), Secret.of("key one"), core.clock);
            final DefaultInstaller installer = new DefaultInstaller();
            installer.setTeamId("T5");
            installer.setBotAccessToken("xoxb-sealed-5");
            sealed.saveInstallerAndBot(installer);

            assertThat(sealed.findBot(null, "T5").getBotAccessToken()).isEqualTo("xoxb-sealed-5");
            assertThat(sealed.findBot(null, "T6")).isNull();
            final String stored = core.database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT bot_token FROM slack_installations").mapTo(String.class).one());
            assertThat(stored).startsWith("aesgcm:").doesNotContain("xoxb-sealed-5");
            assertThatThrownBy(() -> new SlackInstallations(new io.followupbot.followup.Installations(core.store), Secret.of("key two"), core.clock)
                    .findBot(null, "T5")).hasMessageNotContaining("key two").hasMessageContaining("different key");
            assertThatThrownBy(() -> new SlackInstallations(new io.followupbot.followup.Installations(core.store), Secret.none(), core.clock)
                    .findBot(null, "T5")).hasMessageContaining("FOLLOWUP_ENCRYPTION_KEY");

            final SlackInstallations plain = new SlackInstallations(new io.followupbot.followup.Installations(core.store), Secret.none(), core.clock);
            installer.setBotAccessToken("xoxb-plain-5");
            plain.saveInstallerAndBot(installer);
            assertThat(plain.findBot(null, "T5").getBotAccessToken()).isEqualTo("xoxb-plain-5");
            plain.deleteAll(null, "T5");
            assertThat(plain.findBot(null, "T5")).isNull();
        }
    }

    @Test
    @DisplayName("GIVEN a member whose DMs fail for good WHEN the dispatcher says so THEN they are told ephemerally where they last used the bot")
    void unreachableMemberIsTold() {
        try (SlackEmulator emulator = new SlackEmulator(); TestCore core = new TestCore(folder, Instant.now());
             SlackBot bot = new SlackBot(SlackHarness.botConfig(folder, emulator).slack(), core.engine,
                     Optional.empty())) {
            final Member member = new Member("m1", new MemberKey("slack", "T1", "U3"), "", TestDatabases.DEFAULTS
                    .toSettings(), false, Optional.empty(), Optional.of("C9"), Optional.of(Instant.now()));

            bot.memberUnreachable(member, "Slack: cannot_dm_bot");

            assertThat(emulator.calls("chat.postEphemeral")).singleElement().satisfies(call -> {
                assertThat(call.arg("channel")).isEqualTo("C9");
                assertThat(call.arg("user")).isEqualTo("U3");
                assertThat(call.allText()).contains("couldn't send you a direct message");
            });
        }
    }
    @Test
    @DisplayName("GIVEN a 20 kB file with Slack's control characters WHEN cut into message pieces THEN each fits a "
            + "section once escaped and together they hold the whole content")
    void filePiecesFitAndLoseNothing() {
        final StringBuilder content = new StringBuilder();
        for (int row = 0; content.length() < 20_000; row++) {
            content.append(row).append(",Acme & Sons <ops>,\"a, b\",```fenced```\n");
        }
        content.append("x".repeat(5_000));
        final List<Outbound> pieces = BlockKit.filePieces(new Outbound.FileAttachment(
                "followup-interviews.csv", "text/csv", content.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(pieces).hasSizeGreaterThan(7);
        final StringBuilder joined = new StringBuilder();
        for (int index = 0; index < pieces.size(); index++) {
            final String text = pieces.get(index).text();
            assertThat(BlockKit.escape(text).length()).isLessThanOrEqualTo(2900);
            assertThat(text).startsWith("followup-interviews.csv (" + (index + 1) + "/" + pieces.size() + ")\n```");
            final String body = text.substring(text.indexOf("\n```") + 4, text.length() - 3);
            joined.append(body.replace("`\u200b``", "```"));
        }
        assertThat(joined.toString()).isEqualTo(content.toString());
    }
}
