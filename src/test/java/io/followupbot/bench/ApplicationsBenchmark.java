package io.followupbot.bench;

import io.followupbot.chat.Inbound;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.testkit.TestCore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A member's whole search, 50 interviews, kept two ways on the same code: as 50 applications of one round each (how
 * every search was kept before applications had rounds) and as 10 applications of 5 rounds each. What the member waits
 * for (an engine step: {@code list}) and what the bot works out (every plan of the pipeline), p50 and p99 of 300
 * runs after 50 of warm-up, and the ratio of the two shapes (issue 28: at most 1.5).
 */
@Tag("benchmark")
final class ApplicationsBenchmark {

    private static final Instant NOW = Instant.parse("2026-03-10T19:00:00Z");
    private static final int RUNS = 300;
    private static final int WARM_UP = 50;

    @Test
    @DisplayName("applications_plan_ratio")
    void tenApplicationsOfFiveRoundsAgainstFiftyInterviews(@TempDir final Path folder) {
        final Figures single = measure(folder.resolve("single"), (core) -> {
            final Member member = member(core, "U1");
            for (int interview = 0; interview < 50; interview++) {
                core.followUps.record(member, round(interview, interview));
            }
        }, "U1");
        final Figures rounds = measure(folder.resolve("rounds"), (core) -> {
            final Member member = member(core, "U2");
            for (int application = 0; application < 10; application++) {
                core.followUps.record(member, round(application, application * 5));
                for (int round = 1; round < 5; round++) {
                    core.followUps.addRound(member, application + 1, round(application, application * 5 + round));
                }
            }
        }, "U2");
        BenchReport.figure("pipeline_50_interviews_p50_ms", single.planP50, "ms");
        BenchReport.figure("pipeline_10x5_rounds_p50_ms", rounds.planP50, "ms");
        BenchReport.figure("pipeline_10x5_rounds_p99_ms", rounds.planP99, "ms");
        BenchReport.figure("engine_list_50_interviews_p50_ms", single.stepP50, "ms");
        BenchReport.figure("engine_list_10x5_rounds_p50_ms", rounds.stepP50, "ms");
        BenchReport.figure("engine_list_10x5_rounds_p99_ms", rounds.stepP99, "ms");
        BenchReport.figure("applications_plan_ratio", rounds.planP50 / single.planP50, "x");
        BenchReport.figure("applications_step_ratio", rounds.stepP50 / single.stepP50, "x");
    }

    private record Figures(double planP50, double planP99, double stepP50, double stepP99) {
    }

    private static Figures measure(final Path folder, final Consumer<TestCore> fill, final String user) {
        try (TestCore core = new TestCore(folder, NOW.minus(Duration.ofDays(60)))) {
            fill.accept(core);
            core.clock.set(NOW);
            final Member member = member(core, user);
            final MemberKey key = member.key();
            final List<Long> plans = new ArrayList<>();
            final List<Long> steps = new ArrayList<>();
            for (int run = 0; run < WARM_UP + RUNS; run++) {
                final long start = System.nanoTime();
                core.followUps.pipeline(member);
                final long planned = System.nanoTime();
                core.engine.handle(Inbound.message(key, "list"));
                final long listed = System.nanoTime();
                if (run >= WARM_UP) {
                    plans.add(planned - start);
                    steps.add(listed - planned);
                }
            }
            return new Figures(percentile(plans, 50), percentile(plans, 99), percentile(steps, 50),
                    percentile(steps, 99));
        }
    }

    private static Member member(final TestCore core, final String user) {
        return core.store.inTransaction(session -> session.memberFor(new MemberKey("slack", "T1", user), "Ana"));
    }

    /** A round of application {@code company}, {@code days} days into the search, with two interviewers. */
    private static Interview round(final int company, final int days) {
        final Instant at = NOW.minus(Duration.ofDays(59)).plus(Duration.ofDays(days)).plus(Duration.ofHours(2));
        return new Interview("Company " + company, "Data Analyst", at, Interview.DEFAULT_LENGTH, InterviewFormat.VIDEO,
                List.of(Interviewer.named("Rita Gomez " + days), Interviewer.named("Tom Baker " + days)),
                Optional.empty(), ContactChannel.EMAIL, at.plus(Duration.ofHours(1)), "");
    }

    private static double percentile(final List<Long> nanos, final int percent) {
        final List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 10_000 / 100.0;
    }
}
