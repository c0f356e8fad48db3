package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.methods.MethodsClient;
import io.followupbot.chat.Outbound;
import io.followupbot.delivery.Nudge;
import io.followupbot.delivery.SendResult;
import io.followupbot.delivery.pacing.Pacer;
import io.followupbot.followup.Members;
import io.followupbot.followup.StoredDmChannels;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.StepKind;
import io.followupbot.testkit.TestCore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The member's DM channel is kept with the member")
final class SlackDmChannelTest {

    private static final MemberKey ANA = new MemberKey("slack", "T1", "U7");

    @TempDir
    Path folder;

    @AutoClose
    private final SlackEmulator emulator = new SlackEmulator();

    /** One life of the bot: its own process state (caches), the database on disk. */
    private SlackBot bot(final TestCore core) {
        final SlackBot bot = new SlackBot(SlackHarness.botConfig(folder, emulator).slack(), core.engine, Optional.empty());
        bot.pacing(Pacer.unlimited(), new StoredDmChannels(core.store));
        return bot;
    }

    /** A first life of the bot's core on the test's database, with Ana a member in it. */
    private TestCore coreWithAna() {
        final TestCore core = new TestCore(folder, SlackHarness.NOW);
        new Members(core.store).arrive(new Members.Arrival(ANA, "Ana", Optional.empty(), ""));
        return core;
    }

    /** A nudge as the dispatcher renders it: with the DM channel stored with the member, if any. */
    private static Nudge nudge(final TestCore core, final String step) {
        final Optional<String> stored = new Members(core.store).find(ANA).orElseThrow().dmChannel();
        return new Nudge(step, "member-1", ANA, stored, "interview-1", 1, StepKind.CHECK_IN, "check_in",
                Optional.empty(), Outbound.text("Time to check in with Acme"));
    }

    @Test
    @DisplayName("GIVEN a DM opened for a nudge WHEN the bot restarts and nudges again, and replies THEN Slack is not "
            + "asked to open it again")
    void survivesARestart() {
        // GIVEN the first life opens Ana's DM for a nudge
        try (TestCore core = coreWithAna()) {
            final SlackBot first = bot(core);
            assertThat(first.send(nudge(core, "step-1"))).isInstanceOf(SendResult.Delivered.class);
            first.close();
        }
        assertThat(emulator.calls("conversations.open")).hasSize(1);

        // WHEN a second life (nothing in memory) sends a nudge, and a reply that goes to the DM
        try (TestCore core = new TestCore(folder, SlackHarness.NOW)) {
            final SlackBot second = bot(core);
            final Nudge again = nudge(core, "step-2");
            assertThat(second.send(again)).isInstanceOf(SendResult.Delivered.class);
            second.close();
            final SlackReplies replies = new SlackReplies();
            replies.dms().use(Pacer.unlimited(), new StoredDmChannels(core.store));
            replies.deliver(client(), new SlackReplies.Origin(ANA, "C-general"),
                    new io.followupbot.chat.Reply(List.of(Outbound.text("Here is your list.")), false, true));

            // THEN the stored channel serves both
            assertThat(again.dmChannel()).contains("DU7");
        }
        assertThat(emulator.calls("conversations.open")).hasSize(1);
        assertThat(emulator.calls("chat.postMessage")).extracting(call -> call.arg("channel"))
                .containsExactly("DU7", "DU7", "DU7");
    }

    @Test
    @DisplayName("GIVEN a stored DM channel Slack says is gone WHEN a nudge is sent THEN a new one is opened, used and "
            + "stored")
    void refreshesAGoneChannel() {
        try (TestCore core = coreWithAna()) {
            // GIVEN Ana's stored channel D-old, which Slack no longer knows
            new StoredDmChannels(core.store).remember(ANA, "D-old");
            emulator.failWith("chat.postMessage", "channel_not_found");
            final SlackBot bot = bot(core);

            // WHEN
            final SendResult result = bot.send(nudge(core, "step-1"));
            bot.close();

            // THEN
            assertThat(result).isInstanceOf(SendResult.Delivered.class);
            assertThat(emulator.calls("chat.postMessage")).extracting(call -> call.arg("channel"))
                    .containsExactly("D-old", "DU7");
            assertThat(new Members(core.store).find(ANA).orElseThrow().dmChannel()).contains("DU7");
        }
    }

    private MethodsClient client() {
        return new SlackClients(SlackApps.slack(SlackHarness.botConfig(folder, emulator).slack()))
                .forToken(SlackHarness.BOT_TOKEN);
    }
}
