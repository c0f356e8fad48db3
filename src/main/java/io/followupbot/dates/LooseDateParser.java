package io.followupbot.dates;

import io.followupbot.dates.ClockTime.Midnight;
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
import io.followupbot.policy.calendar.Closures;
import io.followupbot.policy.calendar.HolidayCalendars;
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
 * composes: a day phrase ({@link DayGrammar}) and a clock time ({@link ClockTime}, with times in words
 * rewritten by {@link SpokenTimes} and a zone after it taken by {@link ClockZone}) in either order, wrapped by
 * alternatives ({@link Alternatives}); two readings or a contradiction become one question ({@link Readings},
 * {@link DoubtfulDate}). Holidays by name and business days come from the member's place ({@link MemberPlace}).
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
                    + "|not mentioned|never said|(they'll|they will|will) let me know|no date (given|yet|mentioned)"
                    + "|(they )?(never|didn't|did not) (tell|told) (me|us)( when)?|no (word|info|information)( yet)?");
    private static final Pattern FUTURE_WORDS = Pattern.compile(
            "(tomorrow|day after tomorrow|the day after tomorrow|(next|this|coming|this coming) [a-z]+|[a-z]+ next week"
                    + "|next week [a-z]+|in .+|later today|.+ from (now|today|tomorrow)|" + DatePhrases.WEEKDAY + " week)");
    private static final Pattern PLAIN_WEEKDAY = Pattern.compile("(on )?" + DatePhrases.WEEKDAY);
    private static final Pattern AGO = Pattern.compile("(an?|one|1|half an|\\d{1,3}|a couple of|couple of|a few|few) "
            + "(hours?|minutes?) ago|just now|just|right now|now");

    private final DayGrammar grammar = new DayGrammar();
    private final HolidayCalendars calendars;

    /** A parser that takes holidays by name and business days from public holidays only (no closures). */
    public LooseDateParser() {
        this(new HolidayCalendars(Closures.NONE));
    }

    /** A parser that takes holidays by name and business days from {@code calendars}. */
    public LooseDateParser(final HolidayCalendars calendars) {
        this.calendars = calendars;
    }

    /**
     * When the interview was (or will be), read from {@code now}: "today 2pm", "yesterday at 4:15", "Monday
     * morning", "Tuesday" (the last one; noon when no time is given), "9/3 at 2pm" in the member's order,
     * "an hour ago", "next Monday 10am", "thu 11a", "twenty past three", "10am PT", "in 3 hours".
     */
    public DateAnswer<ZonedDateTime> parseInterviewTime(final String text, final Instant now, final ZoneId zone,
            final String country) {
        final NumericOrder order = NumericOrder.forCountry(country);
        final String phrase = PhraseText.stripFillers(PhraseText.normalise(text));
        if (phrase.isEmpty() || NONE.matcher(phrase).matches()) {
            return new DateAnswer.Invalid<>(Help.interview(text, order));
        }
        final Optional<List<String>> sides = Alternatives.split(phrase);
        if (sides.isPresent()) {
            final Optional<DateAnswer<ZonedDateTime>> either = Alternatives.combine(sides.get(),
                    side -> interviewTime(text, side, now, zone, country),
                    moments -> Questions.askMoments("Which do you mean:", moments.stream()
                            .map(ZonedDateTime::toLocalDateTime).toList(), zone));
            if (either.isPresent()) {
                return either.get();
            }
        }
        return interviewTime(text, phrase, now, zone, country);
    }

    private DateAnswer<ZonedDateTime> interviewTime(final String text, final String phrase, final Instant now,
            final ZoneId zone, final String country) {
        final NumericOrder order = NumericOrder.forCountry(country);
        try {
            final ZonedDateTime typedAt = now.atZone(zone);
            final Optional<LocalDateTime> moment = ago(phrase, typedAt).or(() -> HoursAhead.of(phrase, typedAt));
            if (moment.isPresent()) {
                return parsedTime(moment.get(), zone, "");
            }
            final ClockZone.Split zoned = ClockZone.of(phrase);
            final LocalDateTime current = LocalDateTime.ofInstant(now, zoned.zone().orElse(zone));
            final Timed timed = ClockTime.split(zoned.phrase());
            final String dayPhrase = PhraseText.stripFillers(timed.day());
            final boolean future = FUTURE_WORDS.matcher(dayPhrase).matches();
            final Direction direction = future ? Direction.FORWARD : Direction.BACKWARD;
            final LocalTime time = timed.time().orElse(timed.part().map(PartOfDay::usual).orElse(NO_TIME_GIVEN));
            final Optional<Readings.Doubt> doubt = Readings.of(dayPhrase, current.toLocalDate(), direction);
            if (doubt.isPresent()) {
                return Questions.askTime(doubt.get(), time, zone);
            }
            final Optional<LocalDate> day = dayPhrase.isEmpty()
                    ? (timed.time().isPresent() || timed.part().isPresent() ? Optional.of(current.toLocalDate()) : Optional.empty())
                    : grammar.resolve(dayPhrase, current.toLocalDate(), direction, order, new MemberPlace(country, calendars));
            if (day.isEmpty()) {
                return new DateAnswer.Invalid<>(Help.interview(text, order));
            }
            return onDay(day.get(), timed, time, current, zoned, zone, new Wording(dayPhrase, future, order));
        } catch (final DoubtfulDate doubtful) {
            return Questions.askTime(doubtful.doubt(), timed(phrase).time().orElse(NO_TIME_GIVEN), zone);
        } catch (final UnreadableDate unreadable) {
            return new DateAnswer.Invalid<>(unreadable.getMessage());
        }
    }

    /** How the day was written, for the checks that depend on it. */
    private record Wording(String dayPhrase, boolean future, NumericOrder order) {
    }

    private DateAnswer<ZonedDateTime> onDay(final LocalDate day, final Timed timed, final LocalTime time,
            final LocalDateTime current, final ClockZone.Split zoned, final ZoneId zone, final Wording wording) {
        if (timed.midnight() == Midnight.EITHER) {
            return Questions.askMoments("Which midnight do you mean:", List.of(day.atStartOfDay(),
                    day.plusDays(1).atStartOfDay()), zone);
        }
        if (timed.midnight() == Midnight.ALONE && current.getHour() >= 18) {
            return Questions.askMoments("Which midnight do you mean:", List.of(day.atStartOfDay(),
                    day.plusDays(1).atStartOfDay()), zone);
        }
        LocalDateTime at = day.atTime(time).plusDays(timed.midnight() == Midnight.END ? 1 : 0);
        if (!wording.future() && PLAIN_WEEKDAY.matcher(wording.dayPhrase()).matches() && day.equals(current.toLocalDate())) {
            return Questions.askTime(new Readings.Doubt("Which do you mean:", List.of(day, day.minusWeeks(1))), time, zone);
        }
        if (timed.time().isEmpty() && !wording.future() && !at.isBefore(current) && day.equals(current.toLocalDate())) {
            at = current.minusHours(1).truncatedTo(ChronoUnit.HOURS);
        }
        if (timed.time().isPresent() && wording.dayPhrase().isEmpty() && timed.midnight() == Midnight.NONE
                && at.isAfter(current)) {
            // a time alone looks back like every interview time: "noon" said at 07:00 was yesterday's
            at = at.minusDays(1);
        }
        String note = "";
        if (zoned.zone().isPresent()) {
            final LocalDateTime there = at;
            at = at.atZone(zoned.zone().get()).withZoneSameInstant(zone).toLocalDateTime();
            note = " (" + there.toLocalTime() + " " + ZoneNames.find(zoned.zone().get().getId())
                    .map(ZoneNames.Zone::inWords).orElse(zoned.zone().get().getId()) + ")";
        }
        if (Math.abs(ChronoUnit.DAYS.between(current.toLocalDate(), at.toLocalDate())) > MAX_DAYS_AWAY) {
            return new DateAnswer.Invalid<>(Words.day(at.toLocalDate()) + " is more than a year away. "
                    + "Check the date, e.g. \"" + wording.order().example() + " at 2pm\" or \"2026-03-14 14:00\".");
        }
        final LocalDateTime reading = at;
        return parsedTime(at, zone, timed.time().isPresent() ? note
                : timed.part().map(part -> " (" + part.words() + ")").orElse(" (no time given: "
                        + (reading.toLocalTime().equals(NO_TIME_GIVEN) ? "noon" : "I took " + reading.toLocalTime()) + ")"));
    }

    private static Timed timed(final String phrase) {
        try {
            return ClockTime.split(ClockZone.of(phrase).phrase());
        } catch (final UnreadableDate unreadable) {
            return new Timed(phrase, Optional.empty(), Optional.empty());
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
        final String phrase = PhraseText.stripFillers(PhraseText.normalise(text));
        if (NONE.matcher(phrase).matches()) {
            return new DateAnswer.NoDate<>();
        }
        final Optional<List<String>> sides = Alternatives.split(phrase);
        if (sides.isPresent()) {
            final Optional<DateAnswer<LocalDate>> either = Alternatives.combine(sides.get(),
                    side -> forwardDay(text, side, from, zone, country, refusePast),
                    LooseDateParser::later);
            if (either.isPresent()) {
                return either.get();
            }
        }
        return forwardDay(text, phrase, from, zone, country, refusePast);
    }

    private DateAnswer<LocalDate> forwardDay(final String text, final String phrase, final Instant from, final ZoneId zone,
            final String country, final boolean refusePast) {
        final NumericOrder order = NumericOrder.forCountry(country);
        final LocalDate base = LocalDate.ofInstant(from, zone);
        try {
            final Optional<LocalDateTime> ahead = HoursAhead.of(phrase, from.atZone(zone));
            final Timed timed = ClockTime.split(ClockZone.of(phrase).phrase());
            final String dayPhrase = PhraseText.stripFillers(timed.day());
            final Optional<Readings.Doubt> doubt = Readings.of(dayPhrase, base, Direction.FORWARD);
            if (doubt.isPresent() && ahead.isEmpty()) {
                return Questions.askDay(doubt.get(), !refusePast);
            }
            final boolean timeOnly = dayPhrase.isEmpty() && (timed.time().isPresent() || timed.part().isPresent());
            final Optional<LocalDate> day = ahead.isPresent() ? Optional.of(ahead.get().toLocalDate()) : timeOnly ? Optional.of(base)
                    : dayPhrase.isEmpty() ? Optional.empty()
                    : grammar.resolve(dayPhrase, base, Direction.FORWARD, order, new MemberPlace(country, calendars));
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
        } catch (final DoubtfulDate doubtful) {
            return Questions.askDay(doubtful.doubt(), false);
        } catch (final UnreadableDate unreadable) {
            return new DateAnswer.Invalid<>(unreadable.getMessage());
        }
    }

    /** Of two days given as alternatives for a deadline ("Tuesday or Wednesday"), the later: the one to wait for. */
    private static DateAnswer<LocalDate> later(final List<LocalDate> days) {
        final LocalDate last = days.stream().max(LocalDate::compareTo).orElseThrow();
        return new DateAnswer.Parsed<>(last, Words.day(last) + " (the later of the days given)");
    }

    /** "an hour ago", "30 minutes ago", "just now": a moment, to the five minutes. */
    private static Optional<LocalDateTime> ago(final String phrase, final ZonedDateTime current) {
        final java.util.regex.Matcher match = AGO.matcher(phrase);
        if (!match.matches()) {
            return Optional.empty();
        }
        ZonedDateTime at = current;
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
        return Optional.of(at.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).withMinute(at.getMinute() / 5 * 5));
    }

    private static DateAnswer<ZonedDateTime> parsedTime(final LocalDateTime at, final ZoneId zone, final String note) {
        final ZonedDateTime zoned = at.atZone(zone);
        return new DateAnswer.Parsed<>(zoned, Words.dayAndTime(zoned.toLocalDateTime()) + note);
    }
}
