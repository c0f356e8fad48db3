package io.followupbot.employer;

import io.followupbot.dates.DateAnswer;
import io.followupbot.dates.LooseDateParser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A start time written in a message: a day and a clock time together ("Thursday, March 12 at 2:00 PM EST",
 * "14:00 CET on 12 March", "tomorrow at 10am", "2026-03-12T14:00:00-04:00"), in the zone written after the time,
 * or the one the message states for all its times, or the member's. The day is read by the bot's date reader
 * ({@link LooseDateParser}); only the clock time is read here, because a day without a clock time is no start time:
 * none is ever made up.
 */
final class StartTimes {

    static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    static final String WEEKDAY = "(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
            + "|sat(?:urday)?|sun(?:day)?)\\.?";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";
    static final String DAY = "\\b(?:(?:" + WEEKDAY + ",?\\s+)?(?:" + MONTH + "\\s+\\d{1,2}" + ORDINAL + "\\b(?:,?\\s+\\d{4})?"
            + "|(?:the\\s+)?\\d{1,2}" + ORDINAL + "\\s+(?:of\\s+)?" + MONTH + "\\b(?:,?\\s+\\d{4})?|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)"
            + "|\\d{4}-\\d{2}-\\d{2}|today|tomorrow|(?:(?:this|next|this coming|coming)\\s+)?" + WEEKDAY + "(?:\\s+next week)?)";
    private static final String TIME = "(?:(?<![\\d:/.$])(\\d{1,2})(?::([0-5]\\d))?\\s?(?:-|\u2013|\u2014|to)\\s?"
            + "\\d{1,2}(?::[0-5]\\d)?\\s?([ap])\\.?m\\.?(?![a-z])"
            + "|(?<![\\d:/.$])(\\d{1,2})(?::([0-5]\\d))?\\s?([ap])\\.?m\\.?(?![a-z])"
            + "|(?<![\\d:/.$])([01]?\\d|2[0-3])[:h]([0-5]\\d)(?![\\d])|\\b(noon)\\b)";
    private static final String RANGE = "(?:\\s*(?:-|\u2013|\u2014|to|until|till)\\s*\\d{1,2}(?:[:h][0-5]\\d)?\\s?(?:[ap]\\.?m\\.?)?(?![\\d:]))?";
    private static final Pattern DAY_THEN_TIME = Pattern.compile("(" + DAY + ")\\s*[,\u22c5\u00b7|\\-\u2013]?\\s*"
            + "(?:(?:at|@|from|starting at|beginning at|between)\\s+|(?:start time|time|when|starts?)\\s*:?\\s*)?" + TIME + RANGE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_THEN_DAY = Pattern.compile(TIME + RANGE + "([^\\n.;]{0,45}?)\\s(?:on\\s+)?(" + DAY + ")",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile(
            "\\b(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2})?)(Z|[+-]\\d{2}:?\\d{2})?\\b");
    private static final Pattern ZONE_FOR_ALL = Pattern.compile(
            "(?i)(?:time ?zone|all times(?: are| shown)?(?: in)?|times (?:are|shown) in)\\s*:?\\s*([^\\n]{2,60})");

    private StartTimes() {
    }

    /** The first start time in {@code text}, or empty when no day comes with a clock time. */
    static Optional<ZonedDateTime> first(final String text, final ZoneId memberZone, final Instant now) {
        final ZoneId zoneForAll = zoneForAll(text).orElse(memberZone);
        final Matcher iso = ISO.matcher(text);
        final Matcher dayFirst = DAY_THEN_TIME.matcher(text);
        final Matcher timeFirst = TIME_THEN_DAY.matcher(text);
        final int[] next = {-1, -1, -1};
        int from = 0;
        while (from < text.length()) {
            final Matcher[] matchers = {iso, dayFirst, timeFirst};
            int earliest = Integer.MAX_VALUE;
            int which = -1;
            for (int index = 0; index < matchers.length; index++) {
                if (next[index] != Integer.MAX_VALUE && next[index] < from) {
                    next[index] = matchers[index].find(from) ? matchers[index].start() : Integer.MAX_VALUE;
                }
                if (next[index] < earliest) {
                    earliest = next[index];
                    which = index;
                }
            }
            if (which < 0) {
                return Optional.empty();
            }
            final Optional<ZonedDateTime> read = which == 0 ? iso(iso, zoneForAll)
                    : which == 1 ? resolve(text, dayFirst.group(1), dayFirst, 2, dayFirst.end(), zoneForAll, now)
                    : resolve(text, timeFirst.group(timeFirst.groupCount()), timeFirst, 1, timeEnd(timeFirst), zoneForAll, now);
            if (read.isPresent()) {
                return read;
            }
            from = earliest + 1;
        }
        return Optional.empty();
    }

    private static int timeEnd(final Matcher match) {
        return match.start(match.groupCount() - 1);
    }

    private static Optional<ZonedDateTime> iso(final Matcher iso, final ZoneId zone) {
        try {
            if (iso.group(3) != null) {
                final String offset = iso.group(3).equals("Z") ? "Z" : iso.group(3).replaceFirst("(\\d{2})(\\d{2})$", "$1:$2");
                return Optional.of(OffsetDateTime.parse(iso.group(1) + "T" + iso.group(2) + offset).toZonedDateTime());
            }
            return Optional.of(java.time.LocalDateTime.parse(iso.group(1) + "T" + iso.group(2)).atZone(zone));
        } catch (final DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    private static Optional<ZonedDateTime> resolve(final String text, final String dayPhrase, final Matcher match,
            final int firstTimeGroup, final int timeEnd, final ZoneId zoneForAll, final Instant now) {
        final Optional<LocalTime> time = time(match, firstTimeGroup);
        if (time.isEmpty()) {
            return Optional.empty();
        }
        final ZoneId zone = StatedZones.at(text.substring(timeEnd, Math.min(text.length(), timeEnd + 80))).orElse(zoneForAll);
        return day(dayPhrase, now, zone).map(day -> day.atTime(time.get()).atZone(zone));
    }

    /** The clock time of a match: groups (hour, minute, a|p) for a range, the same for a time, then 24-hour, then noon. */
    private static Optional<LocalTime> time(final Matcher match, final int first) {
        for (int group = first; group <= first + 3; group += 3) {
            if (match.group(group) != null) {
                final int hour = Integer.parseInt(match.group(group));
                final int minute = match.group(group + 1) == null ? 0 : Integer.parseInt(match.group(group + 1));
                if (hour < 1 || hour > 12) {
                    return Optional.empty();
                }
                final boolean afternoon = match.group(group + 2).toLowerCase(Locale.ROOT).equals("p");
                return Optional.of(LocalTime.of(hour % 12 + (afternoon ? 12 : 0), minute));
            }
        }
        if (match.group(first + 6) != null) {
            final String hourText = match.group(first + 6);
            int hour = Integer.parseInt(hourText);
            if (hour >= 1 && hour <= 7 && !hourText.startsWith("0")) {
                hour += 12;
            }
            return Optional.of(LocalTime.of(hour, Integer.parseInt(match.group(first + 7))));
        }
        return match.group(first + 8) != null ? Optional.of(LocalTime.NOON) : Optional.empty();
    }

    /** The day a phrase names, read forward from {@code now} (an employer writes of days to come), else back. */
    static Optional<LocalDate> day(final String phrase, final Instant now, final ZoneId zone) {
        final LooseDateParser parser = new LooseDateParser();
        final String country = zone.getId().startsWith("America/") ? "US" : "GB";
        final DateAnswer<LocalDate> forward = parser.parseForward(phrase, now, zone, country);
        if (forward instanceof DateAnswer.Parsed<LocalDate> parsed) {
            return Optional.of(parsed.value());
        }
        if (forward instanceof DateAnswer.Invalid<LocalDate> && phrase.matches("(?s).*\\d.*")) {
            final DateAnswer<ZonedDateTime> back = parser.parseInterviewTime(phrase + " 12:00", now, zone, country);
            if (back instanceof DateAnswer.Parsed<ZonedDateTime> parsed) {
                return Optional.of(parsed.value().toLocalDate());
            }
        }
        return Optional.empty();
    }

    private static Optional<ZoneId> zoneForAll(final String text) {
        final Matcher stated = ZONE_FOR_ALL.matcher(text);
        return stated.find() ? StatedZones.at(stated.group(1)).or(() -> StatedZones.named(stated.group(1))) : Optional.empty();
    }
}
