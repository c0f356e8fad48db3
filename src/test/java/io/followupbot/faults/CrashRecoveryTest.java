package io.followupbot.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.followupbot.delivery.Dispatcher;
import io.followupbot.delivery.DispatcherSettings;
import io.followupbot.delivery.Nudge;
import io.followupbot.delivery.SendResult;
import io.followupbot.delivery.UnreachableNotifier;
import io.followupbot.chat.Outbound;
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
import io.followupbot.store.DeliveryStore;
import io.followupbot.store.Store;
import io.followupbot.testkit.SettableClock;
import io.followupbot.testkit.TestDatabases;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** The bot process killed with SIGKILL, then restarted on the same database. */
@Isolated("kills child JVMs mid-dispatch on a timer: another class beside them would only slow them down")
final class CrashRecoveryTest {

    /** Tuesday 10 March 2026, 15:00 in New York: inside working hours. */
    private static final Instant NOW = Instant.parse("2026-03-10T19:00:00Z");

    @TempDir
    Path folder;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void killChildren() {
        children.forEach(Process::destroyForcibly);
    }

    private Process child(final String... arguments) throws Exception {
        final List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), ChildBot.class.getName()));
        command.addAll(List.of(arguments));
        final Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("child-" + children.size() + ".log").toFile()).start();
        children.add(process);
        return process;
    }

    private static void kill(final Process process) throws Exception {
        process.destroyForcibly();
        process.waitFor();
    }

    @Test
    @DisplayName("GIVEN an intake half-way WHEN the process is killed with SIGKILL and restarted THEN the intake resumes")
    void killedMidIntakeResumes() throws Exception {
        final Path database = folder.resolve("bot.db");
        final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        final Process first = child("serve", database.toString(), folder.resolve("port1").toString());
        final String base1 = awaitPort(folder.resolve("port1"));
        for (final String answer : List.of("/followup", "skip", "Acme", "Data Analyst")) {
            post(browser, base1, answer);
        }
        kill(first);

        child("serve", database.toString(), folder.resolve("port2").toString());
        final String base2 = awaitPort(folder.resolve("port2"));
        final String reply = post(browser, base2, "yesterday at 10");

        assertThat(reply).contains("Got it").contains("phone, video or on-site");
    }

    @Test
    @DisplayName("GIVEN 60 due nudges WHEN the process is killed in the middle of sending THEN after a restart none is lost "
            + "and none is sent more than twice")
    void killedMidDispatchLosesNothing() throws Exception {
        final Path database = folder.resolve("followup.db");
        final int steps = 60;
        try (Database opened = Database.openAndMigrate(TestDatabases.sqlite(folder))) {
            seed(TestDatabases.store(opened, new SettableClock(NOW.minus(Duration.ofDays(1)))), steps);
        }
        final Path sentLog = folder.resolve("sent.log");
        final Process crashing = child("dispatch", database.toString(), sentLog.toString(), NOW.toString(), "25");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(sentLog)
                && Files.readAllLines(sentLog).size() >= 25);
        kill(crashing);
        final List<String> beforeCrash = Files.readAllLines(sentLog);

        final List<String> afterRestart = new CopyOnWriteArrayList<>();
        final SettableClock later = new SettableClock(NOW.plus(Duration.ofMinutes(6)));
        try (Database reopened = Database.openAndMigrate(TestDatabases.sqlite(folder))) {
            final Dispatcher restarted = new Dispatcher(new DeliveryStore(TestDatabases.store(reopened, later), false),
                    (step, interview, member) -> new Nudge(step.id(), member.id(), member.key(), member.dmChannel(),
                            interview.id(), interview.number(), step.kind(), step.key(), step.recipient(),
                            Outbound.text("nudge")),
                    nudge -> {
                        afterRestart.add(nudge.stepId());
                        return SendResult.delivered();
                    }, UnreachableNotifier.NONE, later, DispatcherSettings.standard("restarted"));
            for (int round = 0; round < 5; round++) {
                restarted.runOnce();
            }
            final int delivered = reopened.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT COUNT(*) FROM plan_steps WHERE status = 'delivered'").mapTo(Integer.class).one());
            assertThat(delivered).isEqualTo(steps);
        }

        final List<String> all = new ArrayList<>(beforeCrash);
        all.addAll(afterRestart);
        final Map<String, Long> sends = all.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        assertThat(sends).hasSize(steps);
        assertThat(sends.values()).allMatch(count -> count <= 2);
        assertThat(sends.entrySet().stream().filter(entry -> entry.getValue() == 2).map(Map.Entry::getKey))
                .allMatch(beforeCrash::contains);
    }

    @Test
    @DisplayName("GIVEN 200 due nudges and a platform answering in 20 ms WHEN the bot is killed with SIGKILL three "
            + "times mid-batch and restarted under its instance id THEN none is lost, each crash repeats at most one, "
            + "and the rest goes out at once")
    void killedThreeTimesRepeatsAtMostOnePerCrash() throws Exception {
        final KillRuns kills = new KillRuns(folder);
        try {
            final KillRuns.Result result = kills.run(200, 3, true, 20);
            System.out.println("FAULT kill_test " + result);

            assertThat(result.lost()).isZero();
            assertThat(result.repeatsPerCrash()).hasSize(3).allMatch(repeats -> repeats <= 1);
            assertThat(result.sentMoreThanTwice()).isZero();
        } finally {
            kills.stop();
        }
    }

    static void seed(final Store store, final int count) {
        for (int index = 0; index < count; index++) {
            final MemberKey key = new MemberKey("web", "local", "member-" + index);
            store.useTransaction(session -> {
                final Member member = session.memberFor(key, "m");
                final Interview interview = new Interview("Acme", "Analyst", NOW.minus(Duration.ofDays(8)),
                        Duration.ofMinutes(45), InterviewFormat.VIDEO, List.of(), Optional.empty(), ContactChannel.EMAIL,
                        NOW.minus(Duration.ofDays(8)), "");
                final StoredInterview stored = session.addInterview(member.id(), interview, Stage.WAITING);
                session.replacePlan(stored.id(), member.id(), List.of(PlannedStep.of(StepKind.CHECK_IN,
                        NOW.minus(Duration.ofMinutes(10)).atZone(ZoneId.of("America/New_York")))));
            });
        }
    }

    private static String awaitPort(final Path portFile) {
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(portFile) && Files.size(portFile) > 0);
        try {
            return "http://127.0.0.1:" + Files.readString(portFile).strip();
        } catch (final java.io.IOException failure) {
            throw new java.io.UncheckedIOException(failure);
        }
    }

    private static String post(final HttpClient browser, final String base, final String text) throws Exception {
        final HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/message"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\",\"zone\":\"America/New_York\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
