package io.followupbot.dates;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time of day inside a phrase ("2pm", "at 10", "2:30", "Monday morning", "end of day"), taken out
 * so that the rest is a day phrase. Without am/pm, 1:00 to 7:59 are afternoon hours (interviews and
 * deadlines happen in working hours), with or without minutes; a part of the day settles it ("7 in the
 * morning", "8 tonight"), and so does a leading zero ("02:30" is written on a 24-hour clock).
 */
final class ClockTime {

    /** A part of the day and the time it stands for when no clock time is given. */
    enum PartOfDay {
        MORNING(LocalTime.of(10, 0), "morning"), NOON(LocalTime.NOON, "noon"),
        AFTERNOON(LocalTime.of(14, 0), "afternoon"), END_OF_DAY(LocalTime.of(17, 0), "end of day"),
        EVENING(LocalTime.of(18, 0), "evening");

        private final LocalTime usual;
        private final String words;

        PartOfDay(final LocalTime usual, final String words) {
            this.usual = usual;
            this.words = words;
        }

        LocalTime usual() {
            return usual;
        }

        String words() {
            return words;
        }
    }

    /**
     * A phrase split into its day words, its clock time and its part of the day (each may be missing).
     *
     * @param midnight which midnight the time is, when it is one
     */
    record Timed(String day, Optional<LocalTime> time, Optional<PartOfDay> part, Midnight midnight) {
        Timed(final String day, final Optional<LocalTime> time, final Optional<PartOfDay> part) {
            this(day, time, part, Midnight.NONE);
        }
    }

    /**
     * "midnight" with a day: the one that ends it ("tonight at 12", "midnight tonight"), either ("Tuesday at
     * midnight" starts and ends Tuesday: asked), or a midnight without a day ("at midnight": the last one).
     */
    enum Midnight { NONE, ALONE, END, EITHER }

    private static final Pattern MIDNIGHT = Pattern.compile("(?:^| )(?:at |@ ?|by |around |before |until |till )?midnight(?= |$)");

    private static final Pattern PART = Pattern.compile("(?:^| )(?:in the |in |this |at |by |around |before |during the )?(?:early |late )?"
            + "(morning|afternoon|evening|tonight|night|noon|midday|lunchtime|lunch|end of day)(?= |$)");
    private static final Pattern CLOCK = Pattern.compile(
            "(?:^| )(?:at |@ ?|by |around |before |from |for )?(\\d{1,2}):(\\d{2}) ?(am|pm)?(?= |$)");
    private static final Pattern MERIDIEM = Pattern.compile(
            "(?:^| )(?:at |@ ?|by |around |before |from |for )?(\\d{1,2}) ?(am|pm)(?= |$)");
    private static final Pattern AT_HOUR = Pattern.compile("(?:^| )(?:at|@) ?(\\d{1,2})(?= |$)");
    /** A bare hour right after a day, ending the phrase: "wed 4", "tomorrow 10" (a day of the month is "the 4th"). */
    private static final Pattern DAY_THEN_HOUR = Pattern.compile("(?<=(?:^|\\s)(?:"
            + DatePhrases.WEEKDAY.substring(1, DatePhrases.WEEKDAY.length() - 1) + "|today|yesterday|tomorrow|tonight)) ([1-9]|1[0-2])$");
    /** A bare hour right before a day: "9 tomorrow". */
    private static final Pattern HOUR_THEN_DAY = Pattern.compile("^([1-9]|1[0-2])(?= (?:today|yesterday|tomorrow|tonight)$)");
    /** A bare hour, read as one only beside a part of the day ("7 in the morning"). */
    private static final Pattern BARE_HOUR = Pattern.compile("(?:^| )(\\d{1,2})(?= |$)");

    private ClockTime() {
    }

    /** Splits "yesterday at 4:15" into "yesterday" and 16:15; throws {@link UnreadableDate} for "25:00". */
    static Timed split(final String phrase) {
        final Matcher midnight = MIDNIGHT.matcher(phrase);
        if (midnight.find()) {
            final String rest = (phrase.substring(0, midnight.start()) + " " + phrase.substring(midnight.end())).strip();
            final String day = rest.replaceAll("\\b(tonight|this evening|tonite)\\b", "today").replaceAll("\\s+", " ").strip();
            final Midnight which = day.isEmpty() ? Midnight.ALONE : day.equals(rest) ? Midnight.EITHER : Midnight.END;
            return new Timed(day, Optional.of(LocalTime.MIDNIGHT), Optional.empty(), which);
        }
        return splitClock(phrase);
    }

    private static Timed splitClock(final String phrase) {
        String rest = phrase;
        Optional<PartOfDay> part = Optional.empty();
        final Matcher partMatch = PART.matcher(rest);
        if (partMatch.find()) {
            part = Optional.of(part(partMatch.group(1)));
            final String day = switch (partMatch.group(1)) {
                case "tonight" -> "today";
                default -> partMatch.group(0).strip().startsWith("this ") ? "today" : "";
            };
            rest = (rest.substring(0, partMatch.start()) + " " + day + " " + rest.substring(partMatch.end())).strip();
            rest = rest.replaceAll("^last( today)?$", "yesterday").replaceAll("^today today$", "today");
        }
        final Pattern[] patterns = part.isPresent() ? new Pattern[] {CLOCK, MERIDIEM, AT_HOUR, BARE_HOUR}
                : new Pattern[] {CLOCK, MERIDIEM, AT_HOUR, DAY_THEN_HOUR, HOUR_THEN_DAY};
        for (final Pattern pattern : patterns) {
            final Matcher match = pattern.matcher(rest);
            if (match.find()) {
                final String minutes = pattern == CLOCK ? match.group(2) : null;
                final String meridiem = pattern == CLOCK ? match.group(3) : pattern == MERIDIEM ? match.group(2) : null;
                final LocalTime time = time(match.group(1), minutes, meridiem, part);
                final String day = (rest.substring(0, match.start()) + " " + rest.substring(match.end())).strip();
                final boolean lateTwelve = meridiem == null && minutes == null && "12".equals(match.group(1))
                        && part.isPresent() && part.get() == PartOfDay.EVENING;
                return new Timed(day.replaceAll("\\s+", " "), Optional.of(lateTwelve ? LocalTime.MIDNIGHT : time), part,
                        lateTwelve ? Midnight.END : Midnight.NONE);
            }
        }
        return new Timed(rest.replaceAll("\\s+", " "), Optional.empty(), part);
    }

    private static PartOfDay part(final String word) {
        return switch (word) {
            case "morning" -> PartOfDay.MORNING;
            case "noon", "midday", "lunchtime", "lunch" -> PartOfDay.NOON;
            case "afternoon" -> PartOfDay.AFTERNOON;
            case "end of day" -> PartOfDay.END_OF_DAY;
            default -> PartOfDay.EVENING;
        };
    }

    private static LocalTime time(final String hourText, final String minuteText, final String meridiem,
            final Optional<PartOfDay> part) {
        int hour = Integer.parseInt(hourText);
        final int minute = minuteText == null ? 0 : Integer.parseInt(minuteText);
        final String written = hourText + (minuteText == null ? "" : ":" + minuteText) + (meridiem == null ? "" : meridiem);
        if (minute > 59 || hour > 23 || meridiem != null && (hour < 1 || hour > 12)) {
            throw new UnreadableDate("\"" + written + "\" is not a time of day. Write it like \"2pm\", \"14:00\" or \"at 10\".");
        }
        if (meridiem != null) {
            hour = hour % 12 + ("pm".equals(meridiem) ? 12 : 0);
        } else if (part.isPresent() && part.get() != PartOfDay.MORNING && part.get() != PartOfDay.NOON) {
            hour = hour < 12 ? hour + 12 : hour;
        } else if (part.isEmpty() && hour >= 1 && hour <= 7 && !hourText.startsWith("0")) {
            hour += 12;
        }
        return LocalTime.of(hour, minute);
    }
}
