package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One Slack member driving the bot through signed requests, reading what the bot posted at the emulator. */
final class SlackMember {

    private final SlackHarness harness;
    final String team;
    final String user;

    SlackMember(final SlackHarness harness, final String team, final String user) {
        this.harness = harness;
        this.team = team;
        this.user = user;
    }

    String dm() {
        return "D" + user;
    }

    /** Whether a call is a message to this member: in their DM, or ephemeral to them. */
    boolean isToMe(final SlackEmulator.Call call) {
        return call.method().equals("chat.postMessage") && call.arg("channel").equals(dm())
                || call.method().equals("chat.postEphemeral") && call.arg("user").equals(user);
    }

    String command(final String channel, final String text, final String expected) {
        final int since = harness.emulator().callCount();
        final HttpResponse<String> response = harness.slack().post(SignedSlack.slashCommandBody(team, user, channel, text), false);
        assertThat(response.statusCode()).isEqualTo(200);
        return awaitText(since, expected);
    }

    String say(final String text, final String expected) {
        final int since = harness.emulator().callCount();
        final HttpResponse<String> response = harness.slack().post(SignedSlack.messageEventBody(team, user,
                "Ev" + UUID.randomUUID(), text), true);
        assertThat(response.statusCode()).isEqualTo(200);
        return awaitText(since, expected);
    }

    /** Clicks the latest button with this label among the messages the bot sent this member. */
    String click(final String label, final String expected) {
        return press(buttonValue(label), expected);
    }

    String press(final String value, final String expected) {
        final int since = harness.emulator().callCount();
        final HttpResponse<String> response = harness.slack().post(SignedSlack.buttonBody(team, user, dm(), "message", value), false);
        assertThat(response.statusCode()).isEqualTo(200);
        return awaitText(since, expected);
    }

    String buttonValue(final String label) {
        final List<SlackEmulator.Call> mine = harness.emulator().calls().stream().filter(this::isToMe).toList();
        for (int index = mine.size() - 1; index >= 0; index--) {
            final Map<String, String> buttons = mine.get(index).buttons();
            if (buttons.containsKey(label)) {
                return buttons.get(label);
            }
        }
        throw new AssertionError("no button \"" + label + "\" was sent to " + user);
    }

    /** Waits for the bot's message to this member containing {@code expected}; returns all it sent since. */
    String awaitText(final int since, final String expected) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> String.join("\n---\n",
                SlackEmulator.texts(harness.emulator().callsSince(since, this::isToMe))), text -> text.contains(expected));
    }
}
