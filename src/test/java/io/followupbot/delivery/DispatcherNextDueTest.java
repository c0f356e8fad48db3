package io.followupbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.followupbot.testkit.LogCapture;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** When the store can't say when the next step is due, the dispatcher polls at its interval and says why, once a poll. */
@Isolated("LogCapture listens to the root logger: no other test class may log meanwhile")
final class DispatcherNextDueTest {

    /** Due work with nothing to claim whose next due time can't be read. */
    private static final class NoNextDue implements DueWork {
        final AtomicInteger asked = new AtomicInteger();

        @Override
        public DueBatch claim(final String instanceId, final Instant now, final Duration lease, final int limit) {
            return new DueBatch("none", now, List.of(), 0, Map.of(), Map.of());
        }

        @Override
        public int renew(final DueBatch batch, final Instant until) {
            return 0;
        }

        @Override
        public int settle(final DueBatch batch, final List<StepOutcome> outcomes) {
            return 0;
        }

        @Override
        public int releaseOwn(final String instanceId) {
            return 0;
        }

        @Override
        public Optional<Instant> nextDueAt() {
            asked.incrementAndGet();
            throw new IllegalStateException("database is locked");
        }
    }

    @Test
    @DisplayName("GIVEN a store that fails to say when the next step is due WHEN the dispatcher polls THEN it logs one "
            + "line with the reason and polls again at its interval")
    void anUnreadableNextDueTimeIsLogged() {
        final NoNextDue work = new NoNextDue();
        try (LogCapture log = new LogCapture();
             Dispatcher dispatcher = new Dispatcher(work, new TestRenderer(), nudge -> SendResult.delivered(),
                     (member, reason) -> { }, Clock.systemUTC(), new DispatcherSettings("a", Duration.ofMinutes(5), 50,
                     Duration.ofMillis(20), new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 5)))) {
            // WHEN it polls a few times
            dispatcher.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> work.asked.get() >= 2);

            // THEN each poll said why, in one line
            assertThat(log.events()).filteredOn(line -> line.startsWith(Dispatcher.class.getName()))
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line).isEqualTo(Dispatcher.class.getName() + " could not read when "
                            + "the next step is due, polling again in PT0.02S: IllegalStateException: database is locked"));
        }
    }
}
