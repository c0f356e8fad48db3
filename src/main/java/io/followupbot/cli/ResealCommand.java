package io.followupbot.cli;

import io.followupbot.config.BotConfig;
import io.followupbot.config.Encryption;
import io.followupbot.sealing.FieldKey;
import io.followupbot.sealing.SealingException;
import io.followupbot.sealing.TokenSeal;
import io.followupbot.store.Database;
import io.followupbot.store.StoreException;
import io.followupbot.store.sealing.Reseal;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;

/**
 * Seals every member's data under the current key, {@code FOLLOWUP_ENCRYPTION_KEY}, opening what older keys
 * sealed with {@code FOLLOWUP_ENCRYPTION_OLD_KEYS}; afterwards the old keys are no longer needed. Safe to run
 * while the bot runs with the same two variables, and to run again after a crash.
 */
@CommandLine.Command(name = "reseal",
        description = {"Seal all member data under FOLLOWUP_ENCRYPTION_KEY, opening what older keys sealed with "
                + "FOLLOWUP_ENCRYPTION_OLD_KEYS (comma-separated); afterwards only the new key is needed.",
            "Values stored in the clear are sealed too. Safe to run again after an interruption."})
public final class ResealCommand extends ConfiguredCommand {

    private static final int BATCH = 500;

    @CommandLine.Option(names = "--in-the-clear",
            description = "without FOLLOWUP_ENCRYPTION_KEY: open everything with the old keys and store it in the clear")
    boolean inTheClear;

    public ResealCommand(final Map<String, String> environment) {
        super(environment);
    }

    @Override
    int run(final BotConfig loaded, final PrintWriter out, final PrintWriter err) {
        final BotConfig.Database settings = loaded.database();
        if (settings.encryption().on() == inTheClear) {
            err.println(inTheClear ? "--in-the-clear: unset " + Encryption.KEY + " first"
                    : Encryption.KEY + " is not set: set it to the new key, and " + Encryption.OLD_KEYS
                    + " to the old ones (or use --in-the-clear to store member data unsealed)");
            return 1;
        }
        try (Database database = Database.open(settings)) {
            database.migrate();
            final Reseal reseal = new Reseal(database.jdbi(), database.isPostgres(), BATCH,
                    new TokenSeal(settings.encryption().tokenKey(loaded.slack().tokenEncryptionKey()),
                            settings.encryption().oldKeys()));
            reseal.run(done -> out.println(done.table() + ": " + done.rewritten() + " of " + done.rows()
                    + " rows rewritten"));
            out.println(inTheClear ? "Member data is stored in the clear; no key is needed any more."
                    : "Member data is sealed under key id " + FieldKey.derive(settings.encryption().key()).id()
                    + "; the old keys are no longer needed.");
            return 0;
        } catch (final StoreException | SealingException failure) {
            err.println(failure.getMessage());
            return 1;
        }
    }
}
