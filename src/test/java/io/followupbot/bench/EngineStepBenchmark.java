package io.followupbot.bench;

import io.followupbot.chat.Inbound;
import io.followupbot.interview.MemberKey;
import io.followupbot.testkit.TestCore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conversation engine alone: one intake answer in, the next question out, on a real SQLite file. */
@Tag("benchmark")
final class EngineStepBenchmark {

    private static final int MEMBERS = 2_000;

    @Test
    @DisplayName("engine_step_p99_ms")
    void engineStep(@TempDir final Path folder) {
        try (TestCore core = new TestCore(folder, Instant.parse("2026-03-10T19:00:00Z"))) {
            for (int member = 0; member < MEMBERS; member++) {
                final MemberKey key = new MemberKey("slack", "T1", "U" + member);
                core.engine.handle(new Inbound(key, "M", Optional.empty(), "D", Inbound.Kind.COMMAND, ""));
                core.engine.handle(Inbound.message(key, "ok"));
                core.engine.handle(Inbound.message(key, "skip"));
            }
            final List<Long> nanos = new ArrayList<>();
            for (int member = 0; member < MEMBERS; member++) {
                final MemberKey key = new MemberKey("slack", "T1", "U" + member);
                final long start = System.nanoTime();
                core.engine.handle(Inbound.message(key, "Company " + member));
                nanos.add(System.nanoTime() - start);
            }
            Collections.sort(nanos);
            BenchReport.figure("engine_step_p50_ms", nanos.get(nanos.size() / 2) / 10_000 / 100.0, "ms");
            BenchReport.figure("engine_step_p99_ms", nanos.get(nanos.size() * 99 / 100) / 10_000 / 100.0, "ms");
        }
    }
}
