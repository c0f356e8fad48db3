package io.followupbot.dates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates members type: when the interview was, when the employer said they would decide,
 * until when to snooze. Every answer is echoed in words ("Monday 16 March 2026") so the member can
 * confirm it; an answer that cannot be read says how to write it.
 *
 * <p>Two directions. Interview times look back ("Tuesday" is the last Tuesday, "yesterday at 10"),
 * except that explicit future words look forward ("tomorrow at 3", "next Monday 10am", "this Friday
 * 2pm", "in 2 days"), for an interview entered in advance. Decision dates and snoozes look forward
 * ("Friday" is the next one). The grammar and its choices are in {@link DatePhrases}.
 *
 * <p>Why not natty: natty 1.1.2 reads "early next month" as a month from now, silently turns "2/30"
 * into 2 March, cannot tell "no" from nonsense (both give nothing), only looks forward, and works on
 * {@code java.util.Date} in the JVM's default zone. This grammar is small, total and testable.
 */
public final class LooseDateParser {

    /** How a date such as 3/4 is read: 4 March ({@link #MONTH_FIRST}, the US way, default) or 3 April. */
    public enum NumericOrder { MONTH_FIRST, DAY_FIRST }

    private static final DateTimeFormatter DAY_IN_WORDS = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter TIME_IN_WORDS = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final LocalTime NO_TIME_GIVEN = LocalTime.NOON;
    private static final long MAX_DAYS_AWAY = 366;

    private static final Pattern NONE = Pattern.compile(
            "no|nope|none|nothing|no date|no idea|no clue|no timeline|not sure|unsure|unknown|skip|n/?a|-+|idk|dunno"
                    + "|(i )?(don't|do not) know|(they )?(didn't|did not|don't|do not) (say|tell( me)?|know)|not (said|given)"
                    + "|(they )?(gave|give) no date|not mentioned|never said");
    private static final Pattern FILLER = Pattern.compile(
            "^(they said |said |probably |maybe |hopefully |likely |sometime |some time |by |on |before |until |till |til "
                    + "|around |about |no later than |at the latest |latest |at )");
    private static final Pattern TRAILING_FILLER = Pattern.compile(
            "( or so| at the latest| latest| hopefully| probably|ish|-ish| or later| or earlier)$");
    private static final Pattern AT_TIME = Pattern.compile("(.*?)(?:^| )(?:at|@) ?(\\d{1,2})(?::(\\d{2}))? ?(am|pm)?");
    private static final Pattern CLOCK_TIME = Pattern.compile("(.*?) ?(\\d{1,2}):(\\d{2}) ?(am|pm)?");
    private static final Pattern MERIDIEM_TIME = Pattern.compile("(.*?) ?(\\d{1,2}) ?(am|pm)");
    private static final Pattern LEADING_TIME = Pattern.compile("(\\d{1,2})(?::(\\d{2}))? ?(am|pm) (.+)");
    private static final Pattern NOON = Pattern.compile("(.*?) ?(?:at )?(noon|midday)");
    private static final Pattern FUTURE_WORDS = Pattern.compile(
            "(tomorrow|tmrw|day after tomorrow|the day after tomorrow|(next|this|coming|this coming) [a-z]+|[a-z]+ next week|in .+)");
    private static final Pattern PLAIN_WEEKDAY = Pattern.compile(
            "(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)");

    private final DatePhrases phrases;
    private final NumericOrder order;

    public LooseDateParser() {
        this(NumericOrder.MONTH_FIRST);
    }

    public LooseDateParser(final NumericOrder order) {
        this.order = order;
        this.phrases = new DatePhrases(order == NumericOrder.DAY_FIRST
                ? DatePhrases.NumericOrder.DAY_FIRST : DatePhrases.NumericOrder.MONTH_FIRST);
    }

    /**
     * When the interview was (or will be): "today 2pm", "yesterday at 10", "Tuesday" (the last one;
     * noon when no time is given), "3/14 at 2pm", "2026-03-14 14:00", "next Monday 10am".
     */
    public DateAnswer<ZonedDateTime> parseInterviewTime(final String text, final Instant now, final ZoneId zone) {
        final String phrase = normalise(text);
        if (phrase.isEmpty() || NONE.matcher(phrase).matches()) {
            return new DateAnswer.Invalid<>(interviewHelp(text));
        }
        try {
            final Optional<TimedPhrase> timed = splitTime(phrase);
            if (timed.isEmpty()) {
                return new DateAnswer.Invalid<>(interviewHelp(text));
            }
            final String dayPhrase = stripFillers(timed.get().day());
            final LocalDateTime current = LocalDateTime.ofInstant(now, zone);
            final boolean future = FUTURE_WORDS.matcher(dayPhrase).matches();
            final Optional<LocalDate> day = dayPhrase.isEmpty() ? Optional.of(current.toLocalDate())
                    : phrases.resolve(dayPhrase, current.toLocalDate(),
                            future ? DatePhrases.Direction.FORWARD : DatePhrases.Direction.BACKWARD);
            if (day.isEmpty()) {
                return new DateAnswer.Invalid<>(interviewHelp(text));
            }
            final LocalTime time = timed.get().time().orElse(NO_TIME_GIVEN);
            LocalDateTime at = day.get().atTime(time);
            if (!future && PLAIN_WEEKDAY.matcher(dayPhrase).matches() && at.isAfter(current)) {
                at = at.minusWeeks(1);
            }
            if (Math.abs(ChronoUnit.DAYS.between(current.toLocalDate(), at.toLocalDate())) > MAX_DAYS_AWAY) {
                return new DateAnswer.Invalid<>(inWords(at.toLocalDate()) + " is more than a year away. "
                        + "Check the date, e.g. \"3/14 at 2pm\" or \"2026-03-14 14:00\".");
            }
            final ZonedDateTime zoned = at.atZone(zone);
            final String when = inWords(zoned.toLocalDate()) + " at " + TIME_IN_WORDS.format(zoned)
                    + (timed.get().time().isEmpty() ? " (no time given: noon)" : "");
            return new DateAnswer.Parsed<>(zoned, when);
        } catch (final UnreadableDate unreadable) {
            return new DateAnswer.Invalid<>(unreadable.getMessage());
        }
    }

    /**
     * The day by which the employer said they would decide, looking forward from the interview:
     * "by Friday", "end of next week", "in two weeks", "early next month", "3/14"; "they didn't say"
     * gives {@link DateAnswer.NoDate}. A day before the interview is refused.
     */
    public DateAnswer<LocalDate> parseDecisionDate(final String text, final Instant interviewAt, final ZoneId zone) {
        final DateAnswer<LocalDate> answer = parseForward(text, interviewAt, zone, false);
        if (answer instanceof DateAnswer.Parsed<LocalDate> parsed) {
            final LocalDate interviewDay = LocalDate.ofInstant(interviewAt, zone);
            if (parsed.value().isBefore(interviewDay)) {
                return new DateAnswer.Invalid<>("\"" + text.strip() + "\" would be " + parsed.inWords()
                        + ", before the interview on " + inWords(interviewDay)
                        + ". Give the day they said you would hear back, e.g. \"Friday\", \"end of next week\" or \"in two weeks\".");
            }
        }
        return answer;
    }

    /** A day looking forward from {@code from} (for snoozes): the same phrases as decision dates; past days are refused. */
    public DateAnswer<LocalDate> parseForward(final String text, final Instant from, final ZoneId zone) {
        return parseForward(text, from, zone, true);
    }

    private DateAnswer<LocalDate> parseForward(final String text, final Instant from, final ZoneId zone,
            final boolean refusePast) {
        final String phrase = stripFillers(normalise(text));
        if (NONE.matcher(phrase).matches()) {
            return new DateAnswer.NoDate<>();
        }
        final LocalDate base = LocalDate.ofInstant(from, zone);
        try {
            final String dayPhrase = splitTime(phrase).map(timed -> stripFillers(timed.day())).orElse(phrase);
            final Optional<LocalDate> day = dayPhrase.isEmpty() ? Optional.empty()
                    : phrases.resolve(dayPhrase, base, DatePhrases.Direction.FORWARD);
            if (day.isEmpty()) {
                return new DateAnswer.Invalid<>(forwardHelp(text));
            }
            if (refusePast && day.get().isBefore(base)) {
                return new DateAnswer.Invalid<>("\"" + text.strip() + "\" would be " + inWords(day.get())
                        + ", which is in the past. Give a later day, e.g. \"Monday\", \"tomorrow\" or \"in 3 days\".");
            }
            if (ChronoUnit.DAYS.between(base, day.get()) > MAX_DAYS_AWAY) {
                return new DateAnswer.Invalid<>(inWords(day.get()) + " is more than a year away. "
                        + "Check the date, e.g. \"" + example() + "\", \"14 March\" or \"2026-03-14\".");
            }
            return new DateAnswer.Parsed<>(day.get(), inWords(day.get()));
        } catch (final UnreadableDate unreadable) {
            return new DateAnswer.Invalid<>(unreadable.getMessage());
        }
    }

    /** "Monday 16 March 2026". */
    public static String inWords(final LocalDate day) {
        return DAY_IN_WORDS.format(day);
    }

    private record TimedPhrase(String day, Optional<LocalTime> time) {
    }

    /** Splits "yesterday at 10" into "yesterday" and 10:00; empty when the time cannot be a time of day. */
    private static Optional<TimedPhrase> splitTime(final String phrase) {
        Matcher match = LEADING_TIME.matcher(phrase);
        if (match.matches()) {
            return time(match.group(1), match.group(2), match.group(3)).map(time -> new TimedPhrase(match.group(4), Optional.of(time)));
        }
        final Matcher noon = NOON.matcher(phrase);
        if (noon.matches()) {
            return Optional.of(new TimedPhrase(noon.group(1), Optional.of(LocalTime.NOON)));
        }
        for (final Pattern pattern : new Pattern[] {AT_TIME, CLOCK_TIME, MERIDIEM_TIME}) {
            final Matcher timed = pattern.matcher(phrase);
            if (timed.matches()) {
                final String minutes = pattern == MERIDIEM_TIME ? null : timed.group(3);
                final String meridiem = pattern == MERIDIEM_TIME ? timed.group(3) : timed.group(4);
                final Optional<LocalTime> time = time(timed.group(2), minutes, meridiem);
                if (time.isEmpty()) {
                    throw new UnreadableDate("\"" + timed.group(2) + (minutes == null ? "" : ":" + minutes)
                            + (meridiem == null ? "" : meridiem) + "\" is not a time of day. Write it like \"2pm\", \"14:00\" or \"at 10\".");
                }
                return Optional.of(new TimedPhrase(timed.group(1), time));
            }
        }
        return Optional.of(new TimedPhrase(phrase, Optional.empty()));
    }

    /**
     * A time from its parts. Without am/pm, "at 3" means 15:00 and "at 10" 10:00: interviews happen in
     * working hours, so 1-7 are afternoon hours.
     */
    private static Optional<LocalTime> time(final String hourText, final String minuteText, final String meridiem) {
        int hour = Integer.parseInt(hourText);
        final int minute = minuteText == null ? 0 : Integer.parseInt(minuteText);
        if (minute > 59) {
            return Optional.empty();
        }
        if (meridiem != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + ("pm".equals(meridiem) ? 12 : 0);
        } else if (minuteText == null && hour >= 1 && hour <= 7) {
            hour += 12;
        }
        return hour > 23 ? Optional.empty() : Optional.of(LocalTime.of(hour, minute));
    }

    private static String normalise(final String text) {
        String phrase = text == null ? "" : text.toLowerCase(Locale.ROOT).strip();
        phrase = phrase.replace('’', '\'').replace("a.m.", "am").replace("p.m.", "pm");
        phrase = phrase.replaceAll("(\\d{4}-\\d{1,2}-\\d{1,2})t(\\d)", "$1 $2");
        phrase = phrase.replaceAll("(?<=\\d)(st|nd|rd|th)\\b", "");
        phrase = phrase.replaceAll("[,;!?\"]", " ");
        phrase = phrase.replaceAll("(?<![\\d])\\.|\\.(?![\\d])(?<!\\d\\.\\d{1,2}\\.)", " ");
        phrase = phrase.replaceAll("\\bmid-", "mid ").replaceAll("\\bthe end of\\b", "end of").replaceAll("\\bend of the (?=week|month|year)", "end of ");
        phrase = phrase.replaceAll("\\bnext (week|month)'s end\\b", "end of next $1");
        return phrase.replaceAll("\\s+", " ").strip();
    }

    private static String stripFillers(final String phrase) {
        String stripped = phrase;
        String before;
        do {
            before = stripped;
            stripped = FILLER.matcher(stripped).replaceFirst("");
            stripped = TRAILING_FILLER.matcher(stripped).replaceFirst("").strip();
        } while (!stripped.equals(before));
        return stripped;
    }

    private String example() {
        return order == NumericOrder.DAY_FIRST ? "14/3" : "3/14";
    }

    private String forwardHelp(final String text) {
        return "I couldn't read \"" + (text == null ? "" : text.strip()) + "\" as a date. Write it like \"Friday\", "
                + "\"next Monday\", \"end of next week\", \"in two weeks\", \"early next month\", \"" + example()
                + "\", \"14 March\" or \"2026-03-14\" - or say \"they didn't say\".";
    }

    private String interviewHelp(final String text) {
        return "I couldn't read \"" + (text == null ? "" : text.strip()) + "\" as the interview's day and time. Write it like "
                + "\"today 2pm\", \"yesterday at 10\", \"Tuesday 3pm\", \"" + example() + " at 2pm\", \"2026-03-14 14:00\""
                + " or, for one still ahead, \"next Monday 10am\".";
    }
}
