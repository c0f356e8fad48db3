package io.followupbot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MemberOrder: one member's work in arrival order, different members in parallel")
class MemberOrderTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final MemberOrder order = new MemberOrder();
    /** What ran, in the order it ran, from any thread. */
    private final List<String> ran = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("GIVEN Ana's first input is still running WHEN her second arrives THEN it waits, while Ben's runs at once")
    void laterWorkOfAMemberWaitsOtherMembersDoNot() {
        final CompletableFuture<Void> firstMayEnd = new CompletableFuture<>();
        order.append("ana", previous -> previous.thenRunAsync(() -> {
            ran.add("ana 1 started");
            firstMayEnd.join();
            ran.add("ana 1 ended");
        }, pool));
        final CompletableFuture<Void> second = order.append("ana", previous -> previous.thenRunAsync(
                () -> ran.add("ana 2"), pool));
        final CompletableFuture<Void> ben = order.append("ben", previous -> previous.thenRunAsync(
                () -> ran.add("ben 1"), pool));

        await().atMost(Duration.ofSeconds(10)).until(ben::isDone);
        assertThat(second).isNotDone();
        assertThat(ran).contains("ana 1 started", "ben 1").doesNotContain("ana 2");

        firstMayEnd.complete(null);
        await().atMost(Duration.ofSeconds(10)).until(second::isDone);
        assertThat(ran).containsSubsequence("ana 1 started", "ana 1 ended", "ana 2");
        await().atMost(Duration.ofSeconds(10)).until(() -> order.busyMembers() == 0);
    }

    @Test
    @DisplayName("GIVEN a member's input failed THEN their next input still runs, and the failure is the caller's to see")
    void aFailureDoesNotBlockTheLine() {
        final CompletableFuture<Void> failed = order.append("ana", previous -> previous.thenRunAsync(() -> {
            throw new IllegalStateException("the platform said no");
        }, pool));
        final CompletableFuture<String> next = order.append("ana", previous -> previous.thenApplyAsync(
                ignored -> "answered", pool));

        assertThat(next).succeedsWithin(Duration.ofSeconds(10)).isEqualTo("answered");
        assertThat(failed).isCompletedExceptionally();
    }

    @Test
    @DisplayName("GIVEN queued work of a member WHEN the engine runs an input of theirs on its own thread THEN it runs after it")
    void runOnTheCallersThreadWaitsForQueuedWork() {
        final CompletableFuture<Void> queuedMayEnd = new CompletableFuture<>();
        order.append("ana", previous -> previous.thenRunAsync(() -> {
            queuedMayEnd.join();
            ran.add("queued");
        }, pool));
        final CompletableFuture<String> direct = CompletableFuture.supplyAsync(() -> order.run("ana", () -> {
            ran.add("direct");
            return "reply";
        }), pool);

        assertThat(order.run("ben", () -> "ben is not held up")).isEqualTo("ben is not held up");
        assertThat(direct).isNotDone();
        queuedMayEnd.complete(null);
        assertThat(direct).succeedsWithin(Duration.ofSeconds(10)).isEqualTo("reply");
        assertThat(ran).containsExactly("queued", "direct");
    }

    @Test
    @DisplayName("GIVEN work that throws on the caller's thread THEN the throw reaches the caller and the line moves on")
    void aThrowOnTheCallersThreadFreesTheLine() {
        assertThatThrownBy(() -> order.run("ana", () -> {
            throw new IllegalArgumentException("bad input");
        })).hasMessage("bad input");

        assertThat(order.run("ana", () -> "next")).isEqualTo("next");
        assertThat(order.busyMembers()).isZero();
    }

    @Test
    @DisplayName("GIVEN 2,000 inputs of 20 members on four threads THEN each member's inputs ran in the order they arrived")
    void everyMemberKeepsArrivalOrder() {
        final Map<String, List<Integer>> seen = new ConcurrentHashMap<>();
        final List<CompletableFuture<Void>> all = new ArrayList<>();
        for (int input = 0; input < 2_000; input++) {
            final String member = "member-" + (input * 7 % 20);
            final int number = input;
            all.add(order.append(member, previous -> previous.thenRunAsync(() -> seen
                    .computeIfAbsent(member, key -> Collections.synchronizedList(new ArrayList<>())).add(number), pool)));
        }

        assertThat(CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))).succeedsWithin(Duration.ofSeconds(30));
        assertThat(seen).hasSize(20);
        seen.values().forEach(numbers -> assertThat(numbers).hasSize(100).isSorted());
    }
}
