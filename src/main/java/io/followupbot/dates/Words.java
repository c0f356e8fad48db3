package io.followupbot.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates and times as the bot writes them back to members, so that a reading leaves no doubt. */
public final class Words {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter ANSWER = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

    private Words() {
    }

    /** "Monday 16 March 2026". */
    public static String day(final LocalDate day) {
        return DAY.format(day);
    }

    /** "Mon 16 Mar", for a button. */
    static String shortDay(final LocalDate day) {
        return SHORT_DAY.format(day);
    }

    /** "Mon 16 Mar, 14:00", for a button. */
    static String shortDayAndTime(final LocalDateTime at) {
        return SHORT_DAY.format(at) + ", " + TIME.format(at);
    }

    /** "Monday 16 March 2026 at 14:00". */
    static String dayAndTime(final LocalDateTime at) {
        return day(at.toLocalDate()) + " at " + TIME.format(at);
    }

    /** "2026-03-16 14:00": what a button sends back, read the same way by every member. */
    static String answer(final LocalDateTime at) {
        return ANSWER.format(at);
    }

    static String weekday(final DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
