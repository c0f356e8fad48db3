package io.followupbot.dates;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day and a time written together in any of the families members use (issue #29): the day as a weekday (full or
 * abbreviated), yesterday, tomorrow, a date in the member's order or in words, an ordinal; the time in digits, with
 * am/pm, on a 24-hour clock, in words ("quarter to 9", "half past 2", "twenty past 3", "noon"); in either order
 * with the usual connectors, in any case, optionally followed by the zone it was given in. Each reads back as
 * the moment meant.
 */
final class ComposedPhrasePropertiesTest {

    private static final LooseDateParser PARSER = new LooseDateParser();
    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    /** Zones written after a time, and the region each stands for. */
    private static final List<List<String>> WRITTEN_ZONES = List.of(List.of("PT", "America/Los_Angeles"),
            List.of("CET", "Europe/Berlin"), List.of("GMT", "UTC"), List.of("IST", "Asia/Kolkata"),
            List.of("ET", "America/New_York"), List.of("Tokyo", "Asia/Tokyo"));
    private static final String[] WORDS = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve"};

    /** How the day is written; {@code back} is how many days before today it is (-1: tomorrow). */
    record Day(int back, String how) {
    }

    /** How the time is written, and whether words make it (so no am/pm can follow). */
    record Clock(LocalTime time, String how) {
    }

    @Property(tries = 600)
    @Label("A day and a time in any order, form, case and connector, with or without a zone, read back as that moment")
    void dayAndTimeReadBack(@ForAll("days") final Day day, @ForAll("clocks") final Clock clock,
                            @ForAll("orders") final int order,
                            @ForAll(supplier = MemberZones.class) final String zoneId,
                            @ForAll("countries") final String country, @ForAll("writtenZones") final Optional<List<String>> written,
                            @ForAll("starts") final LocalDate today, @ForAll("cases") final int letterCase) {
        // GIVEN a member typing at 20:00 about an interview in the last six days (or tomorrow)
        final ZoneId zone = ZoneId.of(zoneId);
        final Instant now = today.atTime(20, 0).atZone(zone).toInstant();
        final ZoneId readIn = written.map(pair -> ZoneId.of(pair.get(1))).orElse(zone);
        final LocalDate theDay = LocalDate.ofInstant(now, readIn).minusDays(day.back());
        final String dayText = render(day, theDay, NumericOrder.forCountry(country));
        final String timeText = clock.how() + written.map(pair -> " " + pair.get(0)).orElse("");
        final String typed = cased(compose(dayText, timeText, order, day), letterCase);

        // WHEN reading it as the interview's time
        final DateAnswer<ZonedDateTime> answer = PARSER.parseInterviewTime(typed, now, zone, country);

        // THEN it is that day at that time where it was given, in the member's zone
        final LocalDateTime expected = theDay.atTime(clock.time()).atZone(readIn).withZoneSameInstant(zone).toLocalDateTime();
        assertThat(answer).as("\"%s\" typed in %s (%s) at %s", typed, zoneId, country, now)
                .isInstanceOfSatisfying(DateAnswer.Parsed.class, parsed ->
                        assertThat(((ZonedDateTime) parsed.value()).toLocalDateTime()).isEqualTo(expected));
    }

    private static String render(final Day day, final LocalDate date, final NumericOrder order) {
        final String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        final String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        final int dayOfMonth = date.getDayOfMonth();
        return switch (day.how()) {
            case "weekday" -> weekday;
            case "short weekday" -> weekday.substring(0, 3);
            case "last weekday" -> "last " + weekday.substring(0, 3);
            case "on weekday" -> "on " + weekday;
            case "relative" -> day.back() == 1 ? "yesterday" : day.back() == -1 ? "tomorrow" : "the day before yesterday";
            case "numeric" -> order == NumericOrder.DAY_FIRST ? dayOfMonth + "/" + date.getMonthValue()
                    : date.getMonthValue() + "/" + dayOfMonth;
            case "day month" -> dayOfMonth + " " + month.substring(0, 3);
            case "month ordinal" -> month + " " + dayOfMonth + CalendarDays.ordinal(dayOfMonth);
            case "ordinal" -> "the " + dayOfMonth + CalendarDays.ordinal(dayOfMonth);
            default -> weekday + " the " + dayOfMonth + CalendarDays.ordinal(dayOfMonth);
        };
    }

    private static String compose(final String day, final String time, final int order, final Day how) {
        final boolean weekdayLed = how.how().contains("weekday") || how.how().equals("numeric") || how.how().startsWith("day");
        return switch (order) {
            case 0 -> day + " at " + time;
            case 1 -> day + " " + time;
            case 2 -> day + ", " + time;
            case 3 -> day + " @ " + time;
            case 4 -> time + (weekdayLed && !day.startsWith("on ") && !day.startsWith("last ") ? " on " : " ") + day;
            default -> time + ", " + day;
        };
    }

    private static String cased(final String typed, final int letterCase) {
        return switch (letterCase) {
            case 0 -> typed.toLowerCase(Locale.ROOT);
            case 1 -> typed.toUpperCase(Locale.ROOT);
            default -> typed;
        };
    }

    @Provide
    Arbitrary<Day> days() {
        final Arbitrary<Integer> back = Arbitraries.integers().between(1, 6);
        final Arbitrary<String> how = Arbitraries.of("weekday", "short weekday", "last weekday", "on weekday", "numeric",
                "day month", "month ordinal", "ordinal", "weekday ordinal");
        final Arbitrary<Day> relative = Arbitraries.of(-1, 1, 2).map(days -> new Day(days, "relative"));
        return Arbitraries.oneOf(Combinators.combine(back, how).as(Day::new), relative);
    }

    @Provide
    Arbitrary<Clock> clocks() {
        final Arbitrary<Integer> hours = Arbitraries.integers().between(8, 18);
        final Arbitrary<Integer> minutes = Arbitraries.of(0, 5, 10, 15, 20, 30, 40, 45, 50);
        final Arbitrary<Integer> form = Arbitraries.integers().between(0, 7);
        return Combinators.combine(hours, minutes, form).as(ComposedPhrasePropertiesTest::clock);
    }

    private static Clock clock(final int hour, final int minute, final int form) {
        final LocalTime time = LocalTime.of(hour, minute);
        final int twelve = hour % 12 == 0 ? 12 : hour % 12;
        final String meridiem = hour < 12 ? "am" : "pm";
        final String how = switch (form) {
            case 0 -> String.format("%d:%02d", hour, minute);
            case 1 -> minute == 0 ? twelve + meridiem : String.format("%d:%02d%s", twelve, minute, meridiem);
            case 2 -> String.format("%d:%02d %s", twelve, minute, meridiem.charAt(0) + ".m.");
            case 3 -> minute == 0 ? twelve + meridiem.substring(0, 1) : String.format("%d%02d%s", twelve, minute, meridiem.substring(0, 1));
            case 4 -> minute == 0 ? (hour == 12 ? "noon" : twelve + " o'clock") : spoken(twelve, minute);
            case 5 -> String.format("%dh%02d", hour, minute);
            case 6 -> minute == 0 ? (hour == 12 ? "midday" : WORDS[twelve] + " " + meridiem) : spoken(twelve, minute);
            default -> minute == 30 ? "half " + twelve : String.format("%d.%02d%s", twelve, minute, meridiem);
        };
        return new Clock(time, how);
    }

    /** "quarter past 2", "twenty to 9", "half past 11", "10 past 3": read as working hours (1 to 7 are afternoon). */
    private static String spoken(final int twelve, final int minute) {
        if (minute <= 30) {
            final String amount = minute == 15 ? "quarter" : minute == 30 ? "half" : minute == 20 ? "twenty" : String.valueOf(minute);
            return amount + " past " + (twelve % 2 == 0 ? WORDS[twelve] : String.valueOf(twelve));
        }
        final int to = 60 - minute;
        final int next = twelve % 12 + 1;
        return (to == 15 ? "quarter" : to == 20 ? "twenty" : String.valueOf(to)) + " to " + next;
    }

    @Provide
    Arbitrary<Integer> orders() {
        return Arbitraries.integers().between(0, 5);
    }

    @Provide
    Arbitrary<String> countries() {
        return Arbitraries.of("US", "GB", "DE", "IN", "AU", "CA");
    }

    @Provide
    Arbitrary<Optional<List<String>>> writtenZones() {
        return Arbitraries.of(WRITTEN_ZONES).optional(0.3);
    }

    @Provide
    Arbitrary<LocalDate> starts() {
        return Arbitraries.integers().between(0, 600).map(START::plusDays);
    }

    @Provide
    Arbitrary<Integer> cases() {
        return Arbitraries.integers().between(0, 2);
    }
}
