package io.followupbot.dates;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clock times the way people say and type them, rewritten to the digits {@link ClockTime} reads: numbers
 * in words ("three twenty" is 3:20, "eight tonight" 8 tonight), "quarter past nine", "twenty to 4", "half
 * past three", the British "half 4" (4:30), "15 past noon", 24-hour marks ("15h30", "16h"), short
 * meridiems ("11a", "3:15p", "p m"), packed digits after "at" ("at 930", "1030am"), and "noon" and
 * "midday" as 12:00 exactly. "midnight" stays a word: which midnight it is depends on the day.
 */
final class SpokenTimes {

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70);
    private static final Pattern NUMBER_WORD = Pattern.compile("\\b(twenty|thirty|forty|fifty|sixty|seventy)(?:[ -]"
            + "(one|two|three|four|five|six|seven|eight|nine))?\\b|\\b(one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\\b");
    private static final String HOUR = "(\\d{1,2}(?::\\d{2})?|noon|midday|midnight)";
    private static final Pattern PAST = Pattern.compile("\\b(?:a )?(quarter|half|\\d{1,2})(?: minutes?)? (past|after|from|to|till|before) "
            + HOUR + "(?: ?(am|pm))?\\b(?! ?(?:days?|weeks?|months?|years?|hours?|minutes?|business|working))");
    private static final Pattern BRITISH_HALF = Pattern.compile("\\bhalf (\\d{1,2})\\b(?! (?:hours?|days?|weeks?|an?\\b))");
    private static final Pattern H_MARK = Pattern.compile("(?<!in |within |next )\\b(\\d{1,2})h(\\d{2})?\\b");
    private static final Pattern SHORT_MERIDIEM = Pattern.compile("\\b(\\d{1,2}(?::\\d{2})?|\\d{3,4})(?: ?(a|p)\\.? ?m\\b\\.?|(a|p)\\b)");
    private static final String PACKED_DIGITS = "([1-9]|1\\d|0\\d|2[0-3])([0-5]\\d)";
    private static final Pattern PACKED = Pattern.compile("\\b(?:(?:at|@|around|about|approximately|approx) ?" + PACKED_DIGITS
            + "(?= |$)|" + PACKED_DIGITS + "(?= ?(?:am|pm)\\b| (?:in the|tonight|tomorrow|today|this)\\b)|^([1-9]|0\\d|1\\d)([0-5]\\d)$)");
    private static final Pattern SPACED = Pattern.compile("\\b(at|@|around) (\\d{1,2}) ([0-5]\\d)\\b(?! ?(?:days?|weeks?|hours?|minutes?|mins?))");
    /**
     * Not a day of the month: a number right after a month or "the" ("jan 4 10am", "the 4th 10am" is "the 4 10am"), or
     * closing a numeric date ("4/12 noon"), is the day; it never starts a clock time.
     */
    private static final String NOT_A_DAY_OF_MONTH = "(?<!(?:^|\\s)(?:the|"
            + DatePhrases.MONTH.substring(1, DatePhrases.MONTH.length() - 1) + ") )(?<![/.-])";
    private static final Pattern WORDS_THEN_MINUTES = Pattern.compile("(?<=^|\\s)" + NOT_A_DAY_OF_MONTH
            + "(\\d{1,2}) ([0-5]\\d)(?= ?(am|pm)\\b)");
    private static final Pattern IN_THE_MERIDIEM = Pattern.compile("\\bin the (am|pm)\\b");
    private static final Pattern OCLOCK = Pattern.compile("\\b(\\d{1,2}) ?o ?'? ?clock\\b|\\bo'?clock\\b()");
    private static final Pattern ISH = Pattern.compile("\\b(\\d{1,4}(?::\\d{2})?)ish\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOON = Pattern.compile("\\b(?:the )?(noon|midday|mid day|mid-day|" + NOT_A_DAY_OF_MONTH
            + "12 noon)\\b");

    private SpokenTimes() {
    }

    /** {@code phrase} (normalised, lower case) with its clock time in digits. */
    static String rewrite(final String phrase) {
        String text = IN_THE_MERIDIEM.matcher(phrase).replaceAll("$1");
        text = OCLOCK.matcher(text).replaceAll("$1");
        text = ISH.matcher(text).replaceAll("$1");
        text = replace(NUMBER_WORD, text, SpokenTimes::number);
        text = replace(H_MARK, text, match -> String.format("%02d:%s", Integer.parseInt(match.group(1)),
                match.group(2) == null ? "00" : match.group(2)));
        text = replace(SHORT_MERIDIEM, text, match -> match.group(1) + (match.group(2) == null ? match.group(3) : match.group(2)) + "m");
        text = replace(SPACED, text, match -> match.group(1) + " " + match.group(2) + ":" + match.group(3));
        text = replace(WORDS_THEN_MINUTES, text, match -> match.group(1) + ":" + match.group(2));
        text = replace(PACKED, text, SpokenTimes::packed);
        text = replace(PAST, text, SpokenTimes::past);
        text = replace(BRITISH_HALF, text, match -> match.group(1) + ":30");
        text = NOON.matcher(text).replaceAll("12:00pm");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** "quarter past 9" is 9:15, "20 to 4pm" 3:40pm, "15 past noon" 12:15pm, "quarter to midnight" 23:45. */
    private static String past(final Matcher match) {
        final int minutes = switch (match.group(1)) {
            case "quarter" -> 15;
            case "half" -> 30;
            default -> Integer.parseInt(match.group(1));
        };
        final String target = match.group(3);
        String meridiem = match.group(4) == null ? "" : match.group(4);
        int hour;
        int base = 0;
        if (target.equals("noon") || target.equals("midday")) {
            hour = 12;
            meridiem = "pm";
        } else if (target.equals("midnight")) {
            hour = 24;
        } else {
            final String[] parts = target.split(":");
            hour = Integer.parseInt(parts[0]);
            base = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        }
        if (minutes > 59) {
            return match.group();
        }
        int total = hour * 60 + base + (match.group(2).equals("to") || match.group(2).equals("till")
                || match.group(2).equals("before") ? -minutes : minutes);
        if (hour == 24) {
            return String.format("%d:%02d", total / 60, total % 60);
        }
        final boolean pm = meridiem.equals("pm");
        if (!meridiem.isEmpty() && total / 60 != hour % 24 && hour == 12) {
            // "quarter to noon" is 11:45am, "20 to 1pm" stays pm
            return String.format("%d:%02d%s", total / 60, total % 60, pm ? "am" : "pm");
        }
        total = (total + 24 * 60) % (24 * 60);
        final int shown = total / 60;
        return meridiem.isEmpty() ? String.format("%d:%02d", shown == 0 && hour == 1 ? 12 : shown, total % 60)
                : String.format("%d:%02d%s", shown % 12 == 0 ? 12 : shown % 12, total % 60, meridiem);
    }

    private static String packed(final Matcher match) {
        for (int group = 1; group <= 5; group += 2) {
            if (match.group(group) != null) {
                return (group == 1 ? "at " : "") + match.group(group) + ":" + match.group(group + 1);
            }
        }
        return match.group();
    }

    private static String number(final Matcher match) {
        if (match.group(3) != null) {
            return String.valueOf(UNITS.get(match.group(3)));
        }
        final int tens = TENS.get(match.group(1));
        return String.valueOf(match.group(2) == null ? tens : tens + UNITS.get(match.group(2)));
    }

    private static String replace(final Pattern pattern, final String text, final Function<Matcher, String> with) {
        final Matcher match = pattern.matcher(text);
        final StringBuilder out = new StringBuilder();
        while (match.find()) {
            match.appendReplacement(out, Matcher.quoteReplacement(with.apply(match)));
        }
        match.appendTail(out);
        return out.toString();
    }
}
