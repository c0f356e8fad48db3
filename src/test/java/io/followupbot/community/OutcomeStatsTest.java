package io.followupbot.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The arithmetic of a community's figures and the rule that hides a figure behind fewer than 5 members. */
final class OutcomeStatsTest {

    private static final Instant MARCH = Instant.parse("2026-03-10T14:00:00Z");
    private static final Instant APRIL = Instant.parse("2026-04-07T14:00:00Z");

    /**
     * 200 members, one March interview each. Member i: a thank-you 2 h after the interview when i % 4 != 0, else
     * 30 h after (150 in time of 200); a check-in when i % 2 == 0, 1 day after its nudge when i % 10 != 0, else 3
     * days after (80 on time of 100); a reply when i % 5 == 0 (40), an offer when i % 20 == 0 (10), the answer
     * 10 days after the interview when i % 5 == 0 and i < 100 (20 answers), 20 days after otherwise (20 more).
     */
    private static List<OutcomeFacts> seededCommunity() {
        final List<OutcomeFacts> facts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            final Instant end = MARCH.plus(Duration.ofMinutes(45));
            final Instant nudge = MARCH.plus(Duration.ofDays(8));
            final List<Instant> thankYou = List.of(end.plus(Duration.ofHours(i % 4 != 0 ? 2 : 30)));
            final List<Instant> checkIn = i % 2 == 0 ? List.of(nudge.plus(Duration.ofDays(i % 10 != 0 ? 1 : 3))) : List.of();
            final Optional<Instant> answer = i % 5 == 0
                    ? Optional.of(MARCH.plus(Duration.ofDays(i < 100 ? 10 : 20))) : Optional.empty();
            facts.add(new OutcomeFacts("m" + i, MARCH, end, thankYou, checkIn, List.of(nudge),
                    answer.map(List::of).orElse(List.of()), i % 20 == 0 ? 1 : 0, answer));
        }
        return facts;
    }

    @Test
    @DisplayName("GIVEN a seeded community of 200 members WHEN its March figures are computed THEN each is the "
            + "arithmetic of the seed")
    void arithmeticOnTwoHundredMembers() {
        final List<OutcomeStats.Month> months = OutcomeStats.of(seededCommunity());

        assertThat(months).singleElement().satisfies(march -> {
            assertThat(march.month()).isEqualTo(YearMonth.of(2026, 3));
            assertThat(march.interviews().visible()).contains(200.0);
            assertThat(march.thankYousWithin24h().visible()).hasValueSatisfying(share -> assertThat(share).isEqualTo(0.75));
            assertThat(march.checkInsOnTime().visible()).hasValueSatisfying(share -> assertThat(share).isEqualTo(0.8));
            assertThat(march.replies().visible()).contains(40.0);
            assertThat(march.offers().visible()).contains(10.0);
            assertThat(march.medianDaysToAnswer().visible()).hasValueSatisfying(days ->
                    assertThat(days).isCloseTo(15.0, within(0.01)));
            assertThat(march.medianDaysToAnswer().members()).isEqualTo(40);
        });
    }

    @Test
    @DisplayName("GIVEN a month with 4 members and one with 5 WHEN the figures are computed THEN every figure of the "
            + "first is hidden and the second's are shown")
    void hiddenBelowFiveMembers() {
        final List<OutcomeFacts> facts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            facts.add(interview("few" + i, MARCH));
            facts.add(interview("few" + i, MARCH.plus(Duration.ofDays(1))));
        }
        for (int i = 0; i < 5; i++) {
            facts.add(interview("many" + i, APRIL));
        }

        final List<OutcomeStats.Month> months = OutcomeStats.of(facts);

        assertThat(months.get(0).interviews().members()).isEqualTo(4);
        assertThat(List.of(months.get(0).interviews(), months.get(0).thankYousWithin24h(), months.get(0).replies(),
                months.get(0).offers())).allSatisfy(figure -> assertThat(figure.visible()).isEmpty());
        assertThat(months.get(1).interviews().visible()).contains(5.0);
        assertThat(months.get(1).checkInsOnTime().visible()).isEmpty();
        assertThat(StatsTable.of(new StatsAnswer(months, new byte[0]))).contains("Mar 2026").contains("<5")
                .contains("Apr 2026").doesNotContain("few").doesNotContain("many");
    }

    @Test
    @DisplayName("GIVEN a check-in sent before its nudge, one within two days and one after THEN only the one within "
            + "two days is on time")
    void checkInTiming() {
        final Instant nudge = MARCH.plus(Duration.ofDays(8));

        assertThat(OutcomeStats.onTime(nudge.minus(Duration.ofHours(1)), List.of(nudge))).isFalse();
        assertThat(OutcomeStats.onTime(nudge.plus(Duration.ofDays(2)), List.of(nudge))).isTrue();
        assertThat(OutcomeStats.onTime(nudge.plus(Duration.ofDays(2)).plusSeconds(1), List.of(nudge))).isFalse();
    }

    @Test
    @DisplayName("GIVEN figures WHEN the chart is drawn THEN it is a PNG")
    void chartIsAPng() {
        final byte[] png = StatsChart.png(OutcomeStats.of(seededCommunity()));

        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    private static OutcomeFacts interview(final String member, final Instant start) {
        final Instant end = start.plus(Duration.ofMinutes(45));
        return new OutcomeFacts(member, start, end, List.of(end.plusSeconds(3600)), List.of(), List.of(),
                List.of(), 0, Optional.empty());
    }
}
