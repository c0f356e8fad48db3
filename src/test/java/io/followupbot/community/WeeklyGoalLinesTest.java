package io.followupbot.community;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.delivery.Nudge;
import io.followupbot.delivery.SendResult;
import io.followupbot.followup.Members;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.StepKind;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForEachTest;
import io.followupbot.testkit.TestCore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A member's weekly goal in what the bot tells them: the weekly digest says how far last week went, {@code due} how far
 * this week has gone so far; a member without a goal sees neither line. The members are in New York.
 */
final class WeeklyGoalLinesTest {

    /** Wednesday 4 March 2026, 10:00 in New York: the interview, in ISO week 10 (Monday 2 to Sunday 8 March). */
    private static final Instant INTERVIEW = Instant.parse("2026-03-04T15:00:00Z");
    /** Monday 9 March 2026, 09:00 in New York (the clocks went forward on Sunday): the digest of week 11. */
    private static final Instant MONDAY_NINE = Instant.parse("2026-03-09T13:00:00Z");

    @RegisterExtension
    static final CoreForEachTest CORE = CoreForEachTest.at(INTERVIEW.minus(Duration.ofDays(1)));

    private final TestCore core = CORE.core();
    private final List<Nudge> sent = new CopyOnWriteArrayList<>();

    @Test
    @DisplayName("GIVEN a member with a goal of 5 who had an interview, sent a thank-you, heard a reply and sent a "
            + "check-in at 23:30 on Sunday in New York (Monday in UTC), and another check-in at 00:30 on Monday WHEN "
            + "Monday's digest goes out THEN it says 3 of 5 for last week; a member without a goal gets no such line")
    void digest() {
        final Member ana = withAWeek(new MemberKey("slack", "T1", "U1"), "settings goal 5");
        final Member ben = withAWeek(new MemberKey("slack", "T1", "U2"), "settings goal off");
        core.clock.set(MONDAY_NINE);

        assertThat(new Digests(core.store, core.followUps, nudge -> {
            sent.add(nudge);
            return SendResult.delivered();
        }, core.clock).runOnce()).isEqualTo(2);

        assertThat(digestOf(ana).lines().toList()).endsWith(
                "Last week: 1 thank-you and 1 check-in sent, 1 reply heard.",
                "Your weekly goal last week: 3 of 5 applications and follow-ups.");
        assertThat(digestOf(ben)).endsWith("Last week: 1 thank-you and 1 check-in sent, 1 reply heard.")
                .doesNotContain("goal");
    }

    @Test
    @DisplayName("GIVEN the same week WHEN the member with a goal types due on Wednesday THEN it says 1 of 5 so far "
            + "this week (Monday's check-in), above what is due; WHEN the goal is 1 THEN it is met")
    void due() {
        final MemberKey key = new MemberKey("slack", "T1", "U1");
        withAWeek(key, "settings goal 5");
        final ChatDriver ana = CORE.chat(key);
        core.clock.set(MONDAY_NINE.plus(Duration.ofDays(2)));

        assertThat(ana.command("due").messages().get(0).text()).isEqualTo("Your weekly goal this week: 1 of 5 "
                + "applications and follow-ups so far.\nWhat's due next:");
        ana.command("settings goal 1");
        assertThat(ana.command("due").messages().get(0).text()).startsWith("Your weekly goal this week: met, with 1 "
                + "application or follow-up so far (goal 1).\n");
    }

    /** A member with the goal given, and the week of {@link #INTERVIEW}. */
    private Member withAWeek(final MemberKey key, final String goal) {
        core.app.members().arrive(new Members.Arrival(key, "", Optional.empty(), ""));
        CORE.chat(key).command(goal);
        final Member member = core.store.read(session -> session.findMember(key)).orElseThrow();
        core.followUps.record(member, new Interview("Northwind", "Analyst", INTERVIEW, Duration.ofMinutes(45),
                InterviewFormat.VIDEO, List.of(Interviewer.named("Ben Ode")), Optional.of(LocalDate.of(2026, 3, 20)),
                ContactChannel.EMAIL, INTERVIEW.minus(Duration.ofDays(1)), ""));
        core.followUps.report(member, 1, new InterviewEvent.Sent(Instant.parse("2026-03-04T23:00:00Z"),
                StepKind.THANK_YOU, Optional.of("Ben Ode")));
        core.followUps.report(member, 1, new InterviewEvent.StillDeciding(Instant.parse("2026-03-05T15:00:00Z"),
                Optional.empty()));
        core.followUps.report(member, 1, new InterviewEvent.Sent(Instant.parse("2026-03-09T03:30:00Z"),
                StepKind.CHECK_IN, Optional.empty()));
        core.followUps.report(member, 1, new InterviewEvent.Sent(Instant.parse("2026-03-09T04:30:00Z"),
                StepKind.CHECK_IN, Optional.empty()));
        return member;
    }

    private String digestOf(final Member member) {
        return sent.stream().filter(nudge -> nudge.memberId().equals(member.id())).findFirst().orElseThrow()
                .message().text();
    }
}
