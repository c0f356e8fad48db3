package io.followupbot.slack;

import io.followupbot.bench.BenchReport;
import io.followupbot.bench.CpuShares;
import io.followupbot.config.BotConfig;
import io.followupbot.testkit.TestCore;
import io.followupbot.testkit.TestDatabases;
import io.followupbot.web.WebServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slash-command ack latency through the HTTP transport at 50 concurrent requests, for the real app (which
 * queues the engine work and posts replies to the emulator) and a bare Bolt app that only acks, in the same
 * run and interleaved; and one intake step (a DM answer in, the next question out) at 200 messages/s.
 * Run: {@code mvn -B -q test -Dtest=SlackAckBenchmark -Dgroups=benchmark -DexcludedGroups=none}
 */
@Tag("benchmark")
final class SlackAckBenchmark {

    private static final int CONCURRENCY = 50;
    private static final int PER_CLIENT = 40;
    private static final int ROUNDS = 3;
    private static final int INTAKE_MEMBERS = 1000;
    private static final int INTAKE_RATE = 200;
    /** The members start their intakes at this rate, before the measured answers. */
    private static final int START_RATE = 500;

    @TempDir
    Path folder;

    @Test
    void ackLatency() throws Exception {
        try (SlackEmulator emulator = new SlackEmulator(); TestCore core = new TestCore(folder, SlackHarness.NOW, 10_000)) {
            // the bot's own latency, not Slack's limits (2,000 commands a second from one workspace would be refused)
            emulator.rateLimits(SlackRateLimits.unlimited());
            final BotConfig config = config(emulator);
            final BotConfig.Web web = new BotConfig.Web("127.0.0.1", 0);
            try (SlackBot bot = new SlackBot(config.slack(), core.engine, Optional.empty());
                 WebServer full = WebServer.start(web, false, List.of(bot::routes));
                 WebServer bare = WebServer.start(web, false, List.of(routes -> SlackHttp.routes(routes,
                         SlackApps.bareApp(config.slack()), false)))) {
                bot.start();
                final SignedSlack toFull = new SignedSlack(full.port(), SlackHarness.SIGNING_SECRET);
                final SignedSlack toBare = new SignedSlack(bare.port(), SlackHarness.SIGNING_SECRET);
                burst(toFull, PER_CLIENT);
                burst(toBare, PER_CLIENT);
                final List<Long> fullNanos = new ArrayList<>();
                final List<Long> bareNanos = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    if (round % 2 == 0) {
                        bareNanos.addAll(burst(toBare, PER_CLIENT));
                        fullNanos.addAll(burst(toFull, PER_CLIENT));
                    } else {
                        fullNanos.addAll(burst(toFull, PER_CLIENT));
                        bareNanos.addAll(burst(toBare, PER_CLIENT));
                    }
                    emulator.clear();
                }
                final double fullP99 = p99Millis(fullNanos);
                final double bareP99 = p99Millis(bareNanos);
                BenchReport.figure("ack_p99_ms", round(fullP99), "ms");
                BenchReport.figure("bare_ack_p99_ms", round(bareP99), "ms");
                BenchReport.figure("ack_p99_ratio", round(fullP99 / bareP99), "ratio");
            }
        }
    }

    /**
     * The intake step on two bots side by side in one run, one storing member data in the clear and one sealing it
     * (FOLLOWUP_ENCRYPTION_KEY set, issue 32); their rounds alternate, and each figure is the mean p99 of two
     * measured rounds (plain, sealed, sealed, plain), after two warm-up rounds each.
     */
    @Test
    void intakeStep() throws Exception {
        try (SlackEmulator emulator = new SlackEmulator();
             TestCore plainCore = new TestCore(TestDatabases.sqlite(Files.createDirectories(folder.resolve("plain")),
                     false), SlackHarness.NOW, 10_000);
             TestCore sealedCore = new TestCore(TestDatabases.sqlite(Files.createDirectories(folder.resolve("sealed")),
                     true), SlackHarness.NOW, 10_000)) {
            // the bot's own latency, not Slack's limits (200 answers a second from one workspace would be refused)
            emulator.rateLimits(SlackRateLimits.unlimited());
            final BotConfig config = config(emulator);
            final BotConfig.Web web = new BotConfig.Web("127.0.0.1", 0);
            try (SlackBot plainBot = new SlackBot(config.slack(), plainCore.engine, Optional.empty());
                 SlackBot sealedBot = new SlackBot(config.slack(), sealedCore.engine, Optional.empty());
                 WebServer plainServer = WebServer.start(web, false, List.of(plainBot::routes));
                 WebServer sealedServer = WebServer.start(web, false, List.of(sealedBot::routes))) {
                plainBot.start();
                sealedBot.start();
                final SignedSlack plain = new SignedSlack(plainServer.port(), SlackHarness.SIGNING_SECRET);
                final SignedSlack sealed = new SignedSlack(sealedServer.port(), SlackHarness.SIGNING_SECRET);
                // The first rounds run while the JIT is still compiling the path (seconds of compilation on two
                // cores); the figures are the rounds after, in the steady state of a bot that has been up a minute.
                BenchReport.figure("intake_step_first_round_p99_ms", round(intakeSteps(emulator, plain, "UW0", false)),
                        "ms");
                intakeSteps(emulator, sealed, "SW0", false);
                intakeSteps(emulator, plain, "UW1", false);
                intakeSteps(emulator, sealed, "SW1", false);
                final double plainFirst = intakeSteps(emulator, plain, "UI", true);
                final double sealedFirst = intakeSteps(emulator, sealed, "SI", false);
                final double sealedSecond = intakeSteps(emulator, sealed, "SJ", false);
                final double plainSecond = intakeSteps(emulator, plain, "UJ", false);
                System.out.printf("BENCH intake_step_rounds_p99_ms plain %.1f then %.1f, sealed %.1f then %.1f%n",
                        plainFirst, plainSecond, sealedFirst, sealedSecond);
                final double plainP99 = (plainFirst + plainSecond) / 2;
                final double sealedP99 = (sealedFirst + sealedSecond) / 2;
                BenchReport.figure("intake_step_p99_ms", round(plainP99), "ms");
                BenchReport.figure("intake_step_sealed_p99_ms", round(sealedP99), "ms");
                BenchReport.figure("intake_step_sealed_ratio", round(sealedP99 / plainP99), "ratio");
            }
        }
    }

    private BotConfig config(final SlackEmulator emulator) {
        return SlackHarness.botConfig(folder, emulator);
    }

    /** 50 clients, each sending {@code perClient} signed slash commands one after another; the ack times. */
    private static List<Long> burst(final SignedSlack slack, final int perClient) throws Exception {
        final ExecutorService clients = Executors.newFixedThreadPool(CONCURRENCY);
        final CountDownLatch start = new CountDownLatch(1);
        final List<Future<List<Long>>> results = new ArrayList<>();
        for (int client = 0; client < CONCURRENCY; client++) {
            final String user = "UB" + client;
            results.add(clients.submit(() -> {
                start.await();
                final List<Long> nanos = new ArrayList<>();
                for (int i = 0; i < perClient; i++) {
                    final String body = SignedSlack.slashCommandBody("T1", user, "D" + user, "help");
                    final long begin = System.nanoTime();
                    final HttpResponse<String> response = slack.post(body, false);
                    nanos.add(System.nanoTime() - begin);
                    if (response.statusCode() != 200) {
                        throw new AssertionError("ack was " + response.statusCode());
                    }
                }
                return nanos;
            }));
        }
        start.countDown();
        final List<Long> all = new ArrayList<>();
        for (final Future<List<Long>> result : results) {
            all.addAll(result.get(5, TimeUnit.MINUTES));
        }
        clients.shutdown();
        return all;
    }

    /**
     * {@code INTAKE_MEMBERS} members start an intake with {@code /followup}, then each answers the first question by
     * DM, one answer every 5 ms (200/s), sent on schedule whatever the bot's state (an open load: a slow bot is not
     * spared the next request); the time from an answer's scheduled send to the next question reaching Slack.
     */
    private static double intakeSteps(final SlackEmulator emulator, final SignedSlack slack, final String prefix,
                                      final boolean report) throws Exception {
        // the members start their intake through Slack, as they would (this also fills the time-zone and DM caches)
        final CountDownLatch started = new CountDownLatch(INTAKE_MEMBERS);
        emulator.onCall(call -> {
            if (call.method().equals("chat.postMessage") && call.arg("channel").startsWith("D" + prefix)) {
                started.countDown();
            }
        });
        final long startBegin = System.nanoTime();
        for (int member = 0; member < INTAKE_MEMBERS; member++) {
            final String user = prefix + member;
            waitForSlot(startBegin, member, START_RATE);
            slack.postAsync(SignedSlack.slashCommandBody("T1", user, "D" + user, ""), false);
        }
        if (!started.await(3, TimeUnit.MINUTES)) {
            throw new AssertionError("intakes did not start");
        }
        emulator.clear();
        final Map<String, Long> sentAt = new ConcurrentHashMap<>();
        final List<Long> steps = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Integer> methods = new ConcurrentHashMap<>();
        final CountDownLatch answered = new CountDownLatch(INTAKE_MEMBERS);
        emulator.onCall(call -> {
            methods.merge(call.method(), 1, Integer::sum);
            if (call.method().equals("chat.postMessage")) {
                final Long sent = sentAt.remove(call.arg("channel"));
                if (sent != null) {
                    steps.add(System.nanoTime() - sent);
                    answered.countDown();
                }
            }
        });
        final List<String> bodies = new ArrayList<>();
        for (int member = 0; member < INTAKE_MEMBERS; member++) {
            bodies.add(SignedSlack.messageEventBody("T1", prefix + member, "Ev" + UUID.randomUUID(), "ok"));
        }
        final CpuShares cpu = CpuShares.start();
        final long begin = System.nanoTime();
        for (int member = 0; member < INTAKE_MEMBERS; member++) {
            final long due = waitForSlot(begin, member, INTAKE_RATE);
            sentAt.put("D" + prefix + member, due);
            slack.postAsync(bodies.get(member), true);
        }
        if (!answered.await(2, TimeUnit.MINUTES)) {
            throw new AssertionError("only " + (INTAKE_MEMBERS - answered.getCount()) + " intake steps answered");
        }
        final double seconds = (System.nanoTime() - begin) / 1e9;
        if (!report) {
            return p99Millis(steps);
        }
        System.out.println("Slack Web API calls during the intake phase: " + methods);
        System.out.println(cpu.report());
        final List<Long> sorted = new ArrayList<>(steps);
        Collections.sort(sorted);
        BenchReport.figure("intake_step_p50_ms", round(sorted.get(sorted.size() / 2) / 1e6), "ms");
        BenchReport.figure("intake_answers_per_s", round(INTAKE_MEMBERS / seconds), "answers/s");
        return p99Millis(steps);
    }

    /** Parks until the {@code index}-th slot of a steady {@code rate} per second from {@code begin}; returns it. */
    private static long waitForSlot(final long begin, final int index, final int rate) {
        final long due = begin + index * (1_000_000_000L / rate);
        // park rather than spin: the machine has two cores
        for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
        return due;
    }

    private static double round(final double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static double p99Millis(final List<Long> nanos) {
        final List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1_000_000.0;
    }
}
