package io.followupbot.faults;

import io.followupbot.Application;
import io.followupbot.chat.Outbound;
import io.followupbot.config.BotConfig;
import io.followupbot.config.ConfigLoader;
import io.followupbot.delivery.Dispatcher;
import io.followupbot.delivery.DispatcherSettings;
import io.followupbot.delivery.Nudge;
import io.followupbot.delivery.NudgeRenderer;
import io.followupbot.delivery.SendResult;
import io.followupbot.delivery.UnreachableNotifier;
import io.followupbot.store.Database;
import io.followupbot.store.DeliveryStore;
import io.followupbot.testkit.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bot process for the crash tests, started in its own JVM and killed with SIGKILL.
 * {@code serve DB PORTFILE}: the application with the web chat. {@code dispatch DB SENTLOG NOW N}: a
 * dispatcher whose sender records each send durably, then hangs forever after N sends (mid-batch).
 */
public final class ChildBot {

    private ChildBot() {
    }

    public static void main(final String[] args) throws Exception {
        if (args[0].equals("serve")) {
            serve(Path.of(args[1]), Path.of(args[2]));
        } else if (args[0].equals("deliver")) {
            deliver(Path.of(args[1]), Path.of(args[2]), args[3], java.time.ZoneId.of(args[4]), Long.parseLong(args[5]));
        } else {
            dispatch(Path.of(args[1]), Path.of(args[2]), Instant.parse(args[3]), Integer.parseInt(args[4]));
        }
    }

    private static void serve(final Path database, final Path portFile) throws Exception {
        final BotConfig config = new ConfigLoader(Map.of()).parse(
                "database:\n  url: jdbc:sqlite:" + database + "\nweb:\n  port: 0\n", "child");
        final Application application = Application.start(config, Clock.systemUTC());
        Files.writeString(portFile, Integer.toString(application.webPort()), StandardCharsets.UTF_8);
        Thread.currentThread().join();
    }

    private static void dispatch(final Path database, final Path sentLog, final Instant now, final int hangAfter)
            throws Exception {
        final Database opened = Database.openAndMigrate(TestDatabases.sqlite(database.getParent()));
        final Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        final AtomicInteger sends = new AtomicInteger();
        final NudgeRenderer renderer = (step, interview, member) -> new Nudge(step.id(), member.id(), member.key(),
                member.dmChannel(), interview.id(), interview.number(), step.kind(), step.key(), step.recipient(),
                Outbound.text("nudge " + step.id()));
        final Dispatcher dispatcher = new Dispatcher(new DeliveryStore(TestDatabases.store(opened, clock), false),
                renderer, nudge -> {
                    append(sentLog, nudge.stepId());
                    if (sends.incrementAndGet() >= hangAfter) {
                        hangForever();
                    }
                    return SendResult.delivered();
                }, UnreachableNotifier.NONE, clock,
                DispatcherSettings.standard("child").withBatchSize(500).withLease(Duration.ofMinutes(5)));
        while (true) {
            dispatcher.runOnce();
        }
    }

    /**
     * {@code deliver DB SENTLOG INSTANCE ZONE DELAY_MS}: the dispatcher as the bot runs it (real clock, standard
     * settings, background poller) under this instance id; each send takes DELAY_MS (a platform's answer) and is
     * recorded durably. Runs until killed.
     */
    private static void deliver(final Path database, final Path sentLog, final String instance,
                                final java.time.ZoneId zone, final long delayMillis) throws Exception {
        final Database opened = Database.openAndMigrate(TestDatabases.sqlite(database.getParent()));
        final Clock clock = Clock.systemUTC();
        final NudgeRenderer renderer = (step, interview, member) -> new Nudge(step.id(), member.id(), member.key(),
                member.dmChannel(), interview.id(), interview.number(), step.kind(), step.key(), step.recipient(),
                Outbound.text("nudge " + step.id()));
        final Dispatcher dispatcher = new Dispatcher(new DeliveryStore(KillRuns.store(opened, clock, zone), false),
                renderer, nudge -> {
                    java.util.concurrent.locks.LockSupport.parkNanos(delayMillis * 1_000_000L);
                    append(sentLog, nudge.stepId() + " " + System.currentTimeMillis());
                    return SendResult.delivered();
                }, UnreachableNotifier.NONE, clock, DispatcherSettings.standard(instance));
        dispatcher.start();
        Thread.currentThread().join();
    }

    private static void append(final Path log, final String line) {
        try {
            Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (final IOException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static void hangForever() {
        try {
            Thread.currentThread().join();
        } catch (final InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
