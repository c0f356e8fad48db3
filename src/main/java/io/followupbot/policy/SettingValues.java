package io.followupbot.policy;

import io.followupbot.dates.ZoneNames;
import io.followupbot.interview.Cadence;
import io.followupbot.policy.calendar.Place;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of each value a member's settings, a community's settings, bot-config.yml and the command line
 * take: a time of day, quiet hours, a cadence, a place, a time zone, a weekly goal and a draft template. Each accepts the same
 * text and refuses it in the same words wherever it was written.
 */
public final class SettingValues {

    /** The longest draft template a community may set, in characters: a longer draft would not be read. */
    public static final int TEMPLATE_LIMIT = 3000;

    static final String TIME_OF_DAY = "isn't a time of day: write one as 9, 9:30, 09:00 or 9am";
    static final String QUIET_HOURS = "isn't quiet hours: write them as start-end, for example 21:00-08:00";
    static final String CADENCE = "isn't a cadence: it is gentle (one check-in), standard (two, a week apart) "
            + "or persistent (three, weekly)";
    static final String PLACE = "isn't a place whose public holidays I know: " + Place.HOW_TO_WRITE;
    static final String ZONE = ZoneNames.NOT_A_ZONE;

    /** The most applications and follow-ups a week a goal may ask for: more is a count no one keeps up. */
    public static final int GOAL_LIMIT = 50;
    static final String GOAL = "isn't a weekly goal: write how many applications and follow-ups you mean to make a "
            + "week, from 1 to " + GOAL_LIMIT + ", or off";
    static final String GOAL_TOO_HIGH = "is more than a week can hold: a goal is at most " + GOAL_LIMIT + " "
            + "applications and follow-ups a week (or off)";

    /** The shortest and longest silence after an application's follow-up before its move-on. */
    public static final int SILENCE_MIN = 7;
    public static final int SILENCE_MAX = 90;
    static final String SILENCE = "isn't a number of days between " + SILENCE_MIN + " and " + SILENCE_MAX + ": how long "
            + "an application stays quiet after its follow-up before the move-on, e.g. 14";

    static final String TEMPLATE_TOO_LONG = "is longer than 3,000 characters: a draft that long would not be read";

    private static final Pattern GOAL_NUMBER = Pattern.compile("(\\d{1,9})(?:\\s*(?:a|per|/|each)\\s*week)?");
    private static final Pattern SILENCE_DAYS = Pattern.compile("(\\d{1,4})\\s*(days?|weeks?)?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?");

    private SettingValues() {
    }

    /** "9", "9:30", "09:00", "21:30", "9am", "9:30 pm", "12am" (midnight). */
    public static Reading<LocalTime> timeOfDay(final String text) {
        final String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        final Matcher matcher = TIME.matcher(typed);
        if (!matcher.matches()) {
            return Reading.refused(text, TIME_OF_DAY);
        }
        int hour = Integer.parseInt(matcher.group(1));
        final int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        if (matcher.group(3) != null) {
            if (hour < 1 || hour > 12) {
                return Reading.refused(text, TIME_OF_DAY);
            }
            hour = hour % 12 + (matcher.group(3).startsWith("p") ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return Reading.refused(text, TIME_OF_DAY);
        }
        return Reading.of(LocalTime.of(hour, minute));
    }

    /** "21:00-08:00", "9pm - 8am": the start and the end, each a time of day. */
    public static Reading<List<LocalTime>> quietHours(final String text) {
        final String[] range = (text == null ? "" : text.strip()).split("\\s*-\\s*", -1);
        if (range.length != 2) {
            return Reading.refused(text, QUIET_HOURS);
        }
        final Reading<LocalTime> start = timeOfDay(range[0]);
        final Reading<LocalTime> end = timeOfDay(range[1]);
        if (start.isRefused() || end.isRefused()) {
            return Reading.refused(text, QUIET_HOURS);
        }
        return Reading.of(List.of(start.value().orElseThrow(), end.value().orElseThrow()));
    }

    /** "gentle", "Standard", "PERSISTENT". */
    public static Reading<Cadence> cadence(final String text) {
        return Cadence.parse(text).map(Reading::of).orElseGet(() -> Reading.refused(text, CADENCE));
    }

    /** A country or region with known public holidays, as its code is kept: "gb-sct" gives "GB-SCT". */
    public static Reading<String> place(final String text) {
        return BusinessCalendar.isSupportedCountry(text) ? Reading.of(Place.parse(text).orElseThrow().code())
                : Reading.refused(text, PLACE);
    }

    /** A city, a region such as Europe/Berlin, or an abbreviation such as PST. */
    public static Reading<ZoneId> zone(final String text) {
        return ZoneNames.find(text).map(zone -> Reading.of(zone.id())).orElseGet(() -> Reading.refused(text, ZONE));
    }

    /**
     * A weekly goal: "5", "5 a week", "5 per week", "5/week"; "off", "none" and "0" for no goal (read as 0). At most
     * {@link #GOAL_LIMIT}.
     */
    public static Reading<Integer> weeklyGoal(final String text) {
        final String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (typed.equals("off") || typed.equals("none") || typed.equals("no")) {
            return Reading.of(0);
        }
        final Matcher matcher = GOAL_NUMBER.matcher(typed);
        if (!matcher.matches()) {
            return Reading.refused(text, GOAL);
        }
        final int goal = Integer.parseInt(matcher.group(1));
        return goal > GOAL_LIMIT ? Reading.refused(text, GOAL_TOO_HIGH) : Reading.of(goal);
    }

    /** The days of silence after an application's follow-up before its move-on: "14", "14 days", "3 weeks". */
    public static Reading<Integer> applicationSilence(final String text) {
        final Matcher matcher = SILENCE_DAYS.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Reading.refused(text, SILENCE);
        }
        final long days = Long.parseLong(matcher.group(1)) * (matcher.group(2) != null && matcher.group(2).startsWith("w")
                ? 7 : 1);
        return days < SILENCE_MIN || days > SILENCE_MAX ? Reading.refused(text, SILENCE) : Reading.of((int) days);
    }

    /** A draft template: at most {@link #TEMPLATE_LIMIT} characters once its line ends are made plain. */
    public static Reading<String> template(final String text) {
        final String source = text == null ? "" : text.replace("\r\n", "\n").strip();
        return source.length() <= TEMPLATE_LIMIT ? Reading.of(source) : Reading.refusedWording(TEMPLATE_TOO_LONG);
    }
}
