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

    /** {@code phrase} with its day written the way the grammar reads it. */
    static String rewrite(final String phrase) {
        String text = phrase.replaceAll("\\b2day\\b", "today").replaceAll("\\b(2moro|2morro|2morrow|2mrw|2mro)\\b", "tomorrow")
                .replaceAll("\\b(2nite|2night)\\b", "tonight").replaceAll("\\btmrws?\\b", "tomorrow");
        text = text.replaceAll("(\\d) ?([/-]) ?(\\d)", "$1$2$3")
                .replaceAll("\\b(\\d{1,2})[/-]" + MONTH + "[/-](\\d{2,4})\\b", "$1 $2 $3")
                .replaceAll("\\b(\\d{1,2})" + MONTH + "\\b", "$1 $2").replaceAll("\\b" + MONTH + "(\\d{1,2})\\b", "$1 $2");
        text = ORDINAL_BESIDE_DATE.matcher(text).replaceAll(match -> String.valueOf(ordinal(match.group())));
        text = text.replaceAll("\\bthis past " + WEEKDAY, "last $1").replaceAll("\\bpast " + WEEKDAY + "$", "last $1")
                .replaceAll("\\b" + WEEKDAY + " (?:of|in) (this|next) week\\b", "$1 $2 week")
                .replaceAll("\\b(?:the )?" + WEEKDAY + " after next\\b", "$1 week")
                .replaceAll("\\b(?:" + WEEKDAY + " (?:from|of|in|last) last week|last weeks?'?s? " + WEEKDAY
                        + "|last week (?:on )?" + WEEKDAY + ")\\b", "last week $1$2$3")
                .replaceAll("\\bhence\\b", "from now").replaceAll("\\b(?:the )?upcoming (\\d{1,3}) days?\\b", "in $1 days")
                .replaceAll("\\b(\\d{1,3}) upcoming days?\\b", "in $1 days")
                .replaceAll("\\b(the |of )?(current|present) month\\b", "$1this month")
                .replaceAll("\\b(the )?(previous|past|prior) month\\b", "last month")
                .replaceAll("\\bthe (next|last|this) month\\b", "$1 month")
                .replaceAll("\\b(\\d{1,2}) day of\\b", "$1 of").replaceAll("^on or before ", "by ").replaceAll("^(?:by |on )?(?:right |just )?before ", "just before ")
                .replaceAll("^(no later than|not later than|at the very latest by|at the latest by) ", "by ");
        text = text.replaceAll("^" + MONTH + " (\\d{1,2})(?: (\\d{4}))? " + WEEKDAY + "$", "$4 $1 $2 $3");
        return text.replaceAll("\\s+", " ").strip();
    }

    /** 1 for "first", 21 for "twenty-first". */
    static int ordinal(final String word) {
        final String plain = word.replace('-', ' ');
        final int index = ORDINALS.indexOf(plain);
        return index < 0 ? Integer.parseInt(plain) : index + 1;
    }
}
