package io.followupbot.discord;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the engine work of interactions off JDA's gateway thread (so heartbeats never wait on the database),
 * one lane per user: a member's inputs are handled in the order they arrived, different members in parallel.
 */
final class Lanes implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Lanes.class);

    private final ExecutorService[] lanes;

    Lanes(final int count) {
        lanes = new ExecutorService[count];
        for (int index = 0; index < count; index++) {
            final String name = "discord-lane-" + index;
            lanes[index] = Executors.newSingleThreadExecutor(runnable -> {
                final Thread thread = new Thread(runnable, name);
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    void run(final String userId, final Runnable work) {
        lanes[Math.floorMod(userId.hashCode(), lanes.length)].execute(() -> {
            try {
                work.run();
            } catch (final RuntimeException failure) {
                LOG.error("a Discord interaction failed: {}", failure.getClass().getSimpleName(), failure);
            }
        });
    }

    @Override
    public void close() {
        for (final ExecutorService lane : lanes) {
            lane.shutdown();
        }
        for (final ExecutorService lane : lanes) {
            try {
                if (!lane.awaitTermination(5, TimeUnit.SECONDS)) {
                    lane.shutdownNow();
                }
            } catch (final InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                lane.shutdownNow();
            }
        }
    }
}
