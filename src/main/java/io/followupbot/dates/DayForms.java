package io.followupbot.dates;

import java.util.regex.Pattern;

/**
 * Day phrases written in a form the grammar knows under another: texting forms ("2day", "2moro"), "this past
 * Wed" (the last one), "Wednesday of next week", "Friday after next", "Sunday of last week", "a week hence",
 * "the upcoming 2 days", ordinal words beside a month ("the third of March", "March first") and dates packed
 * or spaced ("14april", "31/Oct/1974", "2 / 15").
 */
final class DayForms {

    private static final String WEEKDAY = DatePhrases.WEEKDAY;
    private static final String MONTH = "(january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug"
            + "|september|sept|sep|october|oct|november|nov|december|dec)";
    static final String ORDINAL = "(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
            + "|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[ -]first"
            + "|twenty[ -]second|twenty[ -]third|twenty[ -]fourth|twenty[ -]fifth|twenty[ -]sixth|twenty[ -]seventh"
            + "|twenty[ -]eighth|twenty[ -]ninth|thirtieth|thirty[ -]first)";
    private static final java.util.List<String> ORDINALS = java.util.List.of("first", "second", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
            "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first",
            "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
            "twenty eighth", "twenty ninth", "thirtieth", "thirty first");
    private static final Pattern ORDINAL_BESIDE_DATE = Pattern.compile("(?<=\\bthe |" + MONTH + " |^)" + ORDINAL
            + "(?=(?: day)? of\\b|$| " + MONTH + "\\b| \\d{4}\\b)|(?<=" + MONTH + " |" + WEEKDAY + " the )" + ORDINAL + "\\b");

    private DayForms() {
    }

    /** A rewrite: every match of {@code pattern} becomes {@code replacement}. */
    private record Rule(Pattern pattern, String replacement) {
        static Rule of(final String regex, final String replacement) {
            return new Rule(Pattern.compile(regex), replacement);
        }

        String apply(final String text) {
            return pattern.matcher(text).replaceAll(replacement);
        }
    }

    /** Before ordinal words are read: texting forms and packed or spaced dates. */
    private static final java.util.List<Rule> WRITTEN = java.util.List.of(
            Rule.of("\\b2day\\b", "today"), Rule.of("\\b(2moro|2morro|2morrow|2mrw|2mro)\\b", "tomorrow"),
            Rule.of("\\b(2nite|2night)\\b", "tonight"), Rule.of("\\btmrws?\\b", "tomorrow"),
            Rule.of("(\\d) ?([/-]) ?(\\d)", "$1$2$3"),
            Rule.of("\\b(\\d{1,2})[/-]" + MONTH + "[/-](\\d{2,4})\\b", "$1 $2 $3"),
            Rule.of("\\b(\\d{1,2})" + MONTH + "\\b", "$1 $2"), Rule.of("\\b" + MONTH + "(\\d{1,2})\\b", "$1 $2"));
    /** After: the day forms the grammar knows under another name. */
    private static final java.util.List<Rule> FORMS = java.util.List.of(
            Rule.of("\\bthis past " + WEEKDAY, "last $1"), Rule.of("\\bpast " + WEEKDAY + "$", "last $1"),
            Rule.of("\\b" + WEEKDAY + " (?:of|in) (this|next) week\\b", "$1 $2 week"),
            Rule.of("\\b(?:the )?" + WEEKDAY + " after next\\b", "$1 week"),
            Rule.of("\\b(?:" + WEEKDAY + " (?:from|of|in|last) last week|last weeks?'?s? " + WEEKDAY
                    + "|last week (?:on )?" + WEEKDAY + ")\\b", "last week $1$2$3"),
            Rule.of("\\bhence\\b", "from now"), Rule.of("\\b(?:the )?upcoming (\\d{1,3}) days?\\b", "in $1 days"),
            Rule.of("\\b(\\d{1,3}) upcoming days?\\b", "in $1 days"),
            Rule.of("\\b(the |of )?(current|present) month\\b", "$1this month"),
            Rule.of("\\b(the )?(previous|past|prior) month\\b", "last month"),
            Rule.of("\\bthe (next|last|this) month\\b", "$1 month"), Rule.of("\\b(\\d{1,2}) day of\\b", "$1 of"),
            Rule.of("^on or before ", "by "), Rule.of("^(?:by |on )?(?:right |just )?before ", "just before "),
            Rule.of("^(no later than|not later than|at the very latest by|at the latest by) ", "by "),
            Rule.of("^" + MONTH + " (\\d{1,2})(?: (\\d{4}))? " + WEEKDAY + "$", "$4 $1 $2 $3"), Rule.of("\\s+", " "));

    /** {@code phrase} with its day written the way the grammar reads it. */
    static String rewrite(final String phrase) {
        String text = phrase;
        for (final Rule rule : WRITTEN) {
            text = rule.apply(text);
        }
        text = ORDINAL_BESIDE_DATE.matcher(text).replaceAll(match -> String.valueOf(ordinal(match.group())));
        for (final Rule rule : FORMS) {
            text = rule.apply(text);
        }
        return text.strip();
    }

    /** 1 for "first", 21 for "twenty-first". */
    static int ordinal(final String word) {
        final String plain = word.replace('-', ' ');
        final int index = ORDINALS.indexOf(plain);
        return index < 0 ? Integer.parseInt(plain) : index + 1;
    }
}
