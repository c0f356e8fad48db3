package io.followupbot.policy.calendar;

import io.followupbot.policy.BusinessCalendar;
import io.followupbot.policy.BusinessCalendars;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

final class ClosuresTest {

    private static BusinessCalendar calendar(final String place, final Closures closures) {
        return BusinessCalendar.of(place, new HolidayCalendars(closures));
    }

    private static DateRule rule(final String text) {
        return DateRule.parse(text).orElseThrow();
    }

    @Test
    @DisplayName("GIVEN a community closed on 24 and 31 December and for a winter break THEN those days are no business days")
    void closedDays() {
        // GIVEN a bootcamp's closures
        final Closures closures = new Closures(List.of(new Closures.Closed(rule("12-24"), "Christmas Eve"),
                new Closures.Closed(rule("12-31"), "New Year's Eve"),
                new Closures.Closed(rule("2027-02-15..2027-02-19"), "Winter break")), List.of());

        // WHEN a member in Germany asks
        final BusinessCalendar calendar = calendar("DE", closures);

        // THEN the closures are days off, named, and the next business day skips them
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 12, 24))).isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2027, 12, 31))).isFalse();
        assertThat(calendar.nextBusinessDayAfter(LocalDate.of(2027, 2, 12))).isEqualTo(LocalDate.of(2027, 2, 22));
        assertThat(calendar.holidays(2026)).contains(new DayOff(LocalDate.of(2026, 12, 24), "Christmas Eve"));
        // AND without closures the same days are business days
        assertThat(calendar("DE", Closures.NONE).isBusinessDay(LocalDate.of(2026, 12, 24))).isTrue();
    }

    @Test
    @DisplayName("GIVEN a community that works on Veterans Day THEN it stays a business day, the other holidays do not")
    void ignoredDays() {
        // GIVEN a community that ignores 11 November
        final Closures closures = new Closures(List.of(), List.of(rule("11-11")));

        // WHEN a member in the US asks
        final BusinessCalendar calendar = calendar("US", closures);

        // THEN Veterans Day is a business day and Thanksgiving still is not
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 11))).isTrue();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 26))).isFalse();
    }

    @Test
    @DisplayName("GIVEN calendars made with closures THEN every calendar they give honours them, and other calendars don't")
    void calendarsKeepTheirClosures() {
        // GIVEN the calendars of a community with a closure, and calendars without one
        final BusinessCalendars withRetreat = new BusinessCalendars(
                new Closures(List.of(new Closures.Closed(rule("2026-03-16"), "Retreat")), List.of()));
        final BusinessCalendars plain = BusinessCalendars.withoutClosures();

        // THEN a calendar taken from the first honours it
        assertThat(withRetreat.of("US").isBusinessDay(LocalDate.of(2026, 3, 16))).isFalse();
        // AND one taken from the others does not
        assertThat(plain.of("US").isBusinessDay(LocalDate.of(2026, 3, 16))).isTrue();
    }
}
