package io.followupbot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU time spent by each group of threads (named alike, numbers dropped) between {@link #start()} and
 * {@link #report()}: in a benchmark where the bot, the emulator and the load generator share one JVM and two
 * cores, it tells whose CPU a latency figure is made of.
 */
public final class CpuShares {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> before = new HashMap<>();
    private long wallStart;
    private long processStart;
    private long gcStart;
    private long jitStart;

    public static CpuShares start() {
        final CpuShares shares = new CpuShares();
        shares.wallStart = System.nanoTime();
        shares.processStart = processCpu();
        shares.gcStart = gcMillis();
        shares.jitStart = jitMillis();
        for (final long id : THREADS.getAllThreadIds()) {
            final long cpu = THREADS.getThreadCpuTime(id);
            if (cpu >= 0) {
                shares.before.put(id, cpu);
            }
        }
        return shares;
    }

    /** CPU milliseconds per thread group since start, largest first (threads that ended are not counted). */
    public Map<String, Long> millisByGroup() {
        final Map<String, Long> groups = new HashMap<>();
        for (final ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            final long cpu = THREADS.getThreadCpuTime(info.getThreadId());
            if (cpu < 0) {
                continue;
            }
            final long spent = cpu - before.getOrDefault(info.getThreadId(), 0L);
            groups.merge(group(info.getThreadName()), spent / 1_000_000, Long::sum);
        }
        return groups.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** One line: wall time, the process's CPU (garbage collection and the JIT included), then CPU ms per group. */
    public String report() {
        final long wall = (System.nanoTime() - wallStart) / 1_000_000;
        final long process = (processCpu() - processStart) / 1_000_000;
        final Map<String, Long> groups = millisByGroup();
        final long threads = groups.values().stream().mapToLong(Long::longValue).sum();
        return String.format(Locale.ROOT, "CPU over %d ms wall: process %d ms (%.2f cores), of which Java threads"
                + " %d ms, GC and JIT %d ms (collections took %d ms, compilations %d ms); by thread group %s", wall,
                process, wall == 0 ? 0.0 : (double) process / wall, threads, process - threads, gcMillis() - gcStart,
                jitMillis() - jitStart, groups);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(bean -> Math.max(0, bean.getCollectionTime())).sum();
    }

    private static long jitMillis() {
        final var compiler = ManagementFactory.getCompilationMXBean();
        return compiler != null && compiler.isCompilationTimeMonitoringSupported() ? compiler.getTotalCompilationTime() : 0;
    }

    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0L;
    }

    static String group(final String threadName) {
        return threadName.replaceAll("\\d+", "#");
    }
}
