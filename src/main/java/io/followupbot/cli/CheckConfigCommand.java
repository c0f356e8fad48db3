package io.followupbot.cli;

import io.followupbot.config.BotConfig;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/** Validates {@code bot-config.yml} and the environment, and says what {@code run} would start. */
@CommandLine.Command(name = "check-config",
        description = "Validate bot-config.yml and the environment; print what `run` would start (never a secret).")
public final class CheckConfigCommand extends ConfiguredCommand {

    public CheckConfigCommand(final Map<String, String> environment) {
        super(environment);
    }

    @Override
    int run(final BotConfig loaded, final PrintWriter out, final PrintWriter err) {
        out.println(config.file() + " is valid.");
        loaded.describe().forEach(line -> out.println("  " + line));
        return 0;
    }
}
