package io.followupbot.store;

import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * On SQLite, the transactions of this process take turns on a lock before they begin. SQLite allows one
 * writer at a time, and a writer that finds the file locked waits in SQLite's busy handler, which sleeps in
 * steps of up to 100 ms: under load, those sleeps were most of an answer's time. Queuing in Java instead
 * hands the lock over as soon as it is free. Other processes on the same file still meet the busy timeout.
 */
final class SerialisedWrites extends DelegatingTransactionHandler {

    private final ReentrantLock lock;

    SerialisedWrites(final TransactionHandler delegate) {
        this(delegate, new ReentrantLock());
    }

    private SerialisedWrites(final TransactionHandler delegate, final ReentrantLock lock) {
        super(delegate);
        this.lock = lock;
    }

    @Override
    public TransactionHandler specialize(final Handle handle) throws SQLException {
        return new SerialisedWrites(getDelegate().specialize(handle), lock);
    }

    @Override
    public <R, X extends Exception> R inTransaction(final Handle handle, final HandleCallback<R, X> callback)
            throws X {
        lock.lock();
        try {
            return super.inTransaction(handle, callback);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <R, X extends Exception> R inTransaction(final Handle handle, final TransactionIsolationLevel level,
                                                    final HandleCallback<R, X> callback) throws X {
        lock.lock();
        try {
            return super.inTransaction(handle, level, callback);
        } finally {
            lock.unlock();
        }
    }
}
