package io.followupbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.employer.EmployerMessages;
import io.followupbot.employer.MessageReading;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reading a typical employer's message: a Greenhouse invitation (multipart text and HTML, a Zoom link, a schedule of two
 * interviewers, "2:00 PM - 3:00 PM Eastern Time"), from bytes to the proposal, after the JIT has compiled the path.
 * The wall-clock p99 is the figure; the CPU time of the reading thread is printed too, since other work shares the cores.
 */
@Tag("benchmark")
final class ReadMessageBenchmark {

    private static final int WARM_UP = 2_000;
    private static final int MEASURED = 2_000;

    @Test
    @DisplayName("read_message_p99_ms")
    void readMessage() throws IOException {
        final byte[] message;
        try (InputStream in = ReadMessageBenchmark.class.getResourceAsStream("/employer/corpus/01-greenhouse-invite-zoom.eml")) {
            message = in.readAllBytes();
        }
        final ZoneId zone = ZoneId.of("America/New_York");
        final EmployerMessages reader = new EmployerMessages(Clock.fixed(Instant.parse("2026-03-09T15:00:00Z"), zone));
        for (int round = 0; round < WARM_UP; round++) {
            reader.read(message, "invite.eml", zone, Optional.empty());
        }
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        final long[] wall = new long[MEASURED];
        final long[] cpu = new long[MEASURED];
        for (int round = 0; round < MEASURED; round++) {
            final long cpuStart = threads.getCurrentThreadCpuTime();
            final long start = System.nanoTime();
            final MessageReading reading = reader.read(message, "invite.eml", zone, Optional.empty());
            wall[round] = System.nanoTime() - start;
            cpu[round] = threads.getCurrentThreadCpuTime() - cpuStart;
            assertThat(reading).isInstanceOf(MessageReading.Read.class);
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        BenchReport.figure("read_message_p50_ms", millis(wall[MEASURED / 2]), "ms");
        BenchReport.figure("read_message_p99_ms", millis(wall[MEASURED * 99 / 100]), "ms");
        BenchReport.figure("read_message_cpu_p99_ms", millis(cpu[MEASURED * 99 / 100]), "ms");
    }

    private static double millis(final long nanos) {
        return nanos / 10_000 / 100.0;
    }
}
