package io.followupbot.cli;

import io.followupbot.config.BotConfig;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * A command that reads {@code bot-config.yml} (the {@code --config} option, with {@code --help} and {@code --version}):
 * it runs with the configuration loaded, or exits with 1 after one line saying what is wrong with the file.
 */
@CommandLine.Command(mixinStandardHelpOptions = true)
abstract class ConfiguredCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ConfigOption config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    ConfiguredCommand(final Map<String, String> environment) {
        this.config = new ConfigOption(environment);
    }

    @Override
    public final Integer call() {
        final PrintWriter err = spec.commandLine().getErr();
        final Optional<BotConfig> loaded = config.loadOrExplain(err);
        if (loaded.isEmpty()) {
            return 1;
        }
        return run(loaded.get(), spec.commandLine().getOut(), err);
    }

    /** The command's work with the configuration loaded: its exit status. */
    abstract int run(BotConfig loaded, PrintWriter out, PrintWriter err);
}
