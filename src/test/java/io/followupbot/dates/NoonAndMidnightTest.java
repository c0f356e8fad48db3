package io.followupbot.dates;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "noon", "midday" and "midnight", said at every part of the day (night, morning, afternoon, evening) on Wednesday
 * 11 March 2026 in New York: noon with a day is that day's 12:00, never an early-morning time; noon alone looks
 * back like every interview time; midnight with a day is asked about (it starts and ends the day) unless the
 * words say which ("tonight").
 */
final class NoonAndMidnightTest {

    private static final LooseDateParser PARSER = new LooseDateParser();
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @DisplayName("An interview at noon, midday or midnight, said at each part of the day")
    @ParameterizedTest(name = "\"{0}\" said at {1} -> {2}")
    @CsvSource(delimiter = ';', textBlock = """
            noon;                 03:00; 2026-03-10T12:00
            noon;                 09:00; 2026-03-10T12:00
            noon;                 15:00; 2026-03-11T12:00
            noon;                 21:00; 2026-03-11T12:00
            at midday;            03:00; 2026-03-10T12:00
            midday;               15:00; 2026-03-11T12:00
            12 noon;              21:00; 2026-03-11T12:00
            noon today;           03:00; 2026-03-11T12:00
            today at noon;        09:00; 2026-03-11T12:00
            midday today;         15:00; 2026-03-11T12:00
            noon today;           21:00; 2026-03-11T12:00
            noon yesterday;       03:00; 2026-03-10T12:00
            yesterday at midday;  09:00; 2026-03-10T12:00
            yesterday noon;       15:00; 2026-03-10T12:00
            yesterday at noon;    21:00; 2026-03-10T12:00
            tomorrow at noon;     03:00; 2026-03-12T12:00
            noon tomorrow;        21:00; 2026-03-12T12:00
            monday at noon;       03:00; 2026-03-09T12:00
            mon midday;           09:00; 2026-03-09T12:00
            noon on monday;       15:00; 2026-03-09T12:00
            Monday 12 noon;       21:00; 2026-03-09T12:00
            quarter past noon;    15:00; 2026-03-11T12:15
            quarter to noon;      15:00; 2026-03-11T11:45
            this afternoon at 12; 15:00; 2026-03-11T12:00
            at midnight;          03:00; 2026-03-11T00:00
            midnight;             09:00; 2026-03-11T00:00
            at midnight;          15:00; 2026-03-11T00:00
            midnight;             21:00; 2026-03-11T00:00|2026-03-12T00:00
            tonight at midnight;  03:00; 2026-03-12T00:00
            midnight tonight;     15:00; 2026-03-12T00:00
            tonight at 12;        21:00; 2026-03-12T00:00
            this evening at 12;   21:00; 2026-03-12T00:00
            tuesday at midnight;  03:00; 2026-03-10T00:00|2026-03-11T00:00
            midnight monday;      15:00; 2026-03-09T00:00|2026-03-10T00:00
            yesterday at midnight; 21:00; 2026-03-10T00:00|2026-03-11T00:00
            """)
    void interview(final String typed, final String at, final String expected) {
        // GIVEN a member in New York on Wednesday 11 March 2026 at the given time
        final Instant now = LocalDateTime.parse("2026-03-11T" + at).atZone(NEW_YORK).toInstant();

        // WHEN the interview's time is typed
        final DateAnswer<ZonedDateTime> answer = PARSER.parseInterviewTime(typed, now, NEW_YORK, "US");

        // THEN it is the one moment meant, or one question offering exactly the two midnights
        final String[] readings = expected.split("\\|");
        if (readings.length == 1) {
            assertThat(answer).as(typed).isInstanceOfSatisfying(DateAnswer.Parsed.class, parsed -> assertThat(
                    ((ZonedDateTime) parsed.value()).toLocalDateTime()).isEqualTo(LocalDateTime.parse(readings[0])));
        } else {
            assertThat(answer).as(typed).isInstanceOfSatisfying(DateAnswer.Ask.class, ask -> assertThat(
                    ask.readings().stream().map(reading -> ((ZonedDateTime) reading).toLocalDateTime()).toList())
                    .containsExactlyElementsOf(Arrays.stream(readings).map(LocalDateTime::parse).toList()));
        }
    }

    @DisplayName("A snooze or deadline at noon, midday or midnight is that day, at each part of the day")
    @ParameterizedTest(name = "\"{0}\" said at {1} -> {2}")
    @CsvSource(delimiter = ';', textBlock = """
            noon tomorrow;            03:00; 2026-03-12
            tomorrow at midday;       09:00; 2026-03-12
            by midnight friday;       15:00; 2026-03-13
            friday at noon;           21:00; 2026-03-13
            midnight tonight;         21:00; 2026-03-11
            at noon;                  09:00; 2026-03-11
            """)
    void forward(final String typed, final String at, final String expected) {
        // GIVEN a member in New York on Wednesday 11 March 2026 at the given time
        final Instant now = LocalDateTime.parse("2026-03-11T" + at).atZone(NEW_YORK).toInstant();

        // WHEN a snooze is typed THEN it is that day
        assertThat(PARSER.parseForward(typed, now, NEW_YORK, "US")).as(typed)
                .isEqualTo(new DateAnswer.Parsed<>(LocalDate.parse(expected), Words.day(LocalDate.parse(expected))));
    }
}
