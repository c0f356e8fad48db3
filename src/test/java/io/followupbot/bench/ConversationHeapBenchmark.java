package io.followupbot.bench;

import io.followupbot.chat.Inbound;
import io.followupbot.interview.MemberKey;
import io.followupbot.testkit.TestCore;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live heap after GC with 10,000 members in the middle of an intake (their states all cached). */
@Tag("benchmark")
final class ConversationHeapBenchmark {

    private static final int MEMBERS = 10_000;

    @Test
    @DisplayName("heap_mb_10k_conversations")
    void heapWithTenThousandIntakes(@TempDir final Path folder) throws Exception {
        final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (TestCore core = new TestCore(folder, Instant.parse("2026-03-10T19:00:00Z"), MEMBERS)) {
            for (int member = 0; member < MEMBERS; member++) {
                final MemberKey key = new MemberKey("slack", "T1", "U" + member);
                core.engine.handle(new Inbound(key, "Member " + member, Optional.empty(), "C1", Inbound.Kind.COMMAND, ""));
                core.engine.handle(Inbound.message(key, "ok"));
                core.engine.handle(Inbound.message(key, "Member " + member + " | +1 555 01" + (member % 100)));
                core.engine.handle(Inbound.message(key, "Company number " + member));
            }
            settle(memory);
            final double liveMb = memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
            BenchReport.figure("heap_mb_10k_conversations", Math.round(liveMb * 10) / 10.0, "MB");
            BenchReport.figure("heap_max_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024), "MB");
            org.assertj.core.api.Assertions.assertThat(core.count("SELECT COUNT(*) FROM conversations"))
                    .as("every member is mid-intake").isEqualTo(MEMBERS);
        }
    }

    private static void settle(final MemoryMXBean memory) {
        for (int round = 0; round < 5; round++) {
            memory.gc();
        }
    }
}
