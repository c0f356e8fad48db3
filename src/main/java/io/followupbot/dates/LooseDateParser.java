package io.followupbot.dates;

import io.followupbot.dates.ClockTime.PartOfDay;
import io.followupbot.dates.ClockTime.Timed;
import io.followupbot.dates.DatePhrases.Direction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the dates members type: when the interview was, when the employer said they would decide,
 * until when to snooze. Every answer is echoed in words ("Monday 16 March 2026") so the member can
 * confirm it; a phrase with two readings or no definite day gets a question ({@link DateAnswer.Ask});
 * an answer that cannot be read says how to write it.
 *
 * <p>Two directions. Interview times look back from now ("Tuesday" is the last Tuesday, "yesterday at
 * 10"), except that explicit future words look forward ("tomorrow at 3", "next Monday 10am", "in 2
 * days"), for an interview entered in advance. Decision dates look forward from the interview, snoozes
 * and deadlines from now. Numeric dates follow the member's country ({@link NumericOrder}). The grammar
 * is in {@link DatePhrases}, {@link DayWords}, {@link ClockTime} and {@link Readings}.
 *
 * <p>Why not a library: natty 0.13 and PrettyTime NLP 5.0.7 were measured on this parser's corpus (see the
 * README); both read fewer phrases right, cannot tell a "no" from nonsense, know no member's date order
 * and work on {@code java.util.Date} in the JVM's zone.
 */
public final class LooseDateParser {

    private static final LocalTime NO_TIME_GIVEN = LocalTime.NOON;
    private static final long MAX_DAYS_AWAY = 366;
    private static final Pattern NONE = Pattern.compile(
            "no|nope|none|nothing|no date|no idea|no clue|no timeline|no timeframe|no time frame|not sure|unsure|unknown"
                    + "|unclear|skip|n/?a|-+|dunno|not yet|(i )?(don't|do not) know|not specified|not given"
                    + "|(they )?(didn't|did not|don't|do not|never|haven't) (say|said|tell( me)?|know|mention( it)?"
                    + "|give (me )?(a )?(date|day|timeline|timeframe))|not (said|given|mentioned)|(they )?(gave|give) no date"
                    + "|not mentioned|never said|(they'll|they will|will) let me know");
    private static final Pattern FUTURE_WORDS = Pattern.compile(
            "(tomorrow|day after tomorrow|the day after tomorrow|(next|this|coming|this coming) [a-z]+|[a-z]+ next week"
                    + "|next week [a-z]+|in .+|later today|.+ from (now|today|tomorrow))");
    private static final Pattern PLAIN_WEEKDAY = Pattern.compile("(on )?" + DatePhrases.WEEKDAY);
    private static final Pattern AGO = Pattern.compile("(an?|one|half an|\\d{1,3}|a couple of|couple of|a few|few) "
            + "(hours?|minutes?) ago|just now|just|right now|now");

    private final DatePhrases dayFirst = new DatePhrases(NumericOrder.DAY_FIRST);
    private final DatePhrases monthFirst = new DatePhrases(NumericOrder.MONTH_FIRST);

    /**
     * When the interview was (or will be), read from {@code now}: "today 2pm", "yesterday at 4:15", "Monday
     * morning", "Tuesday" (the last one; noon when no time is given), "9/3 at 2pm" in the member's order,
     * "an hour ago", "next Monday 10am".
     */
    public DateAnswer<ZonedDateTime> parseInterviewTime(final String text, final Instant now, final ZoneId zone,
            final String country) {
        final NumericOrder order = NumericOrder.forCountry(country);
        final String phrase = PhraseText.stripFillers(PhraseText.normalise(text));
        if (phrase.isEmpty() || NONE.matcher(phrase).matches()) {
            return new DateAnswer.Invalid<>(Help.interview(text, order));
        }
        final LocalDateTime current = LocalDateTime.ofInstant(now, zone);
        try {
            final Optional<LocalDateTime> moment = ago(phrase, current);
            if (moment.isPresent()) {
                return parsedTime(moment.get(), zone, "");
            }
            final Timed timed = ClockTime.split(phrase);
            final String dayPhrase = PhraseText.stripFillers(timed.day());
            final boolean future = FUTURE_WORDS.matcher(dayPhrase).matches();
            final Direction direction = future ? Direction.FORWARD : Direction.BACKWARD;
            final LocalTime time = timed.time().orElse(timed.part().map(PartOfDay::usual).orElse(NO_TIME_GIVEN));
            final Optional<Readings.Doubt> doubt = Readings.of(dayPhrase, current.toLocalDate(), direction);
            if (doubt.isPresent()) {
                return askTime(doubt.get(), time, zone);
            }
            final Optional<LocalDate> day = dayPhrase.isEmpty()
                    ? (timed.time().isPresent() || timed.part().isPresent() ? Optional.of(current.toLocalDate()) : Optional.empty())
                    : phrases(order).resolve(dayPhrase, current.toLocalDate(), direction);
            if (day.isEmpty()) {
                return new DateAnswer.Invalid<>(Help.interview(text, order));
            }
            LocalDateTime at = day.get().atTime(time);
            if (!future && PLAIN_WEEKDAY.matcher(dayPhrase).matches() && day.get().equals(current.toLocalDate())) {
                return askTime(new Readings.Doubt("Which do you mean:", List.of(day.get(),
                        day.get().minusWeeks(1))), time, zone);
            }
            if (timed.time().isEmpty() && !future && !at.isBefore(current) && day.get().equals(current.toLocalDate())) {
                at = current.minusHours(1).truncatedTo(ChronoUnit.HOURS);
            }
            if (Math.abs(ChronoUnit.DAYS.between(current.toLocalDate(), at.toLocalDate())) > MAX_DAYS_AWAY) {
                return new DateAnswer.Invalid<>(Words.day(at.toLocalDate()) + " is more than a year away. "
                        + "Check the date, e.g. \"" + order.example() + " at 2pm\" or \"2026-03-14 14:00\".");
            }
            return parsedTime(at, zone, timed.time().isPresent() ? ""
                    : timed.part().map(part -> " (" + part.words() + ")").orElse(" (no time given: "
                            + (at.toLocalTime().equals(NO_TIME_GIVEN) ? "noon" : "I took " + at.toLocalTime()) + ")"));
        } catch (final UnreadableDate unreadable) {
            return new DateAnswer.Invalid<>(unreadable.getMessage());
        }
    }

    /**
     * The day by which the employer said they would decide, looking forward from the interview:
     * "by Friday", "end of next week", "in a week or two", "by COB Friday", "early next month", "9/3";
     * "they didn't say" gives {@link DateAnswer.NoDate}. A day before the interview is refused.
     */
    public DateAnswer<LocalDate> parseDecisionDate(final String text, final Instant interviewAt, final ZoneId zone,
            final String country) {
        final DateAnswer<LocalDate> answer = parseForward(text, interviewAt, zone, country, false);
        if (answer instanceof DateAnswer.Parsed<LocalDate> parsed) {
            final LocalDate interviewDay = LocalDate.ofInstant(interviewAt, zone);
            if (parsed.value().isBefore(interviewDay)) {
                return new DateAnswer.Invalid<>("\"" + text.strip() + "\" would be " + parsed.inWords()
                        + ", before the interview on " + Words.day(interviewDay)
                        + ". Give the day they said you would hear back, e.g. \"Friday\", \"end of next week\" or \"in two weeks\".");
            }
        }
        return answer;
    }

    /** A day looking forward from {@code from} (snoozes, deadlines): the same phrases as decision dates; past days are refused. */
    public DateAnswer<LocalDate> parseForward(final String text, final Instant from, final ZoneId zone, final String country) {
        return parseForward(text, from, zone, country, true);
    }

    /** "Monday 16 March 2026". */
    public static String inWords(final LocalDate day) {
        return Words.day(day);
    }

    private DateAnswer<LocalDate> parseForward(final String text, final Instant from, final ZoneId zone,
            final String country, final boolean refusePast) {
        final NumericOrder order = NumericOrder.forCountry(country);
        final String phrase = PhraseText.stripFillers(PhraseText.normalise(text));
        if (NONE.matcher(phrase).matches()) {
            return new DateAnswer.NoDate<>();
        }
        final LocalDate base = LocalDate.ofInstant(from, zone);
        try {
            final Timed timed = ClockTime.split(phrase);
            final String dayPhrase = PhraseText.stripFillers(timed.day());
            final Optional<Readings.Doubt> doubt = Readings.of(dayPhrase, base, Direction.FORWARD);
            if (doubt.isPresent()) {
                return askDay(doubt.get(), !refusePast);
            }
            final boolean timeOnly = dayPhrase.isEmpty() && (timed.time().isPresent() || timed.part().isPresent());
            final Optional<LocalDate> day = timeOnly ? Optional.of(base)
                    : dayPhrase.isEmpty() ? Optional.empty() : phrases(order).resolve(dayPhrase, base, Direction.FORWARD);
            if (day.isEmpty()) {
                return new DateAnswer.Invalid<>(Help.forward(text, order));
            }
            if (refusePast && day.get().isBefore(base)) {
                return new DateAnswer.Invalid<>("\"" + text.strip() + "\" would be " + Words.day(day.get())
                        + ", which is in the past. Give a later day, e.g. \"Monday\", \"tomorrow\" or \"in 3 days\".");
            }
            if (ChronoUnit.DAYS.between(base, day.get()) > MAX_DAYS_AWAY) {
                return new DateAnswer.Invalid<>(Words.day(day.get()) + " is more than a year away. "
                        + "Check the date, e.g. \"" + order.example() + "\", \"14 March\" or \"2026-03-14\".");
            }
            return new DateAnswer.Parsed<>(day.get(), Words.day(day.get()));
        } catch (final UnreadableDate unreadable) {
            return new DateAnswer.Invalid<>(unreadable.getMessage());
        }
    }

    private DatePhrases phrases(final NumericOrder order) {
        return order == NumericOrder.DAY_FIRST ? dayFirst : monthFirst;
    }

    /** "an hour ago", "30 minutes ago", "just now": a moment, to the five minutes. */
    private static Optional<LocalDateTime> ago(final String phrase, final LocalDateTime current) {
        final java.util.regex.Matcher match = AGO.matcher(phrase);
        if (!match.matches()) {
            return Optional.empty();
        }
        LocalDateTime at = current;
        if (match.group(2) != null) {
            final String amount = match.group(1);
            final long minutes = amount.equals("half an") ? 30 : switch (amount) {
                case "a", "an", "one" -> 1;
                case "a couple of", "couple of" -> 2;
                case "a few", "few" -> 3;
                default -> Long.parseLong(amount);
            } * (match.group(2).startsWith("hour") ? 60 : 1);
            at = current.minusMinutes(minutes);
        }
        return Optional.of(at.truncatedTo(ChronoUnit.MINUTES).withMinute(at.getMinute() / 5 * 5));
    }

    private static DateAnswer<ZonedDateTime> parsedTime(final LocalDateTime at, final ZoneId zone, final String note) {
        final ZonedDateTime zoned = at.atZone(zone);
        return new DateAnswer.Parsed<>(zoned, Words.dayAndTime(zoned.toLocalDateTime()) + note);
    }

    private static DateAnswer<ZonedDateTime> askTime(final Readings.Doubt doubt, final LocalTime time, final ZoneId zone) {
        final List<DateAnswer.Choice<ZonedDateTime>> choices = new ArrayList<>();
        final List<String> words = new ArrayList<>();
        for (final LocalDate day : doubt.days()) {
            final LocalDateTime at = day.atTime(time);
            choices.add(new DateAnswer.Choice<>(Words.shortDayAndTime(at), Words.answer(at), Optional.of(at.atZone(zone))));
            words.add(Words.dayAndTime(at));
        }
        return new DateAnswer.Ask<>(question(doubt, words, "the day and time, e.g. \"Tuesday 2pm\""), choices);
    }

    private static DateAnswer<LocalDate> askDay(final Readings.Doubt doubt, final boolean offerNoDate) {
        final List<DateAnswer.Choice<LocalDate>> choices = new ArrayList<>();
        final List<String> words = new ArrayList<>();
        for (final LocalDate day : doubt.days()) {
            choices.add(new DateAnswer.Choice<>(Words.shortDay(day), day.toString(), Optional.of(day)));
            words.add(Words.day(day));
        }
        if (offerNoDate && doubt.days().isEmpty()) {
            choices.add(new DateAnswer.Choice<>("They didn't say", "they didn't say", Optional.empty()));
        }
        return new DateAnswer.Ask<>(question(doubt, words, "the day, e.g. \"by Friday\" or \"the 20th\""), choices);
    }

    private static String question(final Readings.Doubt doubt, final List<String> readings, final String example) {
        if (readings.isEmpty()) {
            return doubt.question() + " Type " + example + ".";
        }
        if (readings.size() == 2) {
            return doubt.question() + " " + readings.get(0) + " or " + readings.get(1) + "?";
        }
        return doubt.question() + " Choose one or type " + example + ".";
    }
}
