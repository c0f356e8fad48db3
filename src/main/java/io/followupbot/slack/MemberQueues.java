package io.followupbot.slack;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work after an ack: inputs of one member run one after another in arrival order (two quick DMs must
 * reach the intake in the order they were typed), different members in parallel. Each input runs in three
 * stages: asking Slack (the member's time zone) on the network pool, the engine on a small pool of its own
 * (the engine is database-bound, and more SQLite writers than this only queue on the write lock), and
 * posting the reply on the network pool again, so a slow Slack never holds up the engine.
 */
final class MemberQueues implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MemberQueues.class);

    private final ExecutorService pool;
    private final ExecutorService enginePool;
    private final ConcurrentMap<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    MemberQueues(final int networkThreads, final int engineThreads) {
        this.pool = pool("slack-net-", networkThreads);
        this.enginePool = pool("slack-engine-", engineThreads);
    }

    private static ExecutorService pool(final String name, final int threads) {
        final AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            final Thread thread = new Thread(task, name + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One input of a member: {@code prepare} and {@code deliver} talk to Slack, {@code decide} runs the engine. */
    <T, R> void submit(final String member, final Supplier<T> prepare, final Function<T, R> decide,
                       final Consumer<R> deliver) {
        tails.compute(member, (key, tail) -> {
            final CompletableFuture<Void> previous = tail == null ? CompletableFuture.completedFuture(null) : tail;
            final CompletableFuture<Void> next = previous
                    .thenApplyAsync(ignored -> prepare.get(), pool)
                    .thenApplyAsync(decide, enginePool)
                    .thenAcceptAsync(deliver, pool)
                    .exceptionally(failure -> {
                        if (failure.getCause() instanceof RejectedExecutionException) {
                            LOG.debug("an input was dropped: the Slack adapter is stopping");
                        } else {
                            LOG.error("Slack work failed: {}", failure.getClass().getSimpleName(), failure);
                        }
                        return null;
                    });
            next.whenComplete((ignored, failure) -> tails.remove(key, next));
            return next;
        });
    }

    /** Work that is only the engine and Slack calls of its own (home tab, settings). */
    void submit(final String member, final Runnable work) {
        submit(member, () -> null, ignored -> null, ignored -> work.run());
    }

    @Override
    public void close() {
        for (final ExecutorService executor : new ExecutorService[] {pool, enginePool}) {
            executor.shutdown();
            try {
                if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                    executor.shutdownNow();
                }
            } catch (final InterruptedException interrupted) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }
}
