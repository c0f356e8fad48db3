package io.followupbot.cli;

import io.followupbot.Application;
import io.followupbot.config.BotConfig;
import io.followupbot.store.StoreException;
import io.followupbot.web.WebServer;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;

/** Starts the bot and keeps it running until the process is told to stop. */
@CommandLine.Command(name = "run",
        description = "Start every platform whose credentials are set; with none, the local web chat.")
public final class RunCommand extends ConfiguredCommand {

    @CommandLine.Option(names = "--exit-when-ready", hidden = true,
            description = "stop as soon as the bot is ready (a training run for a class-data archive)")
    boolean exitWhenReady;

    public RunCommand(final Map<String, String> environment) {
        super(environment);
    }

    @Override
    int run(final BotConfig loaded, final PrintWriter out, final PrintWriter err) {
        final Application application;
        try {
            application = Application.start(loaded, Clock.systemDefaultZone());
        } catch (final StoreException | WebServer.PortInUseException failure) {
            err.println(failure.getMessage());
            return 1;
        }
        if (exitWhenReady) {
            application.close();
            return 0;
        }
        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            application.close();
            stopped.countDown();
        }, "shutdown"));
        try {
            stopped.await();
        } catch (final InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
