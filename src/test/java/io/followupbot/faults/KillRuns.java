package io.followupbot.faults;

import static org.awaitility.Awaitility.await;

import io.followupbot.config.BotConfig;
import io.followupbot.interview.Cadence;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.PlannedStep;
import io.followupbot.interview.Stage;
import io.followupbot.interview.StepKind;
import io.followupbot.interview.StoredInterview;
import io.followupbot.store.Database;
import io.followupbot.store.Store;
import io.followupbot.testkit.SettableClock;
import io.followupbot.testkit.TestDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kills a delivering bot process with SIGKILL in the middle of a batch, several times, restarts it each time on the
 * same SQLite file, and counts what the recording platform received: lost, repeated per crash, and the time from
 * the last restart to the last nudge. Shared by the crash test and the crash benchmark.
 */
final class KillRuns {

    /** What the kills did. {@code repeatsPerCrash} holds, per kill, how many nudges were sent a second time. */
    record Result(int kills, int nudges, int lost, List<Integer> repeatsPerCrash, int sentMoreThanTwice,
                  double recoverySeconds) {

        int maxRepeats() {
            return repeatsPerCrash.stream().mapToInt(Integer::intValue).max().orElse(0);
        }

        @Override
        public String toString() {
            return "kills " + kills + ", nudges " + nudges + ", lost " + lost + ", repeated per crash "
                    + repeatsPerCrash + ", recovery " + String.format(java.util.Locale.ROOT, "%.1f", recoverySeconds)
                    + " s";
        }
    }

    private final Path folder;
    private final List<Process> children = new ArrayList<>();

    KillRuns(final Path folder) {
        this.folder = folder;
    }

    /** A time zone in which it is around noon now, so that no nudge is held back by quiet hours. */
    static ZoneId middayZone() {
        final int hour = Instant.now().atZone(ZoneOffset.UTC).getHour();
        final int offset = 12 - hour;
        return ZoneOffset.ofHours(offset < -12 ? offset + 24 : offset > 14 ? offset - 24 : offset);
    }

    static Store store(final Database database, final Clock clock, final ZoneId zone) {
        return new Store(database.jdbi(), clock, new BotConfig.Defaults(zone, "US", LocalTime.of(9, 0),
                LocalTime.of(21, 0), LocalTime.of(8, 0), Cadence.STANDARD));
    }

    /**
     * {@code nudges} due steps; the bot killed {@code kills} times, evenly through the batch, then left to finish.
     *
     * @param sameInstance whether each restart runs under the same instance id (takes its claims back at once) or
     *     a new one (waits for the lease of the dead one)
     */
    Result run(final int nudges, final int kills, final boolean sameInstance, final long sendMillis) throws Exception {
        final ZoneId zone = middayZone();
        try (Database database = Database.openAndMigrate(TestDatabases.sqlite(folder))) {
            seed(store(database, new SettableClock(Instant.now().minus(Duration.ofDays(1))), zone), nudges, zone);
        }
        final Path sent = folder.resolve("sent.log");
        final List<Integer> killedAt = new ArrayList<>();
        long lastStart = 0;
        for (int life = 0; life <= kills; life++) {
            lastStart = System.currentTimeMillis();
            final Process bot = child(sameInstance ? "bot" : "bot-" + life, zone, sendMillis, sent);
            if (life == kills) {
                break;
            }
            final int target = nudges * (life + 1) / (kills + 1);
            await().atMost(Duration.ofSeconds(120)).until(() -> lines(sent).size() >= target);
            bot.destroyForcibly();
            bot.waitFor();
            killedAt.add(lines(sent).size());
        }
        await().atMost(Duration.ofSeconds(180)).until(() -> lines(sent).stream().map(line -> line.split(" ")[0])
                .distinct().count() == nudges);
        final List<String> all = lines(sent);
        final long lastSent = all.stream().mapToLong(line -> Long.parseLong(line.split(" ")[1])).max().orElse(0);
        stop();
        return result(all, killedAt, nudges, (lastSent - lastStart) / 1000.0);
    }

    private static Result result(final List<String> all, final List<Integer> killedAt, final int nudges,
                                 final double recovery) {
        final Map<String, Integer> firstAt = new HashMap<>();
        final Map<String, Integer> copies = new HashMap<>();
        for (int index = 0; index < all.size(); index++) {
            final String step = all.get(index).split(" ")[0];
            firstAt.putIfAbsent(step, index);
            copies.merge(step, 1, Integer::sum);
        }
        final List<Integer> perCrash = new ArrayList<>();
        for (int crash = 0; crash < killedAt.size(); crash++) {
            final int from = crash == 0 ? 0 : killedAt.get(crash - 1);
            final int to = killedAt.get(crash);
            perCrash.add((int) copies.entrySet().stream().filter(entry -> entry.getValue() > 1)
                    .filter(entry -> firstAt.get(entry.getKey()) >= from && firstAt.get(entry.getKey()) < to).count());
        }
        final int moreThanTwice = (int) copies.values().stream().filter(count -> count > 2).count();
        return new Result(killedAt.size(), nudges, nudges - copies.size(), perCrash, moreThanTwice, recovery);
    }

    void stop() {
        children.forEach(Process::destroyForcibly);
    }

    private Process child(final String instance, final ZoneId zone, final long sendMillis, final Path sent)
            throws IOException {
        final List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), ChildBot.class.getName(), "deliver",
                folder.resolve("followup.db").toString(), sent.toString(), instance, zone.getId(),
                Long.toString(sendMillis));
        final Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("bot-" + children.size() + ".log").toFile()).start();
        children.add(process);
        return process;
    }

    private static List<String> lines(final Path log) {
        try {
            return Files.exists(log) ? Files.readAllLines(log).stream().filter(line -> line.contains(" ")).toList()
                    : List.of();
        } catch (final IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static void seed(final Store store, final int count, final ZoneId zone) {
        final Instant due = Instant.now().minus(Duration.ofMinutes(5));
        for (int index = 0; index < count; index++) {
            final MemberKey key = new MemberKey("web", "local", "member-" + index);
            store.useTransaction(session -> {
                final Member member = session.memberFor(key, "m");
                final Interview interview = new Interview("Acme", "Analyst", due.minus(Duration.ofDays(8)),
                        Duration.ofMinutes(45), InterviewFormat.VIDEO, List.of(), Optional.empty(),
                        ContactChannel.EMAIL, due.minus(Duration.ofDays(8)), "");
                final StoredInterview stored = session.addInterview(member.id(), interview, Stage.WAITING);
                session.replacePlan(stored.id(), member.id(), List.of(PlannedStep.of(StepKind.CHECK_IN,
                        due.atZone(zone))));
            });
        }
    }
}
