package io.followupbot.cli;

import io.followupbot.config.BotConfig;
import io.followupbot.config.ConfigException;
import java.io.PrintWriter;
import java.util.Optional;
import io.followupbot.config.ConfigLoader;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/** The {@code --config} option every command that reads {@code bot-config.yml} shares. */
public final class ConfigOption {

    @CommandLine.Option(names = {"-c", "--config"}, paramLabel = "FILE", defaultValue = "bot-config.yml",
            description = "the configuration file (default: ${DEFAULT-VALUE})")
    Path file = Path.of("bot-config.yml");

    private final Map<String, String> environment;

    public ConfigOption(final Map<String, String> environment) {
        this.environment = environment;
    }

    public BotConfig load() {
        return new ConfigLoader(environment).load(file);
    }

    /** The configuration, or empty after explaining in one line what is wrong with it. */
    public Optional<BotConfig> loadOrExplain(final PrintWriter err) {
        try {
            return Optional.of(load());
        } catch (final ConfigException invalid) {
            err.println(file + ": " + invalid.getMessage());
            return Optional.empty();
        }
    }

    public Path file() {
        return file;
    }
}
