package io.followupbot.cli;

import io.followupbot.Application;
import io.followupbot.config.BotConfig;
import io.followupbot.store.StoreException;
import io.followupbot.web.WebServer;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;

/** Starts the bot and keeps it running until the process is told to stop. */
@CommandLine.Command(name = "run", mixinStandardHelpOptions = true,
        description = "Start every platform whose credentials are set; with none, the local web chat.")
public final class RunCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ConfigOption config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--exit-when-ready", hidden = true,
            description = "stop as soon as the bot is ready (a training run for a class-data archive)")
    boolean exitWhenReady;

    public RunCommand(final Map<String, String> environment) {
        this.config = new ConfigOption(environment);
    }

    @Override
    public Integer call() {
        final Optional<BotConfig> loaded = config.loadOrExplain(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return 1;
        }
        final Application application;
        try {
            application = Application.start(loaded.get(), Clock.systemDefaultZone());
        } catch (final StoreException | WebServer.PortInUseException failure) {
            spec.commandLine().getErr().println(failure.getMessage());
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
