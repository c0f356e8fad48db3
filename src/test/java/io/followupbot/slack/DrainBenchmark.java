package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.bench.BenchReport;
import io.followupbot.chat.Outbound;
import io.followupbot.community.Digests;
import io.followupbot.config.BotConfig;
import io.followupbot.delivery.Dispatcher;
import io.followupbot.delivery.DispatcherSettings;
import io.followupbot.delivery.Nudge;
import io.followupbot.delivery.NudgeSender;
import io.followupbot.delivery.UnreachableNotifier;
import io.followupbot.delivery.pacing.PaceLimits;
import io.followupbot.delivery.pacing.Pacer;
import io.followupbot.delivery.pacing.RateLimitRetries;
import io.followupbot.followup.StoredDmChannels;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.StepKind;
import io.followupbot.store.BulkPlans;
import io.followupbot.store.CommunityStore;
import io.followupbot.store.DeliveryStore;
import io.followupbot.testkit.TestCore;
import io.followupbot.web.WebServer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole community's Monday through the Slack emulator at Slack's documented limits: 20,000 members of one
 * workspace, each with this week's digest due at 09:00, and 2,000 of them a nudge due too, delivered by one instance
 * that is killed halfway and restarted (under a new id: it takes the dead one's claims after their lease), while
 * members answer the bot through the Slack HTTP path.
 *
 * <p><b>The clock is accelerated.</b> The emulator counts every limit {@value #SCALE} times as fast (one real
 * second is {@value #SCALE} of Slack's seconds: the workspace's 300 posts a minute become 125 a second) and the
 * bot's pacer is told the same ({@link PaceLimits#faster}); bursts are kept. The ratio of the time taken to the
 * least time the limits allow does not depend on the scale, as long as the bot keeps up (which the ratio shows).
 *
 * <p>Prints {@code drain_ratio} (time from the start to the last digest or nudge accepted, over (posts in that
 * time, interactive replies included, less the bulk burst) / the workspace's rate), {@code drain_lost} and
 * {@code drain_repeats} (digests and nudges not accepted / accepted twice), {@code interactive_p99_during_drain_ms}
 * (a member's DM answer in, the bot's next question accepted by Slack) and {@code dm_reopen_ratio_after_restart}
 * (conversations.open calls of the restarted instance per digest or nudge it sent; 500 of the members had their DM
 * opened by the first instance, the others in earlier weeks).
 *
 * <p>The kill lands between two sends, in the bulk lane's wait for its budget, where a paced instance spends most of
 * its time: a kill between Slack's acceptance of a post and the commit of its settlement still repeats that one post
 * (at most one per kill, see the Dispatcher).
 */
@Tag("benchmark")
final class DrainBenchmark {

    static final double SCALE = 25;
    private static final int MEMBERS = 20_000;
    private static final int NUDGES = 2_000;
    private static final int OPENED_BY_FIRST = 500;
    private static final int INTERACTIVE = 200;
    /** Monday 9 March 2026, 09:00:30 in New York (the members' zone): every digest is due. */
    private static final Instant MONDAY = Instant.parse("2026-03-09T13:00:30Z");

    @TempDir
    Path folder;

    /** Real time from a given instant, which a restart can move on (the dead instance's lease and claims). */
    static final class MovableClock extends Clock {
        private final Instant start;
        private final long startNanos = System.nanoTime();
        private volatile Duration moved = Duration.ZERO;

        MovableClock(final Instant start) {
            this.start = start;
        }

        void moveOn(final Duration by) {
            moved = moved.plus(by);
        }

        @Override
        public Instant instant() {
            return start.plusNanos(System.nanoTime() - startNanos).plus(moved);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(final ZoneId zone) {
            return this;
        }
    }

    /** Thrown into a sending thread to kill the instance there: nothing after it runs. */
    static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    /** One life of the bot: its database connection, Slack app and HTTP server, pacer, dispatcher and digests. */
    final class Instance implements AutoCloseable {
        final TestCore core;
        final SlackBot bot;
        final WebServer web;
        final Dispatcher dispatcher;
        final Digests digests;
        final Thread digestLoop;
        volatile boolean killed;

        Instance(final SlackEmulator emulator, final MovableClock clock, final String id) {
            core = new TestCore(folder, clock.instant());
            bot = new SlackBot(SlackHarness.config(folder, emulator, """
                      bot-token: %s
                      signing-secret: %s
                    """.formatted(SlackHarness.BOT_TOKEN, SlackHarness.SIGNING_SECRET)).slack(), core.engine,
                    Optional.empty());
            bot.pacing(new Pacer(PaceLimits.documented().faster(SCALE)), new StoredDmChannels(core.store));
            web = WebServer.start(new BotConfig.Web("127.0.0.1", 0), false, List.of(bot::routes));
            bot.start();
            final NudgeSender sender = new RateLimitRetries(nudge -> {
                if (killed) {
                    throw new Killed();
                }
                return bot.send(nudge);
            });
            dispatcher = new Dispatcher(new DeliveryStore(core.store, false), (step, interview, member) ->
                    new Nudge(step.id(), member.id(), member.key(), member.dmChannel(), interview.id(),
                            interview.number(), step.kind(), step.key(), step.recipient(),
                            Outbound.text("nudge " + step.id())), sender, UnreachableNotifier.NONE, clock,
                    DispatcherSettings.standard(id));
            digests = new Digests(core.store, core.followUps, sender, clock);
            digestLoop = new Thread(() -> {
                try {
                    while (!killed && !Thread.currentThread().isInterrupted()) {
                        if (digests.runOnce() == 0) {
                            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
                        }
                    }
                } catch (final Killed dead) {
                    // the instance died here
                }
            }, "digests-" + id);
        }

        void start() {
            dispatcher.start();
            digestLoop.start();
        }

        SignedSlack slack() {
            return new SignedSlack(web.port(), SlackHarness.SIGNING_SECRET);
        }

        @Override
        public void close() {
            digestLoop.interrupt();
            dispatcher.close();
            bot.close();
            web.close();
            core.close();
        }
    }

    @Test
    @DisplayName("A Monday of 20,000 members: paced to Slack's limits, a kill and restart midway, replies first")
    void drain() throws Exception {
        try (SlackEmulator emulator = new SlackEmulator()) {
            emulator.rateLimits(SlackRateLimits.documented().faster(SCALE));
            final MovableClock clock = new MovableClock(MONDAY);
            seed(clock);
            Instance first = new Instance(emulator, clock, "first");
            try {
                openDms(first, emulator);
                final DrainLoad load = new DrainLoad(emulator, MEMBERS, NUDGES, INTERACTIVE);
                load.startIntakes(first.slack());
                emulator.clear();
                final long begin = System.nanoTime();
                first.start();
                load.answerDuring(first.slack(), begin, Duration.ofSeconds(40));
                load.awaitDrained(MEMBERS / 2 + NUDGES / 2, Duration.ofMinutes(10));
                first.killed = true;
                first.dispatcher.close();
                first.digestLoop.join(TimeUnit.MINUTES.toMillis(1));
                first.close();
                final int opensBefore = emulator.calls("conversations.open").size();
                final int postsBefore = load.drainPosts();
                // restarted under a new id: the dead one's claims come free after their lease (30 s) and its digest in
                // flight after its claim (2 min); the clock is moved on by that much instead of waiting for it
                clock.moveOn(CommunityStore.DIGEST_CLAIM.plusSeconds(10));
                first = new Instance(emulator, clock, "second");
                first.start();
                load.awaitDrained(MEMBERS + NUDGES, Duration.ofMinutes(10));
                final double seconds = (load.lastDrainPostNanos() - begin) / 1e9;
                final int posts = emulator.accepted("chat.postMessage").size();
                final double least = (posts - 24) / (PaceLimits.SLACK_POSTS_PER_WORKSPACE.perSecond() * SCALE);
                System.out.printf("BENCH drain_detail %d posts (%d interactive) in %.1f s, least %.1f s; 429s %d%n",
                        posts, posts - load.drainPosts(), seconds, least, emulator.rateLimited().size());
                BenchReport.figure("drain_ratio", Math.round(seconds / least * 100) / 100.0, "ratio");
                BenchReport.figure("drain_lost", load.lost(), "messages");
                BenchReport.figure("drain_repeats", load.repeats(), "messages");
                BenchReport.figure("interactive_p99_during_drain_ms", Math.round(load.interactiveP99Millis()), "ms");
                final int opensAfter = emulator.calls("conversations.open").size() - opensBefore;
                BenchReport.figure("dm_reopen_ratio_after_restart",
                        Math.round(1000.0 * opensAfter / (load.drainPosts() - postsBefore)) / 1000.0, "ratio");
                assertThat(load.lost()).isZero();
                assertThat(load.repeats()).isZero();
            } finally {
                first.close();
            }
        }
    }

    /** 20,000 members with an open interview; 2,000 with a nudge due now; DMs opened in earlier weeks. */
    private void seed(final Clock clock) {
        try (TestCore core = new TestCore(folder, clock.instant())) {
            final long now = clock.millis();
            BulkPlans.insert(core.database.jdbi(), "slack", MEMBERS, 1, 1, now - Duration.ofDays(3).toMillis(),
                    (interview, step) -> interview < NUDGES ? now - 60_000 : now + Duration.ofDays(7).toMillis());
            core.database.jdbi().useHandle(handle -> handle.execute("UPDATE members SET dm_channel = 'D' || user_id "
                    + "WHERE CAST(SUBSTR(user_id, 2) AS INTEGER) < " + (MEMBERS - OPENED_BY_FIRST)));
        }
    }

    /** The first instance opens the last 500 members' DMs (a message each, before the Monday), and stores them. */
    private static void openDms(final Instance instance, final SlackEmulator emulator) {
        for (int member = MEMBERS - OPENED_BY_FIRST; member < MEMBERS; member++) {
            final MemberKey key = new MemberKey("slack", "W1", "U" + member);
            instance.bot.send(new Nudge("warm-" + member, "m", key, Optional.empty(), "i", 1, StepKind.CHECK_IN,
                    "check_in", Optional.empty(), Outbound.text("welcome")));
        }
        assertThat(emulator.calls("conversations.open")).hasSize(OPENED_BY_FIRST);
    }

    static double p99(final List<Long> nanos) {
        final List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6;
    }
}
