package io.followupbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.MemberKey;
import io.followupbot.interview.StepKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Routing nudges by platform")
class NudgeSendersTest {

    private static Nudge nudgeFor(final String platform) {
        return new Nudge("step-1", "member-1", new MemberKey(platform, "W", "U"), Optional.empty(), "interview-1", 1,
                StepKind.CHECK_IN, "check_in", Optional.empty(), io.followupbot.chat.Outbound.text("Check in with Acme"));
    }

    @Test
    @DisplayName("a nudge goes to the sender of the member's platform only")
    void routesByPlatform() {
        // GIVEN a Slack and a Discord sender
        final RecordingSender slack = new RecordingSender();
        final RecordingSender discord = new RecordingSender();
        final NudgeSenders senders = new NudgeSenders(Map.of("slack", slack, "discord", discord));
        // WHEN a Discord member's nudge is sent
        final SendResult result = senders.send(nudgeFor("discord"));
        // THEN Discord got it, Slack did not
        assertThat(result).isInstanceOf(SendResult.Delivered.class);
        assertThat(discord.delivered()).hasSize(1);
        assertThat(slack.attempts()).isEmpty();
    }

    @Test
    @DisplayName("a platform that is not configured in this run is a passing failure, not a permanent one")
    void unknownPlatformIsRetried() {
        // GIVEN only a Slack sender
        final NudgeSenders senders = new NudgeSenders(Map.of("slack", new RecordingSender()));
        // WHEN a Discord member's nudge is sent
        final SendResult result = senders.send(nudgeFor("discord"));
        // THEN it is to be retried later
        assertThat(result).isInstanceOf(SendResult.RetryLater.class);
        assertThat(((SendResult.RetryLater) result).reason()).contains("discord");
    }
}
