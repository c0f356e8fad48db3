package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.methods.MethodsClient;
import io.followupbot.chat.Reply;
import io.followupbot.interview.MemberKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conversation replies against the Slack emulator when Slack refuses for a while: 429s and 500s in bursts. */
final class SlackRepliesTest {

    @TempDir
    Path folder;

    private final SlackEmulator emulator = new SlackEmulator();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final SlackReplies replies = new SlackReplies(waits::add);
    private final MemberKey ana = new MemberKey("slack", "T1", "U1");

    @AfterEach
    void stop() {
        emulator.close();
    }

    private MethodsClient client() {
        return new SlackClients(SlackApps.slack(SlackHarness.botConfig(folder, emulator).slack()))
                .forToken(SlackHarness.BOT_TOKEN);
    }

    /** The text of every chat.postMessage the bot made, refused ones included (the emulator refuses the first ones). */
    private List<String> attempts() {
        return emulator.calls("chat.postMessage").stream().map(call -> call.arg("text")).toList();
    }

    @Test
    @DisplayName("GIVEN Slack answers 429 with Retry-After: 7, then accepts WHEN a reply is posted THEN it waits 7 s and "
            + "posts it again, once")
    void rateLimitedReplyWaitsAndArrives() {
        emulator.failHttp("chat.postMessage", 429, "7", 1);

        replies.deliver(client(), new SlackReplies.Origin(ana, "DU1"), Reply.text("What's the role?"));

        assertThat(waits).containsExactly(Duration.ofSeconds(7));
        assertThat(attempts()).containsExactly("What's the role?", "What's the role?");
    }

    @Test
    @DisplayName("GIVEN a burst of two 500s WHEN a reply is posted THEN it is tried again after 1 s and 2 s")
    void serverErrorsAreRetried() {
        emulator.failHttp("chat.postMessage", 500, null, 2);

        replies.deliver(client(), new SlackReplies.Origin(ana, "DU1"), Reply.text("When was the interview?"));

        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(attempts()).containsExactly("When was the interview?", "When was the interview?",
                "When was the interview?");
    }

    @Test
    @DisplayName("GIVEN Slack keeps failing, or asks to wait an hour WHEN a reply is posted THEN it gives up after three "
            + "tries, and never waits more than 10 s")
    void givesUpAndCapsTheWait() {
        emulator.failHttp("chat.postMessage", 503, null, 3);
        replies.deliver(client(), new SlackReplies.Origin(ana, "DU1"), Reply.text("lost"));
        emulator.failHttp("chat.postMessage", 429, "3600", 1);
        replies.deliver(client(), new SlackReplies.Origin(ana, "DU1"), Reply.text("later"));

        assertThat(attempts()).containsExactly("lost", "lost", "lost", "later", "later");
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), SlackReplies.MAX_WAIT);
    }

    @Test
    @DisplayName("GIVEN Slack answers ok:false (channel_not_found) WHEN a reply is posted THEN it is not tried again")
    void refusalsForGoodAreNotRetried() {
        emulator.failWith("chat.postMessage", "channel_not_found");

        replies.deliver(client(), new SlackReplies.Origin(ana, "DU1"), Reply.text("nope"));

        assertThat(waits).isEmpty();
        assertThat(emulator.calls("chat.postMessage")).hasSize(1);
    }
}
