package io.followupbot.bench;

import io.followupbot.dates.LooseDateParser;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reading one typed date: every phrase of the date corpora (the grammar's own, the blind one and Duckling's examples),
 * read as an interview time and as a decision date, after a warm-up; the figures are the time of one reading, on the
 * wall clock and in the reading thread's own CPU time (which other processes on a busy machine do not inflate).
 */
@Tag("benchmark")
final class DateReadingBenchmark {

    private static final int ROUNDS = 20;

    @Test
    @DisplayName("date_read_p99_ms")
    void dateReading() throws IOException {
        final List<String> phrases = phrases();
        final LooseDateParser parser = new LooseDateParser();
        final ZoneId zone = ZoneId.of("America/New_York");
        final Instant now = Instant.parse("2026-03-10T19:00:00Z");
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            readAll(parser, phrases, zone, now, new ArrayList<>(), new ArrayList<>());
        }
        final List<Long> nanos = new ArrayList<>();
        final List<Long> cpu = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            readAll(parser, phrases, zone, now, nanos, cpu);
        }
        report("date_read", nanos);
        report("date_read_cpu", cpu);
    }

    private static void report(final String name, final List<Long> nanos) {
        Collections.sort(nanos);
        BenchReport.figure(name + "_p50_ms", nanos.get(nanos.size() / 2) / 1_000 / 1000.0, "ms");
        BenchReport.figure(name + "_p99_ms", nanos.get(nanos.size() * 99 / 100) / 1_000 / 1000.0, "ms");
    }

    private static void readAll(final LooseDateParser parser, final List<String> phrases, final ZoneId zone,
                                final Instant now, final List<Long> nanos, final List<Long> cpu) {
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (final String phrase : phrases) {
            for (int kind = 0; kind < 2; kind++) {
                final long cpuStart = threads.getCurrentThreadCpuTime();
                final long start = System.nanoTime();
                if (kind == 0) {
                    parser.parseInterviewTime(phrase, now, zone, "US");
                } else {
                    parser.parseDecisionDate(phrase, now, zone, "GB");
                }
                nanos.add(System.nanoTime() - start);
                cpu.add(threads.getCurrentThreadCpuTime() - cpuStart);
            }
        }
    }

    private static List<String> phrases() throws IOException {
        final List<String> phrases = new ArrayList<>();
        for (final String name : new String[] {"corpus.csv", "blind-corpus.csv", "duckling-en.csv"}) {
            try (InputStream in = DateReadingBenchmark.class.getResourceAsStream("/dates/" + name)) {
                if (in == null) {
                    continue;
                }
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                        .filter(line -> !line.isBlank() && !line.startsWith("#"))
                        .map(DateReadingBenchmark::phrase).forEach(phrases::add);
            }
        }
        return phrases;
    }

    /** The first cell of a CSV row, quoted or not. */
    private static String phrase(final String line) {
        if (line.startsWith("\"")) {
            return line.substring(1, line.indexOf('"', 1));
        }
        final int comma = line.indexOf(',');
        return comma < 0 ? line : line.substring(0, comma);
    }
}
