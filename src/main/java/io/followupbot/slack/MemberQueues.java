package io.followupbot.slack;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work after an ack: inputs of one member run one after another in arrival order (two quick DMs must
 * reach the intake in the order they were typed), different members in parallel on a small pool.
 */
final class MemberQueues implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MemberQueues.class);

    private final ExecutorService pool;
    private final ConcurrentMap<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    MemberQueues(final int threads) {
        final AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    final Thread thread = new Thread(task, "slack-work-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    void submit(final String member, final Runnable work) {
        tails.compute(member, (key, tail) -> {
            final CompletableFuture<Void> previous = tail == null ? CompletableFuture.completedFuture(null) : tail;
            final CompletableFuture<Void> next = previous.thenRunAsync(() -> run(work), pool);
            next.whenComplete((ignored, failure) -> tails.remove(key, next));
            return next;
        });
    }

    private static void run(final Runnable work) {
        try {
            work.run();
        } catch (final RuntimeException failure) {
            LOG.error("Slack work failed: {}", failure.getClass().getSimpleName(), failure);
        }
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (final InterruptedException interrupted) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
