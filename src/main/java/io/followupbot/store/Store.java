package io.followupbot.store;

import io.followupbot.config.BotConfig;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's access to its data. Every unit of work runs in one transaction on one connection: it
 * commits whole or, when it throws, leaves nothing behind.
 */
public final class Store {

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final BotConfig.Defaults defaults;
    /**
     * How many committed transactions wrote each member's interviews since the start (in memory only): what an
     * adapter needs to know whether a view of them (Slack's App Home) has gone stale. Ids are random, so an
     * entry left by a forgotten member says nothing about them.
     */
    private final ConcurrentHashMap<String, Long> interviewRevisions = new ConcurrentHashMap<>();

    public Store(final Jdbi jdbi, final Clock clock, final BotConfig.Defaults defaults) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.defaults = defaults;
    }

    /** The store on an opened, migrated database. */
    public static Store on(final Database database, final Clock clock, final BotConfig.Defaults defaults) {
        return new Store(database.jdbi(), clock, defaults);
    }

    public <T> T inTransaction(final Function<StoreSession, T> work) {
        final StoreSession[] used = new StoreSession[1];
        final T result = jdbi.inTransaction(handle -> {
            used[0] = new StoreSession(handle, clock, defaults);
            return work.apply(used[0]);
        });
        afterCommit(used[0]);
        return result;
    }

    /**
     * Reads outside a transaction: each statement sees committed data, and no write lock is taken, so reads
     * never queue behind writers. For work that only reads.
     */
    public <T> T read(final Function<StoreSession, T> work) {
        return jdbi.withHandle(handle -> work.apply(new StoreSession(handle, clock, defaults)));
    }

    public void useTransaction(final Consumer<StoreSession> work) {
        inTransaction(session -> {
            work.accept(session);
            return null;
        });
    }

    /**
     * After forget-me commits, on SQLite: the WAL is checkpointed into the file (whose deleted cells
     * {@code secure_delete} zeroed) and truncated, so the member's bytes are neither in the WAL nor in the file.
     * On PostgreSQL the rows went in the transaction itself.
     */
    private void afterCommit(final StoreSession session) {
        if (session != null) {
            session.interviewsChanged().forEach(member -> interviewRevisions.merge(member, 1L, Long::sum));
        }
        if (session == null || !session.forgotSomeone()) {
            return;
        }
        try {
            jdbi.useHandle(handle -> {
                if (!handle.getConnection().getMetaData().getURL().startsWith("jdbc:sqlite:")) {
                    return;
                }
                final int busy = handle.createQuery("PRAGMA wal_checkpoint(TRUNCATE)").mapTo(Integer.class).first();
                if (busy != 0) {
                    LOG.warn("forget-me: the WAL could not be truncated now (readers were busy); it will be at the "
                            + "next checkpoint");
                }
            });
        } catch (final java.sql.SQLException | RuntimeException failure) {
            LOG.warn("forget-me: the WAL could not be checkpointed: {}", Database.rootMessage(failure));
        }
    }

    /** Changes whenever a committed transaction wrote the member's interviews, events or plans. */
    public long interviewRevision(final String memberId) {
        return interviewRevisions.getOrDefault(memberId, 0L);
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
