package io.followupbot.cli;

import io.followupbot.config.BotConfig;
import io.followupbot.store.Database;
import io.followupbot.store.StoreException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** Brings the database schema up to date and exits. */
@CommandLine.Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Create or update the database schema, then exit.")
public final class MigrateCommand implements Callable<Integer> {

    @CommandLine.Mixin
    ConfigOption config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public MigrateCommand(final Map<String, String> environment) {
        this.config = new ConfigOption(environment);
    }

    @Override
    public Integer call() {
        final Optional<BotConfig> config = this.config.loadOrExplain(spec.commandLine().getErr());
        if (config.isEmpty()) {
            return 1;
        }
        try {
            final BotConfig loaded = config.get();
            try (Database database = Database.open(loaded.database())) {
                final int applied = database.migrate();
                spec.commandLine().getOut().println("Database " + loaded.database().describe() + " is up to date ("
                        + applied + " migration" + (applied == 1 ? "" : "s") + " applied).");
            }
            return 0;
        } catch (final StoreException failure) {
            spec.commandLine().getErr().println(failure.getMessage());
            return 1;
        }
    }
}
