package io.followupbot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end through {@code plan --json}: when the decision date is the day before a holiday of the
 * member's place, the check-in lands on the next real business day there, not on the holiday.
 */
final class PlanAroundHolidaysTest {

    private static LocalDate firstCheckIn(final String interviewAt, final String zone, final String place,
                                          final String decision) throws Exception {
        final Clock dayAfter = Clock.fixed(Instant.parse(interviewAt + ":00Z").plusSeconds(86_400), ZoneOffset.UTC);
        final CommandRun run = CommandRun.of(new CommandLine(new PlanCommand(dayAfter)), "--interview-at", interviewAt,
                "--zone", zone, "--country", place, "--decision", decision, "--json");
        final JsonNode steps = new ObjectMapper().readTree(run.printed()).get("steps");
        return StreamSupport.stream(steps.spliterator(), false)
                .filter(step -> step.get("kind").asText().equals("check_in")).findFirst()
                .map(step -> OffsetDateTime.parse(step.get("at").asText()).toLocalDate()).orElseThrow();
    }

    @DisplayName("The check-in after a decision date the day before a holiday lands on the next real business day")
    @ParameterizedTest(name = "{2}: decision {3}, day before {6} -> check-in {4} (the whole of {5}: {7})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-03-16T10:00 | Asia/Tokyo       | JP     | 2026-03-19 | 2026-03-23 | JP | Vernal Equinox Day, Fri 20 March            | 2026-03-23
            2026-02-10T10:00 | Asia/Singapore   | SG     | 2026-02-16 | 2026-02-19 | SG | Chinese New Year, Tue 17 and Wed 18 February | 2026-02-19
            2026-11-24T10:00 | Europe/London    | GB-SCT | 2026-11-29 | 2026-12-01 | GB | St Andrew's Day, Mon 30 November             | 2026-11-30
            2026-05-28T10:00 | Europe/Berlin    | DE-BY  | 2026-06-03 | 2026-06-05 | DE | Corpus Christi, Thu 4 June                   | 2026-06-04
            2026-05-11T10:00 | America/Toronto  | CA-ON  | 2026-05-17 | 2026-05-19 | CA | Victoria Day, Mon 18 May                     | 2026-05-18
            2026-02-09T10:00 | America/Toronto  | CA-ON  | 2026-02-15 | 2026-02-17 | CA | Family Day, Mon 16 February                  | 2026-02-16
            """)
    void checkInSkipsTheHolidayOfThePlace(final String interviewAt, final String zone, final String place,
                                         final String decision, final LocalDate expected, final String country,
                                         final String holiday, final LocalDate wholeCountry) throws Exception {
        // GIVEN an interview and a decision date the day before a holiday of the member's place
        // WHEN planning for a member there
        final LocalDate checkIn = firstCheckIn(interviewAt, zone, place, decision);

        // THEN the check-in skips the holiday (and the weekend) to the next business day there
        assertThat(checkIn).as("check-in in %s after %s", place, holiday).isEqualTo(expected);
        // AND where the day is no holiday (the country as a whole) it is not skipped
        assertThat(firstCheckIn(interviewAt, zone, country, decision)).isEqualTo(wholeCountry);
    }
}
