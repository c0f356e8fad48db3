package io.followupbot.cli;

import io.followupbot.config.BotConfig;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** Validates {@code bot-config.yml} and the environment, and says what {@code run} would start. */
@CommandLine.Command(name = "check-config", mixinStandardHelpOptions = true,
        description = "Validate bot-config.yml and the environment; print what `run` would start (never a secret).")
public final class CheckConfigCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ConfigOption config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public CheckConfigCommand(final Map<String, String> environment) {
        this.config = new ConfigOption(environment);
    }

    @Override
    public Integer call() {
        final Optional<BotConfig> loaded = config.loadOrExplain(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return 1;
        }
        spec.commandLine().getOut().println(config.file() + " is valid.");
        loaded.get().describe().forEach(line -> spec.commandLine().getOut().println("  " + line));
        return 0;
    }
}
