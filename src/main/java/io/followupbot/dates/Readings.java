package io.followupbot.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Day phrases a person could mean two ways, or that name no definite day: these get a question, never a
 * guess. "Next Wednesday" said on a Tuesday is tomorrow to some and the Wednesday of next week to others;
 * "last week" and "after the holidays" name no day at all.
 */
final class Readings {

    /**
     * @param question what to ask, without the readings (the parser words them)
     * @param days the days to offer as buttons; empty when the member must type one
     */
    record Doubt(String question, List<LocalDate> days) {
    }

    private static final Pattern NEXT_WEEKDAY = Pattern.compile("next " + DatePhrases.WEEKDAY);
    private static final Pattern NO_DAY = Pattern.compile("after (the )?(holidays?|summer|break|weekend)"
            + "|(just )?(before|after) (the )?(summer|winter|spring|easter|christmas|xmas|half[- ]term|school) "
            + "(break|holidays?|vacation|hols)|(the )?(summer|winter|easter|christmas) (break|holidays|vacation)"
            + "|early (next|this) quarter|in the new year|soon|asap|as soon as possible|shortly|soonish|whenever|eventually"
            + "|later|in a while|a while|in a bit|in the coming (days|weeks)|in the next few (days|weeks)|next few (days|weeks)"
            + "|the coming weeks|over the next few weeks|tbd|tbc|to be (decided|confirmed)|when they can|when they decide"
            + "|after (they|other|the other) .+|once they('ve)? (interviewed|finished|decided)( .*)?"
            + "");
    private static final Pattern VAGUE_PAST = Pattern.compile("last week|earlier this week|this week|the other day"
            + "|recently|a few days ago|few days ago|last weekend|this weekend|the weekend|over the weekend|weekend"
            + "|at the weekend|a couple of days ago|couple of days ago|a while (ago|back)|ages ago");

    private Readings() {
    }

    /** The doubt in {@code phrase} seen from {@code base}, if it has one. */
    static Optional<Doubt> of(final String written, final LocalDate base, final DatePhrases.Direction direction) {
        final String phrase = written.startsWith("just before ") ? written.substring(12) : written;
        final Matcher next = NEXT_WEEKDAY.matcher(phrase);
        if (next.matches()) {
            final DayOfWeek day = DatePhrases.weekday(next.group(1));
            final LocalDate thisWeek = base.with(TemporalAdjusters.next(day));
            final LocalDate nextWeek = DatePhrases.mondayOf(base).plusWeeks(1).with(TemporalAdjusters.nextOrSame(day));
            return thisWeek.equals(nextWeek) ? Optional.empty()
                    : Optional.of(new Doubt("Which " + Words.weekday(day) + " do you mean:", List.of(thisWeek, nextWeek)));
        }
        if (direction == DatePhrases.Direction.BACKWARD && VAGUE_PAST.matcher(phrase).matches()) {
            return Optional.of(new Doubt("Which day was it?", pastDays(phrase, base)));
        }
        if (NO_DAY.matcher(phrase).matches()) {
            return Optional.of(new Doubt("\"" + phrase + "\" doesn't name a day yet. Did they give one?", List.of()));
        }
        return Optional.empty();
    }

    private static List<LocalDate> pastDays(final String phrase, final LocalDate base) {
        final LocalDate monday = DatePhrases.mondayOf(base);
        final List<LocalDate> days = new ArrayList<>();
        if (phrase.contains("weekend")) {
            final LocalDate saturday = base.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
            return List.of(saturday, saturday.plusDays(1));
        }
        if (phrase.equals("last week")) {
            for (int offset = 0; offset < 5; offset++) {
                days.add(monday.minusWeeks(1).plusDays(offset));
            }
            return days;
        }
        if (phrase.endsWith("this week")) {
            for (LocalDate day = monday; !day.isAfter(base) && days.size() < 5; day = day.plusDays(1)) {
                days.add(day);
            }
            return days;
        }
        for (int back = 5; back >= 1; back--) {
            days.add(base.minusDays(back));
        }
        return days;
    }
}
