package io.followupbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up to "ready" of the packaged jar with no platforms (the web chat), median of several runs. */
@Tag("benchmark")
final class StartupBenchmark {

    private static final Pattern READY = Pattern.compile("followup-bot ready in (\\d+) ms");
    private static final int RUNS = 7;

    @Test
    @DisplayName("startup_ms: as the Procfile starts it (with the class-data archive), and without the archive")
    void startup(@TempDir final Path folder) throws Exception {
        final Path jar = Path.of("target", "followup-bot.jar").toAbsolutePath();
        final Path archive = Path.of("target", "followup-bot.jsa").toAbsolutePath();
        assertThat(jar).as("run mvn package first").exists();
        assertThat(archive).as("mvn package records the class-data archive").exists();
        Files.copy(Path.of("bot-config.yml"), folder.resolve("bot-config.yml"));
        BenchReport.figure("startup_ms", medianReadyMs(folder, jar, List.of("-XX:SharedArchiveFile=" + archive)), "ms");
        BenchReport.figure("startup_no_archive_ms", medianReadyMs(folder, jar, List.of()), "ms");
    }

    private static long medianReadyMs(final Path folder, final Path jar, final List<String> options) throws Exception {
        final List<Long> readyMs = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            final Path log = folder.resolve("run-" + run + ".log");
            final List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx256m"));
            command.addAll(options);
            command.addAll(List.of("-jar", jar.toString(), "run"));
            final ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("PORT", "0");
            builder.environment().keySet().removeIf(name -> name.startsWith("SLACK_") || name.startsWith("DISCORD_")
                    || name.equals("DATABASE_URL"));
            final Process bot = builder.start();
            final Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            Long ready = null;
            while (ready == null && Instant.now().isBefore(deadline) && bot.isAlive()) {
                final Matcher matcher = READY.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (matcher.find()) {
                    ready = Long.parseLong(matcher.group(1));
                } else {
                    bot.waitFor(50, java.util.concurrent.TimeUnit.MILLISECONDS);
                }
            }
            bot.destroy();
            bot.waitFor();
            assertThat(ready).as("the bot never said it was ready: " + Files.readString(log)).isNotNull();
            if (run > 0) {
                readyMs.add(ready);
            }
        }
        readyMs.sort(Long::compare);
        return readyMs.get(readyMs.size() / 2);
    }
}
