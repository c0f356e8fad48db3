package io.followupbot.chat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One member's work in the order it arrived, different members' in parallel: two quick DMs reach the intake
 * in the order they were typed, and their replies go out in that order. Each member has a line; work joins
 * the end of it and starts when the work before it finished (whether it succeeded or failed). A member with
 * nothing waiting holds no memory.
 *
 * <p>The one ordering mechanism of the bot: the engine runs each input {@linkplain #run in order} on the
 * caller's thread, and the adapters that answer off their platform's threads ({@code MemberLanes}) queue
 * a member's inputs {@linkplain #append asynchronously}.
 */
public final class MemberOrder {

    private static final CompletableFuture<Void> IDLE = CompletableFuture.completedFuture(null);

    /** The end of each member's line: completes (never exceptionally) when their latest work is over. */
    private final ConcurrentMap<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    /**
     * Appends asynchronous work to the member's line. {@code work} gets a future that completes when the
     * member's earlier work is over and returns the stages it chains on it; the next work of the member waits
     * for those stages to finish. Returns them, to see how they ended.
     */
    public <T> CompletableFuture<T> append(final String member,
                                           final Function<CompletableFuture<Void>, CompletableFuture<T>> work) {
        final CompletableFuture<Void> done = new CompletableFuture<>();
        final CompletableFuture<Void> previous = join(member, done);
        final CompletableFuture<T> stages;
        try {
            stages = work.apply(previous);
        } catch (final RuntimeException failure) {
            leave(member, done);
            throw failure;
        }
        stages.whenComplete((result, failure) -> leave(member, done));
        return stages;
    }

    /** Runs {@code work} on the calling thread once the member's earlier work is over; later work waits for it. */
    public <T> T run(final String member, final Supplier<T> work) {
        final CompletableFuture<Void> done = new CompletableFuture<>();
        final CompletableFuture<Void> previous = join(member, done);
        try {
            previous.join();
            return work.get();
        } finally {
            leave(member, done);
        }
    }

    /** How many members have work waiting or running (for tests and diagnostics). */
    public int busyMembers() {
        return tails.size();
    }

    private CompletableFuture<Void> join(final String member, final CompletableFuture<Void> done) {
        final CompletableFuture<Void> before = tails.put(member, done);
        return before == null ? IDLE : before;
    }

    private void leave(final String member, final CompletableFuture<Void> done) {
        done.complete(null);
        tails.remove(member, done);
    }
}
