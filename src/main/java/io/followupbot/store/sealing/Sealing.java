package io.followupbot.store.sealing;

import io.followupbot.sealing.FieldCipher;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * The field cipher of a database, kept in its Jdbi configuration: every store class that has a handle or the
 * {@link Jdbi} reaches it there, so no constructor has to pass it along. Set once, when the database opens.
 */
public final class Sealing implements JdbiConfig<Sealing> {

    private FieldCipher cipher = FieldCipher.off();

    public Sealing() {
        // Jdbi creates the root configuration with this constructor
    }

    private Sealing(final Sealing other) {
        this.cipher = other.cipher;
    }

    public static FieldCipher of(final Handle handle) {
        return handle.getConfig(Sealing.class).cipher;
    }

    public static FieldCipher of(final Jdbi jdbi) {
        return jdbi.getConfig(Sealing.class).cipher;
    }

    /** Seals and opens this database's member data with {@code cipher} from now on. */
    public static void use(final Jdbi jdbi, final FieldCipher cipher) {
        jdbi.getConfig(Sealing.class).cipher = cipher;
    }

    @Override
    public Sealing createCopy() {
        return new Sealing(this);
    }
}
