package io.followupbot.chat;

import java.util.concurrent.CompletionException;
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
 * The work of a chat adapter after it acknowledged an input, off the platform's own threads: a member's
 * inputs one after another in arrival order ({@link MemberOrder}), different members in parallel. An input
 * may run in three stages: asking the platform (the member's time zone) on the network pool, the engine on a
 * small pool of its own (the engine is database-bound, and more SQLite writers than this only queue on the
 * write lock), and posting the reply on the network pool again, so a slow platform never holds up the engine.
 */
public final class MemberLanes implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MemberLanes.class);

    private final String name;
    private final ExecutorService network;
    private final ExecutorService engine;
    private final MemberOrder order = new MemberOrder();

    /** @param name the platform, for thread names and the log ("slack", "discord") */
    public MemberLanes(final String name, final int networkThreads, final int engineThreads) {
        this.name = name;
        this.network = pool(name + "-net-", networkThreads);
        this.engine = pool(name + "-engine-", engineThreads);
    }

    private static ExecutorService pool(final String prefix, final int threads) {
        final AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            final Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One input of a member: {@code prepare} and {@code deliver} talk to the platform, {@code decide} runs the engine. */
    public <T, R> void submit(final String member, final Supplier<T> prepare, final Function<T, R> decide,
                              final Consumer<R> deliver) {
        order.append(member, previous -> previous
                        .thenApplyAsync(ignored -> prepare.get(), network)
                        .thenApplyAsync(decide, engine)
                        .thenAcceptAsync(deliver, network))
                .exceptionally(this::failed);
    }

    /** Work of a member that is the engine and platform calls of its own (a button, a form, the home tab). */
    public void submit(final String member, final Runnable work) {
        order.append(member, previous -> previous.thenRunAsync(work, network)).exceptionally(this::failed);
    }

    private Void failed(final Throwable failure) {
        if (failure.getCause() instanceof RejectedExecutionException || failure instanceof RejectedExecutionException) {
            LOG.debug("an input was dropped: the {} adapter is stopping", name);
        } else {
            final Throwable cause = failure instanceof CompletionException
                    && failure.getCause() != null ? failure.getCause() : failure;
            LOG.error("{} work failed: {}", name, cause.getClass().getSimpleName(), cause);
        }
        return null;
    }

    @Override
    public void close() {
        for (final ExecutorService executor : new ExecutorService[] {network, engine}) {
            executor.shutdown();
        }
        for (final ExecutorService executor : new ExecutorService[] {network, engine}) {
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
