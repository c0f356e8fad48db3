package io.followupbot.delivery;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A run repeated on its own daemon thread, the next one {@code every} after the last ended, until closed: the weekly
 * digests and retention. A run that throws is the run's own business ({@code run} catches and logs), so the next
 * one still comes.
 */
public final class BackgroundRuns implements AutoCloseable {

    private final ScheduledExecutorService timer;

    private BackgroundRuns(final ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Starts the runs on a thread named {@code threadName}: the first after {@code first}, then {@code every}. */
    public static BackgroundRuns start(final String threadName, final Duration first, final Duration every,
                                       final Runnable run) {
        final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            final Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(run, first.toSeconds(), every.toSeconds(), TimeUnit.SECONDS);
        return new BackgroundRuns(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
