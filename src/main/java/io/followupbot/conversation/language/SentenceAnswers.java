package io.followupbot.conversation.language;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Short answers typed as whole sentences, read for the thing asked: "It was with Northwind Labs, the analytics
 * startup" is the company Northwind Labs, "The role is Senior Data Analyst" the role, "I'm Maya Chen" the name,
 * "I met Ben Ode and Cleo Park." the people (which {@link InterviewerList} then splits).
 * Only the framing words a person puts around the answer go; an answer without them is kept as typed.
 */
public final class SentenceAnswers {

    private static final Pattern COMPANY_LEAD = Pattern.compile("^(?:(?i)(?:it|the interview) (?:was|is|will be|'s) |"
            + "it's |i (?:interviewed|had (?:an|my|the) interview|met them|spoke to them|talked to them) |"
            + "(?:they|the company|company) (?:is|are|was|were) |company(?: name)? ?[:\\-] ?)*"
            // lower-case "with", "at", "for" only: "AT Kearney" and "With Intelligence" are names
            + "(?-i:with |at |for )?(?i:(?:a|the) (?:company|startup|firm) called )?");
    private static final Pattern ROLE_LEAD = Pattern.compile("^(?:(?i:(?:the )?(?:role|position|job|title) (?:is|was|will "
            + "be|'s) |(?:the )?(?:role|position|job|title) ?[:\\-] ?|it(?:'s| is| was| will be) (?:for )?|i(?:'m| am) "
            + "(?:applying|interviewing) for )|for |as )+(?:an? |the )?");
    private static final Pattern ROLE_TAIL = Pattern.compile(" (?:role|position|job)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_LEAD = Pattern.compile("^(?:i'm |i’m |i am |my name is |my name's |this is |"
            + "it's |it is |call me |name ?[:\\-] ?)", Pattern.CASE_INSENSITIVE);
    /** "I met", "I spoke with", "It was", "interviewed by": the start of a sentence around the interviewers. */
    private static final Pattern PEOPLE_LEAD = Pattern.compile("^(?:i (?:met|spoke|talked|chatted)(?: (?:with|to))?|i "
            + "was interviewed by|(?:it|they) (?:was|were)|(?:interviewed )?by|with) ", Pattern.CASE_INSENSITIVE);
    /** ", the analytics startup": an aside after the company's name (", Inc." and the like stay). */
    private static final Pattern ASIDE = Pattern.compile(", (?:the|a|an|which|who|they're|they are) .*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXCLAMATIONS = Pattern.compile("!+$");
    private static final Pattern ABBREVIATION_STOP = Pattern.compile(".*\\b[A-Z][a-z]{0,3}\\.$");
    private static final Pattern CLOSING_STOPS = Pattern.compile("\\.+$");
    /** A person's name ends in a stop of its own only after an initial or a title: "J.", "Jr.", "Dr.". */
    private static final Pattern NAME_ABBREVIATION_STOP = Pattern.compile(".*\\b(?:\\p{Lu}|Jr|Sr|Dr|Mr|Mrs|Ms)\\.$");

    private SentenceAnswers() {
    }

    public static String company(final String text) {
        final String plain = trimmed(COMPANY_LEAD.matcher(text.strip()).replaceFirst(""));
        final String withoutAside = trimmed(ASIDE.matcher(plain).replaceFirst(""));
        return orTyped(withoutAside, text);
    }

    public static String role(final String text) {
        final String plain = trimmed(ROLE_LEAD.matcher(text.strip()).replaceFirst(""));
        return orTyped(trimmed(ROLE_TAIL.matcher(plain).replaceFirst("")), text);
    }

    public static String name(final String text) {
        return orTyped(trimmedName(NAME_LEAD.matcher(text.strip()).replaceFirst("")), text);
    }

    /** One entry of the interviewers' answer, without the sentence around it. */
    static String people(final String text) {
        return orTyped(trimmedName(PEOPLE_LEAD.matcher(text.strip()).replaceFirst("")), text);
    }

    /** Without a sentence's closing stop; an abbreviation's stays ("Acme, Inc.", "Globex Corp."). */
    private static String trimmed(final String text) {
        final String plain = EXCLAMATIONS.matcher(text.strip()).replaceFirst("").strip();
        return ABBREVIATION_STOP.matcher(plain).matches() ? plain : CLOSING_STOPS.matcher(plain).replaceFirst("").strip();
    }

    /** Without a sentence's closing stop: a surname as short as "Chen." loses it, an initial or "Jr." keeps it. */
    private static String trimmedName(final String text) {
        final String plain = EXCLAMATIONS.matcher(text.strip()).replaceFirst("").strip();
        return NAME_ABBREVIATION_STOP.matcher(plain).matches() ? plain
                : CLOSING_STOPS.matcher(plain).replaceFirst("").strip();
    }

    /** What is left, or the answer as typed when nothing would be (so "Company" is never emptied). */
    private static String orTyped(final String left, final String typed) {
        return left.isBlank() || left.toLowerCase(Locale.ROOT).equals("it") ? typed.strip() : left;
    }
}
