package io.followupbot.delivery;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** What a dispatcher has done since it started, for the metrics: plain counters, no metrics library here. */
public final class DeliveryCounters {

    private final LongAdder sent = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder retried = new LongAdder();
    private final Map<String, LongAdder> platformErrors = new ConcurrentHashMap<>();

    void add(final DispatchReport report) {
        sent.add(report.delivered());
        failed.add(report.failed());
        retried.add(report.retried());
    }

    /** A platform refused or failed a nudge: {@code retry_later}, {@code permanent} or {@code exception}. */
    void platformError(final String kind) {
        platformErrors.computeIfAbsent(kind, ignored -> new LongAdder()).increment();
    }

    public long sent() {
        return sent.sum();
    }

    public long failed() {
        return failed.sum();
    }

    public long retried() {
        return retried.sum();
    }

    public long platformErrors(final String kind) {
        final LongAdder count = platformErrors.get(kind);
        return count == null ? 0 : count.sum();
    }
}
