package io.followupbot.dates;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A typed phrase made plain for the grammar: lower case, typos and shorthand put right, business
 * shorthand spelled out (EOD, COB, EOW, EOM), hedges dropped ("probably", "about", "sometime"), and the
 * small words around a date ("by", "on", "around", "before") stripped from its ends.
 */
final class PhraseText {

    private static final Pattern FILLER = Pattern.compile(
            "^(they said |they say |they told me |said |(?:hr|hour|the recruiter|recruiter|she|he|the hiring manager) (?:said|says|told me) "
                    + "|(?:please |pls |can you |could you )?remind me (?:again )?|ping me |nudge me |i had it |had it "
                    + "|i had the interview |the interview was on |it was on |by |on or before |on |before |until |till |til "
                    + "|at |for |from |around |approximately "
                    + "|no later than |at the latest |latest |hear back |should hear back |i'll hear back |news "
                    // a whole sentence around the date: "it was yesterday at 11pm", "they'd get back to me by Friday"
                    + "|it was |it's |it is |it will be |it'll be |was |will be |the interview was |the interview is "
                    + "|(?:they'd |theyd |they |she'll |he'll |she'd |he'd |they would |they'll |theyll |they will "
                    + "|i'd |i would |i'll |ill |i will |i should |we'll |we will )?"
                    + "(?:get back to (?:me|us) |come back to me |let me know |be in touch |decide |hear back |hear "
                    + "|have an answer |have a decision |make a decision ))");
    private static final Pattern TRAILING_FILLER = Pattern.compile(
            "( or so| pls| please| thanks| thx| ty| at the latest| latest| or later| or earlier| at| on| by|-ish|ish| or thereabouts| ideally"
                    + "| my time| local time| in my time zone)$");
    private static final Pattern HEDGES = Pattern.compile(
            "\\b(probably|maybe|hopefully|likely|like|prob|sometime|some time|about|around|roughly|approximately|approx"
                    + "|approx|ideally|definitely|possibly|perhaps|supposedly|apparently)\\b");

    private PhraseText() {
    }

    /** Lower case, typos put right, punctuation and business shorthand made plain; fillers still in. */
    static String normalise(final String text) {
        String phrase = text == null ? "" : text.toLowerCase(Locale.ROOT).strip();
        phrase = phrase.replace('’', '\'').replace("a.m.", "am").replace("p.m.", "pm");
        phrase = phrase.replaceAll("(\\d{4}-\\d{1,2}-\\d{1,2})t(\\d)", "$1 $2");
        phrase = phrase.replaceAll("\\b(?:the |on )?(\\d{1,2})(st|nd|rd|th)\\b", "the $1").replaceAll("(?<=\\d)(st|nd|rd|th)\\b", "");
        phrase = phrase.replaceAll("(?<=\\d)\\.(\\d{2}) ?(am|pm)\\b", ":$1$2");
        phrase = phrase.replaceAll("[,;!?\"()]", " ");
        phrase = phrase.replaceAll("(?<![\\d])\\.|\\.(?![\\d])(?<!\\d\\.\\d{1,2}\\.)", " ");
        phrase = Typos.correct(phrase.replaceAll("\\s+", " ").strip());
        phrase = phrase.replaceAll("\\b(eod|cob|eob|end of (the )?(business )?day|close of (the )?business( day)?"
                + "|close of play|end of business|end of play)\\b", "end of day");
        phrase = phrase.replaceAll("\\beow\\b", "end of week").replaceAll("\\beom\\b", "end of month")
                .replaceAll("\\beoy\\b", "end of year");
        phrase = phrase.replaceAll("\\b(\\d{1,2}) ?o'?clock\\b", "$1:00").replaceAll("\\bo'clock\\b", "").replaceAll("\\bmid-", "mid ")
                .replaceAll("\\bthe end of\\b", "end of").replaceAll("\\bend of the (?=week|month|year)", "end of ")
                .replaceAll("\\bthe (beginning|start|middle) of\\b", "$1 of")
                .replaceAll("\\b(beginning|start) of the\\b", "$1 of").replaceAll("\\bthe middle of\\b", "middle of");
        phrase = phrase.replaceAll("\\bnext (week|month)'s end\\b", "end of next $1");
        phrase = phrase.replaceAll("\\b(around|about|approximately|approx|roughly) (?=\\d{1,2}(:\\d{2})? ?(am|pm)?( |$))"
                + "(?!\\d+ (days?|weeks?|months?|business|working|hours?|minutes?)\\b)", "at ");
        phrase = HEDGES.matcher(phrase).replaceAll("");
        phrase = phrase.replaceAll("\\b(a|one) (day|week|month) or two\\b", "1-2 $2s")
                .replaceAll("\\b(a |one )?fortnight\\b", "2 weeks").replaceAll("\\bcouple (days|weeks|months)\\b", "couple of $1")
                .replaceAll("\\bwithin (the )?next\\b", "within");
        return DayForms.rewrite(SpokenTimes.rewrite(phrase.replaceAll("\\s+", " ").strip()));
    }

    /** {@code phrase} without the filler words at either end ("by Friday latest" is "friday"). */
    static String stripFillers(final String phrase) {
        String stripped = phrase.strip();
        String before;
        do {
            before = stripped;
            stripped = FILLER.matcher(stripped).replaceFirst("");
            stripped = TRAILING_FILLER.matcher(stripped).replaceFirst("").strip();
        } while (!stripped.equals(before));
        return stripped;
    }
}
