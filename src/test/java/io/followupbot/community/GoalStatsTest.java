package io.followupbot.community;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Inbound;
import io.followupbot.chat.Reply;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.MemberKey;
import io.followupbot.interview.Stage;
import io.followupbot.testkit.CoreDatabase;
import io.followupbot.testkit.TestCore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The community's weekly-goal figure: the share of its counted members with a goal who met it last week, shown once
 * five or more such members stand behind it, like every figure.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(CoreDatabase.class)
final class GoalStatsTest {

    /** Wednesday 4 March 2026, in ISO week 10: each member's one interview, one activity toward their goal. */
    private static final Instant INTERVIEW = Instant.parse("2026-03-04T15:00:00Z");
    /** Wednesday 11 March 2026: "last week" is week 10 in New York, the members' zone. */
    private static final Instant NOW = Instant.parse("2026-03-11T16:00:00Z");
    private static final CommunityKey ACME = new CommunityKey("slack", "T1");

    @AutoClose
    private final TestCore core;

    /** Every test runs on SQLite and on PostgreSQL. */
    GoalStatsTest(final CoreDatabase database, @TempDir final Path folder) {
        core = database.core(folder, NOW);
    }

    @Test
    @DisplayName("GIVEN 4 counted members with a goal (3 met it last week: one interview for a goal of 1), one counted "
            + "without a goal and one with a goal who does not count WHEN an admin asks THEN no share is shown (<5); "
            + "GIVEN a fifth counted member with a goal of 3, unmet, THEN 60% of the 5 is shown")
    void shownFromFiveMembersWithAGoal() {
        for (int i = 1; i <= 3; i++) {
            member("U" + i, true, "1");
        }
        member("U4", true, "2");
        member("U5", true, "off");
        member("U6", false, "1");

        final StatsAnswer four = core.communities.stats(ACME);
        assertThat(four.goalsMetLastWeek().members()).isEqualTo(4);
        assertThat(four.goalsMetLastWeek().visible()).isEmpty();
        assertThat(StatsTable.of(four)).endsWith("\nWeekly goals met last week: <5 members with a goal.");

        member("U7", true, "3");

        final StatsAnswer five = core.communities.stats(ACME);
        assertThat(five.goalsMetLastWeek().members()).isEqualTo(5);
        assertThat(five.goalsMetLastWeek().visible()).contains(0.6);
        assertThat(StatsTable.of(five)).endsWith("\nWeekly goals met last week: 60% of the 5 members with a goal.");
    }

    @Test
    @DisplayName("GIVEN counted members without a goal WHEN an admin asks THEN the table has no goal line")
    void noGoalNoLine() {
        for (int i = 1; i <= 5; i++) {
            member("U" + i, true, "off");
        }
        assertThat(StatsTable.of(core.communities.stats(ACME))).doesNotContain("goal");
    }

    /** A member of the workspace, counted or not, with this goal and one interview in last week. */
    private void member(final String user, final boolean counted, final String goal) {
        final MemberKey key = new MemberKey("slack", "T1", user);
        if (counted) {
            say(key, "settings stats on");
        }
        say(key, "settings goal " + goal);
        core.store.useTransaction(session -> session.addInterview(session.memberFor(key, "").id(), new Interview("Acme",
                "Analyst", INTERVIEW, Duration.ofMinutes(45), InterviewFormat.VIDEO, List.of(Interviewer.named("Ben Ode")),
                Optional.empty(), ContactChannel.EMAIL, INTERVIEW, ""), Stage.WAITING));
    }

    private Reply say(final MemberKey key, final String text) {
        return core.engine.handle(new Inbound(key, "", Optional.empty(), "D1", Inbound.Kind.COMMAND, text));
    }
}
