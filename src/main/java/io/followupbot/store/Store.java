package io.followupbot.store;

import io.followupbot.config.BotConfig;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/**
 * The bot's access to its data. Every unit of work runs in one transaction on one connection: it
 * commits whole or, when it throws, leaves nothing behind.
 */
public final class Store {

    private final Jdbi jdbi;
    private final Clock clock;
    private final BotConfig.Defaults defaults;

    public Store(final Jdbi jdbi, final Clock clock, final BotConfig.Defaults defaults) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.defaults = defaults;
    }

    public <T> T inTransaction(final Function<StoreSession, T> work) {
        return jdbi.inTransaction(handle -> work.apply(new StoreSession(handle, clock, defaults)));
    }

    /**
     * Reads outside a transaction: each statement sees committed data, and no write lock is taken, so reads
     * never queue behind writers. For work that only reads.
     */
    public <T> T read(final Function<StoreSession, T> work) {
        return jdbi.withHandle(handle -> work.apply(new StoreSession(handle, clock, defaults)));
    }

    public void useTransaction(final Consumer<StoreSession> work) {
        jdbi.useTransaction(handle -> work.accept(new StoreSession(handle, clock, defaults)));
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Clock clock() {
        return clock;
    }

    public BotConfig.Defaults defaults() {
        return defaults;
    }
}
