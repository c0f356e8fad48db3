package io.followupbot.conversation.language;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "I have my second round with Acme on Tuesday", "got a final interview at Globex tomorrow 10am" in the member's own
 * words: a round of a hiring process, the company as typed, and the words that may say when (the rest, to be read as
 * a date by the caller, who knows the member's zone).
 *
 * @param company the words after "with", "at" or "for", up to the first that starts a time ("on", "tomorrow", ...)
 * @param when the words from there on (may be empty); a weekday alone in a sentence in the present ("I have an
 *             interview with Acme on Friday") as "this Friday", the one to come
 * @param nextRound true when the member said it is a further round ("second", "next", "final", "round"), false for
 *                  "an interview"
 */
public record RoundInWords(String company, String when, boolean nextRound) {

    private static final String ORDINAL = "second|third|fourth|fifth|sixth|next|final|last|another|follow[- ]?up|2nd|3rd"
            + "|4th|5th|6th|onsite|on-site|panel|technical|hiring[- ]manager";
    private static final Pattern SAID = Pattern.compile("^(?:(?:so|ok|okay|hey|hi|great news|good news)[,!]?\\s+)?"
            + "(?:i\\s+(?:have|had|got|'ve\\s+got|have\\s+got|'ve|will\\s+have)|i've\\s+got|i've|i'm\\s+having|"
            + "i\\s+am\\s+having|got|there's|there\\s+is)\\s+(?:(?:my|a|an|the|one\\s+more)\\s+)?"
            + "(?:(" + ORDINAL + ")\\s+)?(round|interview|call)(?:\\s+interview)?\\s+(?:with|at|for)\\s+(.+)$");
    /** A word that starts the time in "Acme on Tuesday", "Acme tomorrow at 10". */
    private static final Pattern TIME_START = Pattern.compile("\\s+(?=(?:on|at|this|next|last|tomorrow|today|tonight|"
            + "yesterday|earlier|in|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|"
            + "\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm)\\b|\\d{4}-\\d{2}-\\d{2}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
            + "dec)\\b)");

    /** The past tense of the sentence: "I had an interview with ...". */
    private static final Pattern PAST = Pattern.compile("\\bhad\\b");
    private static final Pattern WEEKDAY_FIRST = Pattern.compile("(?i)(?:monday|tuesday|wednesday|thursday|friday|saturday|"
            + "sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\\b");

    public static Optional<RoundInWords> parse(final String text) {
        final String stripped = text.strip().replaceAll("[.!]+$", "");
        final String lower = stripped.toLowerCase(Locale.ROOT);
        // the company keeps the member's case, unless lower-casing moved the positions (a few non-Latin letters)
        final String typed = lower.length() == stripped.length() ? stripped : lower;
        final Matcher said = SAID.matcher(lower);
        if (!said.matches()) {
            return Optional.empty();
        }
        final boolean further = said.group(1) != null || said.group(2).equals("round");
        // the company as the member typed it (its case), from the same position in the original text
        final String rest = typed.substring(said.start(3));
        final Matcher time = TIME_START.matcher(rest.toLowerCase(Locale.ROOT));
        final int cut = time.find() ? time.start() : rest.length();
        final String company = rest.substring(0, cut).replaceAll("[,;]+$", "").strip();
        if (company.isEmpty() || company.length() > 100) {
            return Optional.empty();
        }
        final String when = rest.substring(cut).strip().replaceFirst("(?i)^on\\s+", "");
        // "I have an interview with Acme on Friday": said in the present, a weekday alone is the one to come
        final boolean past = PAST.matcher(lower.substring(0, said.start(3))).find();
        return Optional.of(new RoundInWords(company, !past && WEEKDAY_FIRST.matcher(when).lookingAt() ? "this " + when
                : when, further));
    }
}
