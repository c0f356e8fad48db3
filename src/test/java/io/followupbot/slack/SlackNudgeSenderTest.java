package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Button;
import io.followupbot.chat.Outbound;
import io.followupbot.delivery.Nudge;
import io.followupbot.delivery.SendResult;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.StepKind;
import io.followupbot.testkit.TestCore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SlackNudgeSenderTest {

    @TempDir
    Path folder;

    private SlackEmulator emulator;
    private TestCore core;
    private SlackBot bot;

    @BeforeEach
    void start() {
        emulator = new SlackEmulator();
        core = new TestCore(folder, SlackHarness.NOW);
        bot = new SlackBot(SlackHarness.botConfig(folder, emulator).slack(), core.engine, Optional.empty());
    }

    @AfterEach
    void stop() {
        bot.close();
        core.close();
        emulator.close();
    }

    private static Nudge nudge(final Optional<String> dm) {
        return new Nudge("step-1", "member-1", new MemberKey("slack", "T1", "U7"), dm, "interview-1", 3,
                StepKind.CHECK_IN, "check_in", Optional.empty(), Outbound.text("Time to check in with *Acme* <soon>")
                .withButtons(List.of(Button.primary("I sent it", "sent 3 check_in"), Button.of("Stop these", "archive 3"))));
    }

    @Test
    @DisplayName("GIVEN a nudge WHEN Slack accepts it THEN it goes to the member's DM as blocks with command buttons")
    void delivers() {
        assertThat(bot.send(nudge(Optional.empty()))).isInstanceOf(SendResult.Delivered.class);

        assertThat(emulator.calls("conversations.open")).singleElement().satisfies(call ->
                assertThat(call.arg("users")).isEqualTo("U7"));
        final SlackEmulator.Call post = emulator.calls("chat.postMessage").get(0);
        assertThat(post.arg("channel")).isEqualTo("DU7");
        assertThat(post.token()).isEqualTo(SlackHarness.BOT_TOKEN);
        assertThat(post.buttons()).containsEntry("I sent it", "sent 3 check_in").containsEntry("Stop these", "archive 3");
        assertThat(post.allText()).contains("&lt;soon&gt;");
        assertThat(post.arg("blocks")).contains("\"style\":\"primary\"")
                .contains("followup_0").contains("followup_1");
    }

    @Test
    @DisplayName("GIVEN Slack answers 429 with Retry-After WHEN a nudge is sent THEN the result asks to retry after that long")
    void honoursRetryAfter() {
        emulator.failHttp("chat.postMessage", 429, "17", 1);

        final SendResult result = bot.send(nudge(Optional.of("D7")));

        assertThat(result).isEqualTo(SendResult.retryAfter(Duration.ofSeconds(17), "Slack rate limit"));
        assertThat(bot.send(nudge(Optional.of("D7")))).isInstanceOf(SendResult.Delivered.class);
    }

    @Test
    @DisplayName("GIVEN a burst of 500s WHEN nudges are sent THEN each is retried later, then delivered")
    void serverErrorsRetryLater() {
        emulator.failHttp("chat.postMessage", 500, null, 3);

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(bot.send(nudge(Optional.of("D7")))).isInstanceOf(SendResult.RetryLater.class);
        }
        assertThat(bot.send(nudge(Optional.of("D7")))).isInstanceOf(SendResult.Delivered.class);
    }

    @Test
    @DisplayName("GIVEN a member who left or can't be DMed WHEN a nudge is sent THEN the failure is permanent")
    void permanentFailures() {
        for (final String error : List.of("user_not_found", "account_inactive", "cannot_dm_bot")) {
            emulator.failWith("chat.postMessage", error);
            assertThat(bot.send(nudge(Optional.of("D7")))).as(error).isInstanceOf(SendResult.Permanent.class);
        }
        emulator.failWith("conversations.open", "user_not_found");
        assertThat(bot.send(nudge(Optional.empty()))).isInstanceOf(SendResult.Permanent.class);
        emulator.failWith("chat.postMessage", "internal_error");
        assertThat(bot.send(nudge(Optional.of("D7")))).isInstanceOf(SendResult.RetryLater.class);
    }

    @Test
    @DisplayName("GIVEN a DM channel Slack says is gone WHEN a nudge is sent THEN the DM is opened again and the nudge "
            + "goes there, once; gone again, the failure is permanent")
    void reopensAGoneChannel() {
        // GIVEN the stored channel D7 is gone
        emulator.failWith("chat.postMessage", "channel_not_found");

        // WHEN
        final SendResult result = bot.send(nudge(Optional.of("D7")));

        // THEN one new DM, and the nudge in it
        assertThat(result).isInstanceOf(SendResult.Delivered.class);
        assertThat(emulator.calls("conversations.open")).hasSize(1);
        assertThat(emulator.calls("chat.postMessage")).extracting(call -> call.arg("channel"))
                .containsExactly("D7", "DU7");

        // AND the opened one gone too: permanent
        emulator.failWith("chat.postMessage", "channel_not_found");
        emulator.failWith("chat.postMessage", "channel_not_found");
        assertThat(bot.send(nudge(Optional.of("D7")))).isInstanceOf(SendResult.Permanent.class);
    }
}
