package io.followupbot.dates;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** An interview day named vaguely ("last week", "earlier this week", "the other day"): the days offered, as buttons read. */
final class VagueDaysTest {

    private static final LooseDateParser PARSER = new LooseDateParser();
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Wednesday 11 March 2026, 15:00 in New York. */
    private static final Instant WEDNESDAY = LocalDateTime.parse("2026-03-11T15:00").atZone(NEW_YORK).toInstant();

    private static DateAnswer.Ask<ZonedDateTime> ask(final String typed) {
        final DateAnswer<ZonedDateTime> answer = PARSER.parseInterviewTime(typed, WEDNESDAY, NEW_YORK, "US");
        assertThat(answer).isInstanceOf(DateAnswer.Ask.class);
        return (DateAnswer.Ask<ZonedDateTime>) answer;
    }

    @Test
    @DisplayName("'last week' offers Monday to Friday of last week, each button a short day and time")
    void lastWeek() {
        final DateAnswer.Ask<ZonedDateTime> ask = ask("last week 3pm");
        assertThat(ask.readings()).extracting(ZonedDateTime::toLocalDate).containsExactly(LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 6));
        assertThat(ask.choices().get(0).label()).isEqualTo("Mon 2 Mar, 15:00");
        assertThat(ask.choices().get(0).answer()).isEqualTo("2026-03-02 15:00");
        assertThat(ask.question()).isEqualTo("Which day was it? Choose one or type the day and time, e.g. \"Tuesday 2pm\".");
    }

    @Test
    @DisplayName("'earlier this week' offers the days from Monday to today")
    void thisWeek() {
        assertThat(ask("earlier this week at 10").readings()).extracting(ZonedDateTime::toLocalDate).containsExactly(
                LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11));
    }

    @Test
    @DisplayName("'the other day' offers the five days before today")
    void theOtherDay() {
        assertThat(ask("the other day").readings()).extracting(ZonedDateTime::toLocalDate).containsExactly(
                LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 9),
                LocalDate.of(2026, 3, 10));
    }

    @Test
    @DisplayName("'next Friday' said on a Wednesday has two readings, both named in the question")
    void twoReadings() {
        final DateAnswer<LocalDate> answer = PARSER.parseForward("next Friday", WEDNESDAY, NEW_YORK, "US");
        assertThat(answer).isInstanceOfSatisfying(DateAnswer.Ask.class, ask -> {
            assertThat(ask.question()).isEqualTo("Which Friday do you mean: Friday 13 March 2026 or Friday 20 March 2026?");
            assertThat(((DateAnswer.Choice<?>) ask.choices().get(0)).label()).isEqualTo("Fri 13 Mar");
        });
    }

    @Test
    @DisplayName("a decision 'after the holidays' names no day: the member is asked to type one or say they didn't")
    void noDayYet() {
        final DateAnswer<LocalDate> decision = PARSER.parseDecisionDate("after the holidays", WEDNESDAY, NEW_YORK, "US");
        assertThat(decision).isInstanceOfSatisfying(DateAnswer.Ask.class, ask -> {
            assertThat(ask.question()).isEqualTo("\"after the holidays\" doesn't name a day yet. Did they give one? "
                    + "Type the day, e.g. \"by Friday\" or \"the 20th\".");
            assertThat(ask.readings()).isEmpty();
            assertThat(((DateAnswer.Choice<?>) ask.choices().get(0)).answer()).isEqualTo("they didn't say");
        });
        final DateAnswer<LocalDate> snooze = PARSER.parseForward("after the holidays", WEDNESDAY, NEW_YORK, "US");
        assertThat(snooze).isInstanceOfSatisfying(DateAnswer.Ask.class, ask -> assertThat(ask.choices()).isEmpty());
    }

    @Test
    @DisplayName("a long phrase that cannot be read is quoted back cut at 60 characters")
    void longNonsenseQuotedShort() {
        final String typed = "whenever the stars align and the committee has finished its many long deliberations";
        assertThat(PARSER.parseForward(typed, WEDNESDAY, NEW_YORK, "US")).isInstanceOfSatisfying(DateAnswer.Invalid.class,
                invalid -> assertThat(invalid.message()).startsWith("I couldn't read \"" + typed.substring(0, 60) + "...\""));
        assertThat(PARSER.parseInterviewTime("purple", WEDNESDAY, NEW_YORK, "US")).isInstanceOfSatisfying(
                DateAnswer.Invalid.class, invalid -> assertThat(invalid.message())
                        .startsWith("I couldn't read \"purple\" as the interview's day and time.").contains("\"3/14 at 2pm\""));
    }
}
