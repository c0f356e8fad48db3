package io.followupbot.community;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.delivery.Nudge;
import io.followupbot.delivery.NudgeSender;
import io.followupbot.delivery.SendResult;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.StepKind;
import io.followupbot.testkit.CoreDatabase;
import io.followupbot.testkit.TestCore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The weekly digest goes out once a week, to members with open interviews who did not turn it off. */
@ParameterizedClass(name = "on {0}")
@EnumSource(CoreDatabase.class)
final class DigestsTest {

    /** Wednesday 4 March 2026, 15:00 UTC: the interview; the test members are in New York (the test default). */
    private static final Instant INTERVIEW = Instant.parse("2026-03-04T15:00:00Z");
    /** Monday 9 March 2026, 09:00 in New York. */
    private static final Instant MONDAY_NINE = Instant.parse("2026-03-09T13:00:00Z");

    @AutoClose
    private final TestCore core;
    private final List<Nudge> sent = new CopyOnWriteArrayList<>();
    private volatile SendResult answer = SendResult.delivered();
    private final NudgeSender sender = nudge -> {
        sent.add(nudge);
        return answer;
    };

    /** Every test runs on SQLite and on PostgreSQL. */
    DigestsTest(final CoreDatabase database, @TempDir final Path folder) {
        core = database.core(folder, INTERVIEW.plus(Duration.ofDays(1)));
    }

    @Test
    @DisplayName("GIVEN a member with an open interview WHEN digests run before, at and after Monday 09:00, again, on a "
            + "second instance and the next week THEN one digest per week goes out")
    void oncePerWeekAcrossRunsAndInstances() {
        withInterview(new MemberKey("slack", "T1", "U1"));
        core.clock.set(MONDAY_NINE.minusSeconds(60));
        assertThat(digests().runOnce()).isZero();

        core.clock.set(MONDAY_NINE);
        assertThat(digests().runOnce()).isEqualTo(1);
        assertThat(digests().runOnce()).isZero();
        assertThat(new Digests(core.store, core.followUps, sender, core.clock).runOnce()).isZero();
        core.clock.set(MONDAY_NINE.plus(Duration.ofDays(3)));
        assertThat(digests().runOnce()).isZero();

        core.clock.set(MONDAY_NINE.plus(Duration.ofDays(7)));
        assertThat(digests().runOnce()).isEqualTo(1);
        assertThat(sent).hasSize(2);
        assertThat(core.count("SELECT COUNT(*) FROM digests_sent")).isEqualTo(2);
    }

    @Test
    @DisplayName("GIVEN a member who sent a thank-you last week and waits for an answer WHEN their digest goes out "
            + "THEN it says what waits, what is due this week, what they did, and offers to turn it off")
    void content() {
        final Member ana = withInterview(new MemberKey("slack", "T1", "U1"));
        core.followUps.report(ana, 1, new InterviewEvent.Sent(INTERVIEW.plus(Duration.ofHours(3)), StepKind.THANK_YOU,
                Optional.of("Ben Ode")));
        core.clock.set(MONDAY_NINE);

        digests().runOnce();

        final String text = sent.get(0).message().text();
        assertThat(text).contains("Waiting for an answer: #1").contains("Northwind")
                .contains("Due this week:").contains("check-in").contains("Last week: 1 thank-you and 0 check-ins sent");
        assertThat(sent.get(0).message().buttons()).anySatisfy(button ->
                assertThat(button.value()).isEqualTo("settings digest off"));
        assertThat(sent.get(0).stepId()).isEqualTo("digest:" + LocalDate.of(2026, 3, 9) + ":" + ana.id());
    }

    @Test
    @DisplayName("GIVEN a member who turned the digest off and one with nothing open THEN neither gets one")
    void offOrNothingOpen() {
        final Member off = withInterview(new MemberKey("slack", "T1", "U1"));
        new MemberChoices(core.store).change(off, "digest", "off");
        core.store.inTransaction(session -> session.memberFor(new MemberKey("slack", "T1", "U2"), ""));
        core.clock.set(MONDAY_NINE);

        assertThat(digests().runOnce()).isZero();
        assertThat(sent).isEmpty();
    }

    @Test
    @DisplayName("GIVEN an instance that died while sending a digest (claimed, never marked sent) WHEN another runs "
            + "before the claim's two minutes are over, and after THEN it waits, then sends it, once")
    void aDigestInFlightIsNotLost() {
        withInterview(new MemberKey("slack", "T1", "U1"));
        core.clock.set(MONDAY_NINE);
        final NudgeSender dying = nudge -> {
            throw new IllegalStateException("the process died while sending");
        };
        try {
            new Digests(core.store, core.followUps, dying, core.clock).runOnce();
        } catch (final IllegalStateException died) {
            // the instance is gone; its claim stays in flight
        }

        core.clock.set(MONDAY_NINE.plusSeconds(60));
        assertThat(digests().runOnce()).isZero();
        core.clock.set(MONDAY_NINE.plus(io.followupbot.store.CommunityStore.DIGEST_CLAIM).plusSeconds(1));
        assertThat(digests().runOnce()).isEqualTo(1);
        assertThat(digests().runOnce()).isZero();
        assertThat(sent).hasSize(1);
    }

    @Test
    @DisplayName("GIVEN the platform asks to retry later WHEN the digest fails THEN the next run sends it")
    void passingFailureIsRetried() {
        withInterview(new MemberKey("slack", "T1", "U1"));
        core.clock.set(MONDAY_NINE);
        answer = new SendResult.RetryLater(Optional.empty(), "rate limited");
        assertThat(digests().runOnce()).isZero();

        answer = SendResult.delivered();
        assertThat(digests().runOnce()).isEqualTo(1);
    }

    private Digests digests() {
        return new Digests(core.store, core.followUps, sender, core.clock);
    }

    private Member withInterview(final MemberKey key) {
        final Member member = core.store.inTransaction(session -> session.memberFor(key, ""));
        core.followUps.record(member, new Interview("Northwind", "Analyst", INTERVIEW, Duration.ofMinutes(45),
                InterviewFormat.VIDEO, List.of(Interviewer.named("Ben Ode")), Optional.of(LocalDate.of(2026, 3, 11)),
                ContactChannel.EMAIL, INTERVIEW.minus(Duration.ofDays(1)), ""));
        return member;
    }
}
