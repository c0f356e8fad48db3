package io.followupbot.slack;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

/**
 * What the drain benchmark watches at the emulator: every digest and nudge Slack accepted (by member channel and
 * step), and members' answers through the Slack HTTP path, timed from the answer to the bot's next question.
 */
final class DrainLoad {

    private final int members;
    private final int nudges;
    private final int interactive;
    private final List<String> drained = new CopyOnWriteArrayList<>();
    private final Map<String, Long> answeredAt = new ConcurrentHashMap<>();
    private final List<Long> replyNanos = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> started = ConcurrentHashMap.newKeySet();
    private volatile long lastDrainPost;

    DrainLoad(final SlackEmulator emulator, final int members, final int nudges, final int interactive) {
        this.members = members;
        this.nudges = nudges;
        this.interactive = interactive;
        emulator.onCall(call -> {
            if (!call.method().equals("chat.postMessage")) {
                return;
            }
            final String channel = call.arg("channel");
            if (channel.startsWith("DU")) {
                final String text = call.arg("text");
                drained.add(text.startsWith("nudge ") ? text : "digest " + channel);
                lastDrainPost = System.nanoTime();
            } else if (channel.startsWith("DI")) {
                started.add(channel);
                final Long answered = answeredAt.remove(channel);
                if (answered != null) {
                    replyNanos.add(System.nanoTime() - answered);
                }
            }
        });
    }

    /** The interactive members start an intake with /followup in their DM, and get its first question. */
    void startIntakes(final SignedSlack slack) {
        for (int member = 0; member < interactive; member++) {
            slack.postAsync(SignedSlack.slashCommandBody("W1", "I" + member, "DI" + member, ""), false);
            LockSupport.parkNanos(2_000_000L);
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> started.size() == interactive);
    }

    /**
     * In the background: each interactive member answers the question once, evenly over {@code window} from five
     * seconds after {@code begin}, on schedule whatever the bot's state.
     */
    void answerDuring(final SignedSlack slack, final long begin, final Duration window) {
        final Thread answers = new Thread(() -> {
            for (int member = 0; member < interactive; member++) {
                final long due = begin + 5_000_000_000L + member * (window.toNanos() / interactive);
                for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
                    LockSupport.parkNanos(left);
                }
                answeredAt.put("DI" + member, System.nanoTime());
                slack.postAsync(SignedSlack.messageEventBody("W1", "I" + member, "Ev" + UUID.randomUUID(), "Acme"), true);
            }
        }, "interactive-answers");
        answers.setDaemon(true);
        answers.start();
    }

    /** Waits until {@code count} different digests and nudges were accepted. */
    void awaitDrained(final int count, final Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() -> Set.copyOf(drained).size() >= count);
    }

    int drainPosts() {
        return drained.size();
    }

    long lastDrainPostNanos() {
        return lastDrainPost;
    }

    int lost() {
        final Set<String> distinct = Set.copyOf(drained);
        final long digests = distinct.stream().filter(key -> key.startsWith("digest ")).count();
        final long sentNudges = distinct.size() - digests;
        return (int) (members - digests + nudges - sentNudges);
    }

    int repeats() {
        return drained.size() - Set.copyOf(drained).size();
    }

    double interactiveP99Millis() {
        return DrainBenchmark.p99(new ArrayList<>(replyNanos));
    }

    int answers() {
        return replyNanos.size();
    }
}
