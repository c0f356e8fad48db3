package io.followupbot.dates;

import io.followupbot.policy.calendar.DayOff;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holidays by name, from the member's own calendar: "Memorial Day", "before Thanksgiving", "next MLK day",
 * "Christmas 2026", "Boxing Day". A public holiday is the day it is observed where the member lives. Easter
 * Sunday, which is nobody's day off, is known everywhere. A holiday the member's place does not keep is
 * not guessed: the phrase is not read, and the member is asked to write the day.
 */
final class NamedDays {

    private static final Pattern NAMED = Pattern.compile("(?:(this|next|last|the|upcoming) )?(?:(?:the )?(?:day )?(?:of )?)?"
            + "([a-z' .]+?)(?: day)?(?: (\\d{4}))?");
    private static final Pattern[] PLAIN = {Pattern.compile("\\b(xmas|x-mas|christmas day)\\b"), Pattern.compile("\\bmlk\\b"),
        Pattern.compile("\\bjr\\b"), Pattern.compile("\\blabor\\b"), Pattern.compile("\\bnew years?\\b"),
        Pattern.compile("\\bpresident\\b"), Pattern.compile("\\bkings\\b"), Pattern.compile("\\bcivil rights\\b"),
        Pattern.compile("\\s+"), Pattern.compile("\\b(day|holiday|bank holiday)\\s*$")};
    private static final String[] PLAIN_AS = {"christmas", "martin luther king", "", "labour", "new year", "presidents", "king",
        "martin luther king", " ", ""};
    private static final Pattern OF_YEAR = Pattern.compile("(.+?) (?:of|in) (last|next|this) year");
    private static final Pattern BANK_HOLIDAY = Pattern.compile("(?:the )?(?:next )?(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
            + "|nov|dec)[a-z]* )?(?:bank|public|stat|statutory) holiday");
    private static final java.util.Map<String, String> ALIASES = java.util.Map.of("australia", "national",
            "bastille", "national", "diwali", "deepavali", "boxing", "boxing", "st stephen", "st stephens",
            "republic", "republic", "juneteenth", "juneteenth");
    private static final Pattern NOT_A_NAME = Pattern.compile(".*\\d.*|.*\\b(week|month|days?|weeks|months|today"
            + "|tomorrow|yesterday|morning|afternoon|evening|night|end|early|mid|late)\\b.*");

    private NamedDays() {
    }

    /** The day the holiday named in {@code phrase} falls on, seen from {@code base}. */
    static Optional<LocalDate> resolve(final String phrase, final LocalDate base, final DatePhrases.Direction direction,
            final MemberPlace place) {
        final List<LocalDate> days = candidates(phrase, base, direction, place);
        if (days.size() > 1) {
            throw new DoubtfulDate(new Readings.Doubt("There are two of those. Which do you mean:", days));
        }
        return days.stream().findFirst();
    }

    /**
     * The days the holiday named in {@code phrase} may be: one for a holiday by name, two for "the May bank
     * holiday" in the UK (early May and spring), none when the member's place does not keep it.
     */
    static List<LocalDate> candidates(final String phrase, final LocalDate base, final DatePhrases.Direction direction,
            final MemberPlace place) {
        final Matcher bank = BANK_HOLIDAY.matcher(phrase);
        if (bank.matches()) {
            return bankHolidays(bank.group(1), base, place);
        }
        final Matcher ofYear = OF_YEAR.matcher(phrase);
        if (ofYear.matches()) {
            final int year = base.getYear() + switch (ofYear.group(2)) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            return candidates(ofYear.group(1) + " " + year, base, direction, place);
        }
        final Matcher match = NAMED.matcher(phrase);
        if (!match.matches() || NOT_A_NAME.matcher(match.group(2)).matches()) {
            return List.of();
        }
        final String wanted = plain(match.group(2));
        if (wanted.length() < 3) {
            return List.of();
        }
        if (match.group(3) != null) {
            return find(wanted, Integer.parseInt(match.group(3)), place).stream().toList();
        }
        final boolean back = "last".equals(match.group(1)) || direction == DatePhrases.Direction.BACKWARD
                && !"next".equals(match.group(1)) && !"this".equals(match.group(1));
        for (int step = 0; step <= 2; step++) {
            final int year = base.getYear() + (back ? -step : step);
            final Optional<LocalDate> day = find(wanted, year, place);
            if (day.isPresent() && (back ? !day.get().isAfter(base) : !day.get().isBefore(base))) {
                return List.of(day.get());
            }
        }
        return List.of();
    }

    /** The next public holiday, or every one in the month named ("the May bank holiday"). */
    private static List<LocalDate> bankHolidays(final String month, final LocalDate base, final MemberPlace place) {
        final List<LocalDate> ahead = new java.util.ArrayList<>();
        for (int year = base.getYear(); year <= base.getYear() + 1; year++) {
            place.holidaysIn(year).stream().map(DayOff::date).filter(day -> !day.isBefore(base)).forEach(ahead::add);
        }
        if (month == null) {
            return ahead.stream().limit(1).toList();
        }
        final java.util.List<LocalDate> inMonth = ahead.stream()
                .filter(day -> day.getMonth().name().toLowerCase(Locale.ROOT).startsWith(month.substring(0, 3))).toList();
        return inMonth.stream().filter(day -> day.getYear() == inMonth.get(0).getYear()).toList();
    }

    private static Optional<LocalDate> find(final String wanted, final int year, final MemberPlace place) {
        final Optional<LocalDate> byRule = byRule(wanted, year, place.country() == null ? "" : place.country().toUpperCase(Locale.ROOT));
        if (byRule.isPresent()) {
            return byRule;
        }
        final String name = ALIASES.getOrDefault(wanted, wanted);
        for (final DayOff day : place.holidaysIn(year)) {
            final String known = plain(day.name().toLowerCase(Locale.ROOT));
            if (known.equals(name) || known.startsWith("1st " + name) || name.length() >= 6 && known.startsWith(name)) {
                return Optional.of(day.date());
            }
        }
        return Optional.empty();
    }

    /**
     * Days people name that the calendar does not keep as a public holiday where they live: Easter Sunday and
     * Carnival (from Easter), and Canada's Thanksgiving and Victoria Day, kept by the provinces.
     */
    private static Optional<LocalDate> byRule(final String wanted, final int year, final String country) {
        final boolean canada = country.startsWith("CA");
        return Optional.ofNullable(switch (wanted) {
            case "easter", "easter sunday" -> easterSunday(year);
            case "carnival", "carnaval", "mardi gras", "shrove tuesday", "carnival tuesday" -> easterSunday(year).minusDays(47);
            case "thanksgiving" -> canada ? LocalDate.of(year, 10, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY)) : null;
            case "victoria" -> canada ? LocalDate.of(year, 5, 25).with(TemporalAdjusters.previous(DayOfWeek.MONDAY)) : null;
            default -> null;
        });
    }

    /** A holiday's name without the words people leave out: "martin luther king jr" is "martin luther king". */
    private static String plain(final String name) {
        String text = name.replace("(observed)", "").replace("'s", "").replace("'", "").replace(".", "").replace(",", "");
        for (int rule = 0; rule < PLAIN.length; rule++) {
            text = PLAIN[rule].matcher(text).replaceAll(PLAIN_AS[rule]);
        }
        return text.strip();
    }

    /** Easter Sunday of {@code year} (the Gregorian computus). */
    static LocalDate easterSunday(final int year) {
        final int golden = year % 19;
        final int century = year / 100;
        final int rest = year % 100;
        final int leapCenturies = (century - (century + 8) / 25 + 1) / 3;
        final int epact = (19 * golden + century - century / 4 - leapCenturies + 15) % 30;
        final int weekday = (32 + 2 * (century % 4) + 2 * (rest / 4) - epact - rest % 4) % 7;
        final int shift = (golden + 11 * epact + 22 * weekday) / 451;
        final int days = epact + weekday - 7 * shift + 114;
        return LocalDate.of(year, days / 31, days % 31 + 1);
    }
}
