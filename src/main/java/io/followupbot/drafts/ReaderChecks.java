package io.followupbot.drafts;

import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a careful reader notices that a tone check does not: broken joins, a missing name under the sign-off,
 * dates whose weekday is wrong or that fall on a weekend where a business day is meant, past tense before the
 * interview, an in-person meeting after a phone call, and text that stops mid-sentence. Rules of our own,
 * measured on the corpora in {@code src/test/resources/drafts} (LanguageTool was measured and left out: see the
 * drafts README).
 */
final class ReaderChecks {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december)";
    /** "Monday 10 March 2026", "Monday, 10th March", "Monday, March 10, 2026". */
    private static final Pattern DAY_MONTH = Pattern.compile("\\b" + WEEKDAY + ",? (\\d{1,2})(?:st|nd|rd|th)? "
            + MONTH + "(?:,? (\\d{4}))?\\b", CI);
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + WEEKDAY + ",? " + MONTH
            + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b", CI);
    private static final Pattern DATE_NO_WEEKDAY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? " + MONTH
            + "(?:,? (\\d{4}))?\\b", CI);
    /** Words before a date that make it a working deadline: "reply by", "wait until". */
    private static final Pattern DEADLINE_BEFORE = Pattern.compile(
            "\\b(?:by|until|till|before|no later than)\\s+(?:\\w+,?\\s+){0,1}$", CI);
    private static final Pattern PAST_MEETING = Pattern.compile("\\b(?:thank you for (?:meeting|speaking|talking|"
            + "taking the time|the time you (?:gave|took|spent))|our (?:conversation|interview|chat|talk|discussion|"
            + "meeting|exchange)(?: on| about| yesterday| today)?\\b(?! (?:on|at) \\w+ (?:is|will))|(?:it was|was) "
            + "(?:great|lovely|a pleasure|good) (?:to )?(?:meet|speak|talk)|(?:since|after) (?:we|our) (?:spoke|talked|"
            + "met)|we (?:discussed|talked|spoke|met)|you (?:described|mentioned|explained|told me))", CI);
    private static final Pattern IN_PERSON = Pattern.compile("\\b(?:meeting me|met me|meeting you in person|"
            + "met in person|meeting in person|showing me (?:around|round)|the office tour|visiting your office|"
            + "welcoming me (?:to|into) (?:your|the) office)\\b", CI);
    private static final Pattern CUT = Pattern.compile("(?:…|\\.\\.\\.|\\w-)\\s*$|\\b(?:the|a|an|of|to|and|with|"
            + "for|my|your|our|in|on|at|but|or)\\s*$", CI);

    private ReaderChecks() {
    }

    static List<Finding> check(final String text, final MessageParts parts, final CheckContext context) {
        final List<Finding> findings = new ArrayList<>();
        ungrammatical(text).ifPresent(findings::add);
        bareTitle(parts).ifPresent(findings::add);
        noSignature(text, context).ifPresent(findings::add);
        wrongWeekday(text, context.sendDate()).ifPresent(findings::add);
        weekendDate(text, context).ifPresent(findings::add);
        wrongTense(parts.content(), context).ifPresent(findings::add);
        wrongFormat(parts.content(), context).ifPresent(findings::add);
        cutOff(parts.content()).ifPresent(findings::add);
        return findings;
    }

    private static Optional<Finding> ungrammatical(final String text) {
        final Set<String> found = new LinkedHashSet<>();
        for (final Pattern join : Wordlists.BAD_JOINS) {
            final Matcher matcher = join.matcher(text);
            if (matcher.find()) {
                found.add(matcher.group().strip());
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(new Finding(FindingRule.UNGRAMMATICAL,
                "This does not read as a sentence: " + quoted(found) + ".",
                "Rephrase it in your own words, e.g. \"our conversation about how your team ...\"."));
    }

    /** "Dear Dr.," or "Dear Ms," addresses a title, not a person. */
    private static Optional<Finding> bareTitle(final MessageParts parts) {
        final Optional<String> target = parts.greetingTarget().map(String::strip);
        if (target.isEmpty() || !Arrays.stream(target.get().split("[\\s,]+")).allMatch(Interviewer::isTitle)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(FindingRule.BARE_TITLE, "The greeting is a title without a name: \""
                + target.get() + "\".", "Add the surname, e.g. \"Dear " + target.get() + " Chen,\", or greet them "
                + "by their first name."));
    }

    private static Optional<Finding> noSignature(final String text, final CheckContext context) {
        if (context.kind().filter(kind -> kind == DraftKind.VOICEMAIL || kind == DraftKind.LINKEDIN_NOTE).isPresent()) {
            return Optional.empty();
        }
        final List<String> lines = text.strip().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.isEmpty() || !Wordlists.CLOSING.matcher(lines.get(lines.size() - 1)).matches()
                || lines.get(lines.size() - 1).matches(".*[.!]$")) {
            return Optional.empty();
        }
        return Optional.of(new Finding(FindingRule.NO_SIGNATURE, "It ends with \"" + lines.get(lines.size() - 1)
                + "\" and no name.", "Sign with your full name, and a phone number or email under it."));
    }

    private static Optional<Finding> wrongWeekday(final String text, final LocalDate sendDate) {
        for (final Pattern pattern : List.of(DAY_MONTH, MONTH_DAY)) {
            final Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                final boolean dayFirst = pattern == DAY_MONTH;
                final Optional<LocalDate> date = date(matcher.group(dayFirst ? 2 : 3), matcher.group(dayFirst ? 3 : 2),
                        matcher.group(4), sendDate);
                final DayOfWeek written = DayOfWeek.valueOf(matcher.group(1).toUpperCase(Locale.ROOT));
                if (date.isPresent() && date.get().getDayOfWeek() != written) {
                    return Optional.of(new Finding(FindingRule.WRONG_WEEKDAY, "\"" + matcher.group() + "\": "
                            + date.get().format(DAY) + " is a " + name(date.get().getDayOfWeek()) + ".",
                            "Check the date and its weekday; a reader trusts neither when they disagree."));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Finding> weekendDate(final String text, final CheckContext context) {
        if (context.kind().filter(kind -> kind == DraftKind.COMPETING_OFFER).isPresent()) {
            return Optional.empty();
        }
        final Matcher matcher = DATE_NO_WEEKDAY.matcher(text);
        while (matcher.find()) {
            final String before = text.substring(Math.max(0, matcher.start() - 30), matcher.start());
            final Optional<LocalDate> date = date(matcher.group(1), matcher.group(2), matcher.group(3), context.sendDate());
            if (date.isPresent() && DEADLINE_BEFORE.matcher(before).find()
                    && date.get().getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue()) {
                return Optional.of(new Finding(FindingRule.WEEKEND_DATE, date.get().format(DAY) + " is a "
                        + name(date.get().getDayOfWeek()) + ", when nobody is at work.",
                        "Name a business day: " + next(date.get()).format(DAY) + "."));
            }
        }
        return Optional.empty();
    }

    private static Optional<Finding> wrongTense(final String content, final CheckContext context) {
        final Optional<LocalDate> interviewDay = context.interview().map(Interview::startsAt)
                .map(at -> at.atOffset(ZoneOffset.UTC).toLocalDate());
        if (interviewDay.isEmpty() || !interviewDay.get().isAfter(context.sendDate())) {
            return Optional.empty();
        }
        final Matcher matcher = PAST_MEETING.matcher(content);
        return matcher.find() ? Optional.of(new Finding(FindingRule.WRONG_TENSE, "\"" + matcher.group()
                + "\" speaks of the interview as past, but it is on " + interviewDay.get().format(DAY) + ".",
                "Send a thank-you after the interview; before it, a short note that you look forward to it.")) : Optional.empty();
    }

    private static Optional<Finding> wrongFormat(final String content, final CheckContext context) {
        if (context.interview().map(Interview::format).filter(format -> format == InterviewFormat.PHONE).isEmpty()) {
            return Optional.empty();
        }
        final Matcher matcher = IN_PERSON.matcher(content);
        return matcher.find() ? Optional.of(new Finding(FindingRule.WRONG_FORMAT, "\"" + matcher.group()
                + "\": the interview was by phone.", "Thank them for speaking with you, or for the call.")) : Optional.empty();
    }

    private static Optional<Finding> cutOff(final String content) {
        final String stripped = content.strip();
        if (stripped.isEmpty()) {
            return Optional.empty();
        }
        final Matcher matcher = CUT.matcher(stripped);
        if (!matcher.find()) {
            return Optional.empty();
        }
        final String end = stripped.substring(Math.max(0, stripped.length() - 30)).strip();
        return Optional.of(new Finding(FindingRule.CUT_OFF, "It stops mid-sentence: \"..." + end + "\".",
                "Finish the sentence; something was cut off when it was copied."));
    }

    private static Optional<LocalDate> date(final String day, final String month, final String year,
            final LocalDate sendDate) {
        try {
            final Month parsed = Month.valueOf(month.toUpperCase(Locale.ROOT));
            final int dayOfMonth = Integer.parseInt(day);
            if (year != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(year), parsed, dayOfMonth));
            }
            LocalDate best = null;
            for (int offset = -1; offset <= 1; offset++) {
                final LocalDate candidate = LocalDate.of(sendDate.getYear() + offset, parsed, 1)
                        .withDayOfMonth(Math.min(dayOfMonth, parsed.length(java.time.Year.isLeap(sendDate.getYear() + offset))));
                if (best == null || Math.abs(candidate.toEpochDay() - sendDate.toEpochDay())
                        < Math.abs(best.toEpochDay() - sendDate.toEpochDay())) {
                    best = candidate;
                }
            }
            return best.getDayOfMonth() == dayOfMonth ? Optional.of(best) : Optional.empty();
        } catch (final java.time.DateTimeException | IllegalArgumentException notADate) {
            return Optional.empty();
        }
    }

    private static LocalDate next(final LocalDate weekend) {
        LocalDate day = weekend;
        while (day.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue()) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static String name(final DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String quoted(final Set<String> words) {
        return String.join(", ", words.stream().map(word -> "\"" + word + "\"").toList());
    }
}
