package io.followupbot.delivery.pacing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Pacing to the platforms' limits")
final class PacerTest {

    private static final double SECOND = 1e9;
    /** The pacer's clock: it moves only when the pacer naps (waiting for a token). */
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final Pacer pacer = new Pacer(PaceLimits.documented(), now::get, now::addAndGet);

    private static PacedCall post(final String channel) {
        return new PacedCall("slack", "T1", "chat.postMessage", channel);
    }

    /** {@code calls} acquisitions on {@code pacer}, one after another in {@code lane}, the i-th for {@code call(i)}. */
    private static void acquireInTurn(final Pacer pacer, final int calls, final Lane lane,
                                      final IntFunction<PacedCall> call) {
        for (int i = 0; i < calls; i++) {
            pacer.acquire(lane, call.apply(i));
        }
    }

    private double seconds() {
        return (now.get() - 1_000_000_000L) / SECOND;
    }

    @Test
    @DisplayName("GIVEN a workspace's posting budget (5 a second, bursts of 30) WHEN bulk posts 1,000 nudges to "
            + "1,000 members THEN they take 1,000 less the burst bulk may use (24), over 5 a second")
    void holdsTheWorkspaceBudget() {
        acquireInTurn(pacer, 1000, Lane.BULK, member -> post("D" + member));

        assertThat(seconds()).isBetween((1000 - 24) / 5.0, (1000 - 24) / 5.0 + 0.1);
    }

    @Test
    @DisplayName("GIVEN bulk work has spent all but the reserved fifth of the burst WHEN a reply comes THEN it goes at "
            + "once, and bulk waits")
    void keepsAReserveForReplies() {
        // GIVEN
        acquireInTurn(pacer, 24, Lane.BULK, member -> post("D" + member));
        assertThat(seconds()).isZero();

        // WHEN the six reserved tokens go to replies
        acquireInTurn(pacer, 6, Lane.INTERACTIVE, reply -> post("D-ana"));

        // THEN at once; the next bulk post waits for the reserve to fill again (7 tokens at 5 a second)
        assertThat(seconds()).isZero();
        pacer.acquire(Lane.BULK, post("D-next"));
        assertThat(seconds()).isBetween(1.39, 1.41);
    }

    @Test
    @DisplayName("GIVEN one member's DM WHEN bulk posts there again and again THEN one a second after a burst of 3 "
            + "less the reserve (two at once, the third 0.6 s later); a conversation with them is not held to that pace")
    void pacesEachChannel() {
        acquireInTurn(pacer, 13, Lane.BULK, nudge -> post("D-ana"));
        assertThat(seconds()).isBetween(10.6, 10.61);

        final double before = seconds();
        acquireInTurn(pacer, 5, Lane.INTERACTIVE, reply -> post("D-ana"));
        assertThat(seconds()).isEqualTo(before);
    }

    @Test
    @DisplayName("GIVEN Slack answered 429 with Retry-After 3 WHEN anything is posted THEN not before 3 seconds")
    void honoursARefusal() {
        pacer.refused(post("D-ana"), Duration.ofSeconds(3));

        pacer.acquire(Lane.INTERACTIVE, post("D-bob"));

        assertThat(seconds()).isBetween(3.0, 3.02);
    }

    @Test
    @DisplayName("GIVEN Tier 3 conversations.open (50 a minute) WHEN bulk opens 150 DMs THEN it takes about two "
            + "minutes: the burst of 50 less the reserve, then one every 1.2 s")
    void pacesATier() {
        acquireInTurn(pacer, 150, Lane.BULK, member -> PacedCall.of("slack", "T1", "conversations.open"));

        assertThat(seconds()).isBetween((150 - 40) * 1.2, (150 - 40) * 1.2 + 0.1);
    }

    @Test
    @DisplayName("GIVEN four instances WHEN each takes its share THEN each posts at a quarter of the rate")
    void sharesBetweenInstances() {
        final Pacer quarter = new Pacer(PaceLimits.documented().share(4), now::get, now::addAndGet);

        acquireInTurn(quarter, 200, Lane.BULK, member -> post("D" + member));

        // the burst shrinks with the rate: 7.5 tokens, 6 for bulk; then 1.25 a second
        assertThat(seconds()).isBetween((200 - 6) / 1.25 - 0.1, (200 - 6) / 1.25 + 0.1);
    }

    @Test
    @DisplayName("GIVEN Discord WHEN bulk sends into 200 DMs THEN within the bot's 50 requests a second")
    void pacesDiscordGlobally() {
        acquireInTurn(pacer, 200, Lane.BULK,
                member -> new PacedCall("discord", "bot", "POST /channels/{id}/messages", "C" + member));

        assertThat(seconds()).isBetween((200 - 40) / 50.0, (200 - 40) / 50.0 + 0.05);
    }
}
