package io.followupbot.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.MemberSettings;
import io.followupbot.interview.StepKind;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Catch-up after downtime: one nudge at a time, the one that matters most first")
class CatchUpTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final MemberSettings SETTINGS = MemberSettings.defaults(BERLIN, "DE")
            .withQuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

    private record Overdue(String name, StepKind kind, Instant dueAt) {
    }

    @Test
    @DisplayName("a step is late for catch-up only when it fell due more than 15 minutes ago")
    void lateAfterFifteenMinutes() {
        final Instant now = Instant.parse("2025-03-03T12:00:00Z");
        assertThat(CatchUp.late(now.minusSeconds(15 * 60 + 1), now)).isTrue();
        assertThat(CatchUp.late(now.minusSeconds(15 * 60), now)).isFalse();
        assertThat(CatchUp.late(now.minusSeconds(60), now)).isFalse();
    }

    @Test
    @DisplayName("GIVEN overdue steps THEN deadline-bound ones go first, then the latest due")
    void deadlinesFirstThenLatest() {
        final Instant monday = Instant.parse("2025-03-03T08:00:00Z");
        final List<Overdue> steps = new ArrayList<>(List.of(
                new Overdue("old check-in", StepKind.CHECK_IN, monday),
                new Overdue("thank-you", StepKind.THANK_YOU, monday.minusSeconds(7_200)),
                new Overdue("new check-in", StepKind.CHECK_IN, monday.plusSeconds(3_600)),
                new Overdue("offer reply", StepKind.REPLY_OFFER, monday.plusSeconds(60))));

        steps.sort(CatchUp.order(Overdue::kind, Overdue::dueAt));

        assertThat(steps).extracting(Overdue::name)
                .containsExactly("offer reply", "thank-you", "new check-in", "old check-in");
    }

    @Test
    @DisplayName("GIVEN three later nudges at 18:00 THEN they go two hours apart, the third after the quiet night")
    void laterTurnsAreSpacedAndOutOfQuietHours() {
        final Instant sixPm = Instant.parse("2025-03-03T17:00:00Z");

        final List<Instant> turns = CatchUp.laterTurns(SETTINGS, sixPm, 3);

        assertThat(turns).containsExactly(Instant.parse("2025-03-03T19:00:00Z"),
                Instant.parse("2025-03-04T07:00:00Z"), Instant.parse("2025-03-04T09:00:00Z"));
    }
}
