package io.followupbot.delivery;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * How one dispatcher works.
 *
 * @param instanceId names this process in {@code plan_steps.claimed_by}; unique per running instance
 * @param lease how long a claim holds unless renewed; a live runner renews it every third of the lease, and a
 *     claim whose lease ran out is taken to be a dead runner's and is sent again
 * @param batchSize how many due steps one claim takes (1 to 1000)
 * @param pollInterval how long the background poller sleeps when there is no due work
 * @param retry the backoff of passing failures
 */
public record DispatcherSettings(String instanceId, Duration lease, int batchSize, Duration pollInterval,
                                 RetryPolicy retry) {

    public DispatcherSettings {
        Objects.requireNonNull(instanceId, "instanceId");
        if (instanceId.isBlank() || instanceId.length() > 64) {
            throw new IllegalArgumentException("instanceId must have 1 to 64 characters");
        }
        Objects.requireNonNull(lease, "lease");
        if (lease.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("the lease must be at least a second");
        }
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("batchSize must be 1 to 1000");
        }
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive");
        }
        Objects.requireNonNull(retry, "retry");
    }

    /**
     * A 30-second lease (renewed while a batch goes on, so a dead instance's claims are free within half a minute),
     * batches of 100, polls every 5 seconds, the standard backoff.
     */
    public static DispatcherSettings standard(final String instanceId) {
        return new DispatcherSettings(instanceId, Duration.ofSeconds(30), 100, Duration.ofSeconds(5),
                RetryPolicy.standard());
    }

    /**
     * The instance id an operator gave ({@code FOLLOWUP_INSTANCE_ID}, or {@code DYNO} where the platform sets a
     * stable name per process): it survives a restart, so the restarted process takes its claims back at once.
     * It must differ between instances running at the same time. Without one, a generated id.
     */
    public static String instanceIdFrom(final java.util.Map<String, String> environment) {
        for (final String name : java.util.List.of("FOLLOWUP_INSTANCE_ID", "DYNO")) {
            final String given = environment.getOrDefault(name, "").strip();
            if (!given.isEmpty()) {
                return given.length() <= 64 ? given : given.substring(0, 64);
            }
        }
        return generatedInstanceId();
    }

    /** An instance id from the JVM ({@code pid@host}) and a random suffix, for a process that restarts. */
    public static String generatedInstanceId() {
        final String jvm = ManagementFactory.getRuntimeMXBean().getName();
        final String id = jvm + "-" + UUID.randomUUID().toString().substring(0, 8);
        return id.length() <= 64 ? id : id.substring(id.length() - 64);
    }

    public DispatcherSettings withBatchSize(final int newBatchSize) {
        return new DispatcherSettings(instanceId, lease, newBatchSize, pollInterval, retry);
    }

    public DispatcherSettings withLease(final Duration newLease) {
        return new DispatcherSettings(instanceId, newLease, batchSize, pollInterval, retry);
    }

    public DispatcherSettings withInstanceId(final String newInstanceId) {
        return new DispatcherSettings(newInstanceId, lease, batchSize, pollInterval, retry);
    }
}
