package io.followupbot.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.MemberSettings;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @DisplayName("a nudge due inside the quiet window waits for its end time; one due outside it goes out then")
    @ParameterizedTest(name = "quiet {0}-{1}, due {2} -> {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            21:00 | 08:00 | 2025-03-03T23:00 | 2025-03-04T08:00 | spans midnight: late evening is quiet until the morning after
            21:00 | 08:00 | 2025-03-04T03:00 | 2025-03-04T08:00 | spans midnight: early morning is quiet
            21:00 | 08:00 | 2025-03-04T07:59 | 2025-03-04T08:00 | spans midnight: a minute before the end is quiet
            21:00 | 08:00 | 2025-03-04T08:00 | 2025-03-04T08:00 | spans midnight: the end time is not quiet
            21:00 | 08:00 | 2025-03-04T20:59 | 2025-03-04T20:59 | spans midnight: a minute before the start is not quiet
            21:00 | 08:00 | 2025-03-04T21:00 | 2025-03-05T08:00 | spans midnight: the start time is quiet
            12:00 | 13:30 | 2025-03-04T11:59 | 2025-03-04T11:59 | within one day (a lunch break): before it is not quiet
            12:00 | 13:30 | 2025-03-04T12:00 | 2025-03-04T13:30 | within one day (a lunch break): its start is quiet
            12:00 | 13:30 | 2025-03-04T13:30 | 2025-03-04T13:30 | within one day (a lunch break): its end is not quiet
            22:00 | 22:00 | 2025-03-04T22:00 | 2025-03-04T22:00 | equal start and end mean no quiet hours: not at that time
            22:00 | 22:00 | 2025-03-04T03:00 | 2025-03-04T03:00 | equal start and end mean no quiet hours: nor at night
            """)
    void nudgeWaitsForTheEndOfQuietHours(final LocalTime start, final LocalTime end, final String due,
                                         final String goesOut, final String why) {
        // GIVEN quiet hours from start to end in New York (the defaults are 21:00 to 08:00)
        final MemberSettings settings = NIGHT.withQuietHours(start, end);
        // WHEN a nudge is due
        // THEN it goes out at once, or when the window it is in ends
        assertThat(allowed(settings, local(due))).as(why).isEqualTo(local(goesOut));
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
