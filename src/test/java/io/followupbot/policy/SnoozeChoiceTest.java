package io.followupbot.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.MemberSettings;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When each of a nudge's snoozes brings the step back (issue 31), for a member in New York (quiet 21:00-08:00). */
final class SnoozeChoiceTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final MemberSettings ANA = MemberSettings.defaults(NEW_YORK, "US");
    private static final BusinessCalendar US = BusinessCalendars.withoutClosures().of("US");

    private static Instant local(final String at) {
        return LocalDateTime.parse(at).atZone(NEW_YORK).toInstant();
    }

    @ParameterizedTest(name = "{0} at {1} -> {2}")
    @CsvSource(textBlock = """
            # an ordinary Tuesday afternoon
            HOUR, 2026-03-10T15:20, 2026-03-10T16:20
            TOMORROW_MORNING, 2026-03-10T15:20, 2026-03-11T09:00
            NEXT_BUSINESS_DAY, 2026-03-10T15:20, 2026-03-11T09:00
            NEXT_WEEK, 2026-03-10T15:20, 2026-03-16T09:00
            # an hour that would end in quiet hours comes back when they end
            HOUR, 2026-03-10T20:30, 2026-03-11T08:00
            # Friday: tomorrow is Saturday, the next business day Monday
            TOMORROW_MORNING, 2026-03-13T11:00, 2026-03-14T09:00
            NEXT_BUSINESS_DAY, 2026-03-13T11:00, 2026-03-16T09:00
            NEXT_WEEK, 2026-03-13T11:00, 2026-03-16T09:00
            # Friday before Memorial Day (Monday 25 May 2026): the next business day and next week are Tuesday
            NEXT_BUSINESS_DAY, 2026-05-22T11:00, 2026-05-26T09:00
            NEXT_WEEK, 2026-05-22T11:00, 2026-05-26T09:00
            # Sunday: next week starts tomorrow
            NEXT_WEEK, 2026-03-15T11:00, 2026-03-16T09:00
            """)
    @DisplayName("GIVEN a moment and a snooze choice WHEN the member picks it THEN the step comes back at this time")
    void choices(final SnoozeChoice choice, final String now, final String expected) {
        // GIVEN / WHEN
        final Instant at = choice.at(local(now), ANA, US);

        // THEN
        assertThat(at).isEqualTo(local(expected));
    }

    @Test
    @DisplayName("GIVEN a member whose nudge hour falls in their quiet hours WHEN they snooze to tomorrow morning THEN "
            + "it comes when the quiet hours end")
    void nudgeHourInQuietHours() {
        // GIVEN nudges at 07:00, quiet until 08:00
        final MemberSettings early = ANA.withNudgeHour(LocalTime.of(7, 0));

        // WHEN / THEN
        assertThat(SnoozeChoice.TOMORROW_MORNING.at(local("2026-03-10T15:20"), early, US))
                .isEqualTo(local("2026-03-11T08:00"));
        assertThat(SnoozeChoice.pauseEnd(LocalDate.of(2026, 3, 16), early)).isEqualTo(local("2026-03-16T08:00"));
    }

    @Test
    @DisplayName("GIVEN the words of each choice, typed any way WHEN read THEN they name the choice; other words none")
    void named() {
        assertThat(SnoozeChoice.named("In an hour")).contains(SnoozeChoice.HOUR);
        assertThat(SnoozeChoice.named("1h")).contains(SnoozeChoice.HOUR);
        assertThat(SnoozeChoice.named("tomorrow  morning")).contains(SnoozeChoice.TOMORROW_MORNING);
        assertThat(SnoozeChoice.named("next-business-day")).contains(SnoozeChoice.NEXT_BUSINESS_DAY);
        assertThat(SnoozeChoice.named("NEXT WEEK")).contains(SnoozeChoice.NEXT_WEEK);
        assertThat(SnoozeChoice.named("next Monday")).isEmpty();
    }
}
