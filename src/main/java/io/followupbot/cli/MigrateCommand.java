package io.followupbot.cli;

import io.followupbot.config.BotConfig;
import io.followupbot.store.Database;
import io.followupbot.store.StoreException;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/** Brings the database schema up to date and exits. */
@CommandLine.Command(name = "migrate", description = "Create or update the database schema, then exit.")
public final class MigrateCommand extends ConfiguredCommand {

    public MigrateCommand(final Map<String, String> environment) {
        super(environment);
    }

    @Override
    int run(final BotConfig loaded, final PrintWriter out, final PrintWriter err) {
        try (Database database = Database.open(loaded.database())) {
            final int applied = database.migrate();
            out.println("Database " + loaded.database().describe() + " is up to date ("
                    + applied + " migration" + (applied == 1 ? "" : "s") + " applied).");
            return 0;
        } catch (final StoreException failure) {
            err.println(failure.getMessage());
            return 1;
        }
    }
}
