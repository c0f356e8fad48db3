package io.followupbot.community;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.MemberSettings;
import io.followupbot.policy.BusinessCalendar;
import io.followupbot.policy.BusinessCalendars;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The weekly digest falls on the first business day of the member's week, at their nudge hour, in their zone. */
final class DigestScheduleTest {

    private static final MemberSettings NEW_YORK = MemberSettings.defaults(ZoneId.of("America/New_York"), "US");
    private static final MemberSettings TOKYO = MemberSettings.defaults(ZoneId.of("Asia/Tokyo"), "JP");
    private static final MemberSettings LONDON = MemberSettings.defaults(ZoneId.of("Europe/London"), "GB")
            .withNudgeHour(LocalTime.of(8, 30));

    @Test
    @DisplayName("GIVEN a member in New York (nudges at 09:00) WHEN it is Monday 9 March 2026 THEN the digest is due "
            + "from 09:00 EDT (13:00 UTC), not a minute before")
    void mondayAtTheNudgeHourInTheMembersZone() {
        assertThat(DigestSchedule.dueAt(LocalDate.of(2026, 3, 9), NEW_YORK, calendarOf(NEW_YORK))).hasValueSatisfying(at ->
                assertThat(at.toInstant()).isEqualTo(Instant.parse("2026-03-09T13:00:00Z")));
        assertThat(DigestSchedule.due(Instant.parse("2026-03-09T12:59:00Z"), NEW_YORK, calendarOf(NEW_YORK))).isFalse();
        assertThat(DigestSchedule.due(Instant.parse("2026-03-09T13:00:00Z"), NEW_YORK, calendarOf(NEW_YORK))).isTrue();
    }

    @Test
    @DisplayName("GIVEN the same instant, Monday 00:30 UTC WHEN members in Tokyo and New York are asked THEN Tokyo's "
            + "Monday 09:30 digest is due and New York is still in last week")
    void zonesDecideTheWeekAndTheHour() {
        final Instant now = Instant.parse("2026-03-09T00:30:00Z");

        assertThat(DigestSchedule.week(now, TOKYO)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(DigestSchedule.due(now, TOKYO, calendarOf(TOKYO))).isTrue();
        assertThat(DigestSchedule.week(now, NEW_YORK)).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(DigestSchedule.due(Instant.parse("2026-03-08T23:59:00Z"), TOKYO, calendarOf(TOKYO))).isFalse();
    }

    @Test
    @DisplayName("GIVEN a Monday that is a public holiday of the member's place (Memorial Day, Easter Monday) THEN "
            + "the digest waits for Tuesday at the nudge hour")
    void holidaysMoveItToTheNextBusinessDay() {
        assertThat(DigestSchedule.dueAt(LocalDate.of(2026, 5, 25), NEW_YORK, calendarOf(NEW_YORK))).hasValueSatisfying(at ->
                assertThat(at.toLocalDateTime()).hasToString("2026-05-26T09:00"));
        assertThat(DigestSchedule.dueAt(LocalDate.of(2026, 4, 6), LONDON, calendarOf(LONDON))).hasValueSatisfying(at ->
                assertThat(at.toLocalDateTime()).hasToString("2026-04-07T08:30"));
        assertThat(DigestSchedule.due(Instant.parse("2026-04-06T10:00:00Z"), LONDON, calendarOf(LONDON))).isFalse();
        assertThat(DigestSchedule.dueAt(LocalDate.of(2026, 4, 6), NEW_YORK, calendarOf(NEW_YORK))).hasValueSatisfying(at ->
                assertThat(at.toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 6)));
    }

    private final BusinessCalendars calendars = BusinessCalendars.withoutClosures();

    private BusinessCalendar calendarOf(final MemberSettings settings) {
        return calendars.of(settings.country());
    }
}
