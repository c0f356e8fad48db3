package io.followupbot.dates;

import io.followupbot.dates.ClockTime.PartOfDay;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The time of day inside what a member types: the boundaries of every reading. Without am/pm, 1 to 7 are the
 * afternoon (interviews happen in working hours) and 8 to 12 are what they say; a leading zero or a part of the
 * day settles it; am/pm settle it always, 12pm being noon and 12am midnight.
 */
final class ClockTimeTest {

    @DisplayName("The clock-time boundaries: what a member types -> the time the bot reads")
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(textBlock = """
            # am and pm: 12pm is noon, 12am midnight, 1 and 11 the edges of each half
            12pm, 12:00
            12am, 00:00
            1pm, 13:00
            1am, 01:00
            11am, 11:00
            11pm, 23:00
            12:30pm, 12:30
            12:30am, 00:30
            2 pm, 14:00
            at 3pm, 15:00
            @4pm, 16:00
            by 5 pm, 17:00
            # a bare hour after "at": 1 to 7 are the afternoon, 8 to 12 as they are
            at 1, 13:00
            at 7, 19:00
            at 8, 08:00
            at 12, 12:00
            at 11, 11:00
            @ 6, 18:00
            # hours and minutes: the same window, the minutes kept; 0 and 13 onwards are a 24-hour clock
            1:00, 13:00
            7:59, 19:59
            8:00, 08:00
            12:15, 12:15
            0:30, 00:30
            13:05, 13:05
            23:59, 23:59
            # a leading zero is a 24-hour clock: never moved to the afternoon
            at 01, 01:00
            at 07, 07:00
            02:30, 02:30
            07:59, 07:59
            # a part of the day settles a bare hour
            7 in the morning, 07:00
            8 tonight, 20:00
            3 in the afternoon, 15:00
            at 11 at night, 23:00
            at 9 morning, 09:00
            at 6 evening, 18:00
            12 noon, 12:00
            at 9:30 in the evening, 21:30
            """)
    void clockTimes(final String typed, final LocalTime expected) {
        assertThat(ClockTime.split(typed).time()).contains(expected);
    }

    @DisplayName("A part of the day alone stands for its usual time; the day words around it are kept")
    @ParameterizedTest(name = "\"{0}\" -> day \"{1}\", {2}")
    @CsvSource(textBlock = """
            monday morning, monday, MORNING
            friday afternoon, friday, AFTERNOON
            tuesday at noon, tuesday, NOON
            wednesday lunchtime, wednesday, NOON
            yesterday evening, yesterday, EVENING
            friday end of day, friday, END_OF_DAY
            tonight, today, EVENING
            this morning, today, MORNING
            last night, yesterday, EVENING
            """)
    void partsOfTheDay(final String typed, final String day, final PartOfDay part) {
        final ClockTime.Timed timed = ClockTime.split(typed);
        assertThat(timed.day()).isEqualTo(day);
        assertThat(timed.part()).contains(part);
        assertThat(timed.time()).isEmpty();
    }

    @Test
    @DisplayName("Each part of the day has the usual time a person means and its own words")
    void usualTimes() {
        assertThat(PartOfDay.MORNING.usual()).isEqualTo(LocalTime.of(10, 0));
        assertThat(PartOfDay.NOON.usual()).isEqualTo(LocalTime.NOON);
        assertThat(PartOfDay.AFTERNOON.usual()).isEqualTo(LocalTime.of(14, 0));
        assertThat(PartOfDay.END_OF_DAY.usual()).isEqualTo(LocalTime.of(17, 0));
        assertThat(PartOfDay.EVENING.usual()).isEqualTo(LocalTime.of(18, 0));
        assertThat(PartOfDay.END_OF_DAY.words()).isEqualTo("end of day");
    }

    @Test
    @DisplayName("The clock time is taken out and the day phrase is left, spaces tidied")
    void dayPhraseLeft() {
        assertThat(ClockTime.split("yesterday at 4:15")).isEqualTo(
                new ClockTime.Timed("yesterday", Optional.of(LocalTime.of(16, 15)), Optional.empty()));
        assertThat(ClockTime.split("next  monday 10am")).isEqualTo(
                new ClockTime.Timed("next monday", Optional.of(LocalTime.of(10, 0)), Optional.empty()));
        assertThat(ClockTime.split("14 march")).isEqualTo(
                new ClockTime.Timed("14 march", Optional.empty(), Optional.empty()));
    }

    @Test
    @DisplayName("A bare number 1 to 12 closing a phrase after a day is the hour (\"wed 4\", issue #29); a day of the "
            + "month is written \"the 7th\" or \"7th\"")
    void bareNumberAfterADayIsAnHour() {
        assertThat(ClockTime.split("friday 7")).isEqualTo(
                new ClockTime.Timed("friday", Optional.of(LocalTime.of(19, 0)), Optional.empty()));
        assertThat(ClockTime.split("friday 7 in the evening").time()).contains(LocalTime.of(19, 0));
        assertThat(ClockTime.split(PhraseText.normalise("friday 7th")).time()).isEmpty();
        assertThat(ClockTime.split("friday 13").time()).isEmpty();
    }

    @Test
    @DisplayName("A day of the month before a time is left to the day (\"jan 4 10am\" is not 4:10am, \"4/12 noon\" not "
            + "4/12:00pm); two numbers before am/pm are hour and minutes only when the first is not a day")
    void dayOfTheMonthBeforeATimeStaysTheDay() {
        assertThat(ClockTime.split(PhraseText.normalise("January 4th 10am"))).isEqualTo(
                new ClockTime.Timed("january the 4", Optional.of(LocalTime.of(10, 0)), Optional.empty()));
        assertThat(ClockTime.split(PhraseText.normalise("jan 4 10 am"))).isEqualTo(
                new ClockTime.Timed("jan 4", Optional.of(LocalTime.of(10, 0)), Optional.empty()));
        assertThat(ClockTime.split(PhraseText.normalise("4/12 noon"))).isEqualTo(
                new ClockTime.Timed("4/12", Optional.of(LocalTime.NOON), Optional.empty()));
        assertThat(ClockTime.split(PhraseText.normalise("10 30am"))).isEqualTo(
                new ClockTime.Timed("", Optional.of(LocalTime.of(10, 30)), Optional.empty()));
        assertThat(ClockTime.split(PhraseText.normalise("friday 12 noon"))).isEqualTo(
                new ClockTime.Timed("friday", Optional.of(LocalTime.NOON), Optional.empty()));
    }

    @DisplayName("A time that cannot be is refused, with how to write one")
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"13pm", "0am", "0pm", "24:00", "7:60", "at 24", "25:00", "12:61pm"})
    void impossibleTimes(final String typed) {
        assertThatThrownBy(() -> ClockTime.split(typed)).isInstanceOf(UnreadableDate.class)
                .hasMessageContaining("is not a time of day").hasMessageContaining("\"2pm\"");
    }
}
