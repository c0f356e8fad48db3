package io.followupbot.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.MemberSettings;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Quiet hours: when a nudge may go out")
class QuietHoursTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final MemberSettings NIGHT = MemberSettings.defaults(NEW_YORK, "US"); // 21:00-08:00

    private static Instant local(final String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(NEW_YORK).toInstant();
    }

    /** When a nudge due at {@code at} may go out: {@code at} itself, or the end of the quiet window it is in. */
    private static Instant allowed(final MemberSettings settings, final Instant at) {
        return QuietHours.of(settings).snapOut(at.atZone(settings.zone())).toInstant();
    }

    @Test
    @DisplayName("a window that spans midnight holds late evening and early morning, and ends at its end time")
    void spansMidnight() {
        // GIVEN quiet hours from 21:00 to 08:00 in New York
        // WHEN it is 23:00, 03:00, 07:59 and 08:00, 20:59, 21:00
        // THEN the first three (and 21:00) are quiet until 08:00 the morning after, the others are not
        assertThat(allowed(NIGHT, local("2025-03-03T23:00"))).isEqualTo(local("2025-03-04T08:00"));
        assertThat(allowed(NIGHT, local("2025-03-04T03:00"))).isEqualTo(local("2025-03-04T08:00"));
        assertThat(allowed(NIGHT, local("2025-03-04T07:59"))).isEqualTo(local("2025-03-04T08:00"));
        assertThat(allowed(NIGHT, local("2025-03-04T08:00"))).isEqualTo(local("2025-03-04T08:00"));
        assertThat(allowed(NIGHT, local("2025-03-04T20:59"))).isEqualTo(local("2025-03-04T20:59"));
        assertThat(allowed(NIGHT, local("2025-03-04T21:00"))).isEqualTo(local("2025-03-05T08:00"));
    }

    @Test
    @DisplayName("a window within one day holds only between its start and end")
    void withinOneDay() {
        // GIVEN quiet hours from 12:00 to 13:30 (a lunch break)
        final MemberSettings lunch = NIGHT.withQuietHours(LocalTime.of(12, 0), LocalTime.of(13, 30));
        // WHEN it is 11:59, 12:00 and 13:30
        // THEN only 12:00 is quiet, until 13:30
        assertThat(allowed(lunch, local("2025-03-04T11:59"))).isEqualTo(local("2025-03-04T11:59"));
        assertThat(allowed(lunch, local("2025-03-04T12:00"))).isEqualTo(local("2025-03-04T13:30"));
        assertThat(allowed(lunch, local("2025-03-04T13:30"))).isEqualTo(local("2025-03-04T13:30"));
    }

    @Test
    @DisplayName("equal start and end mean no quiet hours")
    void equalStartAndEndMeanNone() {
        final MemberSettings none = NIGHT.withQuietHours(LocalTime.of(22, 0), LocalTime.of(22, 0));
        assertThat(allowed(none, local("2025-03-04T22:00"))).isEqualTo(local("2025-03-04T22:00"));
        assertThat(allowed(none, local("2025-03-04T03:00"))).isEqualTo(local("2025-03-04T03:00"));
    }

    @Test
    @DisplayName("the window ends at local 08:00 on the night the clocks change")
    void acrossDaylightSavingTime() {
        // GIVEN the night of 2025-03-09, when New York moves from EST to EDT at 02:00
        // WHEN it is 23:00 the evening before
        // THEN quiet ends at 08:00 EDT, 12:00 UTC (not 13:00)
        assertThat(allowed(NIGHT, local("2025-03-08T23:00"))).isEqualTo(Instant.parse("2025-03-09T12:00:00Z"));
    }
}
