package io.followupbot.conversation.language;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An application the member sent, as typed (issue 33): {@code applied Acme Analytics, Data Analyst yesterday}, or in
 * their own words, "I applied to Acme for the Data Analyst role yesterday", "just applied for the Data Analyst
 * position at Acme", "sent my application to Globex for Product Manager on Monday". The company and the role keep
 * the member's case; the words that may say when are left for the caller, who knows the member's zone.
 *
 * @param when the words that say when it was sent (empty: now)
 */
public record AppliedInWords(String company, String role, String when) {

    private static final int LONGEST_NAME = 100;
    private static final String LEAD = "^(?:(?:so|ok|okay|hey|hi|update|good news|fyi)[,!:]?\\s+)?"
            + "(?:just wanted to (?:let you know|say|tell you)(?:\\s+that)?\\s+)?(?:i\\s+)?(?:have\\s+|'ve\\s+|i've\\s+)?"
            + "(?:just\\s+|also\\s+|finally\\s+)?(?:went ahead and\\s+)?";
    private static final String APPLIED = "(?:applied|(?:sent|sent\\s+off|sent\\s+in|submitted|put\\s+in)\\s+(?:my|an)\\s+"
            + "application)";
    /** A day said before the rest: "Yesterday I applied ...", "On Monday I applied ...". */
    private static final Pattern WHEN_FIRST = Pattern.compile("^((?:earlier\\s+)?(?:yesterday|today|tonight)|this\\s+"
            + "(?:morning|afternoon|evening)|last\\s+(?:night|week|\\w+day)|on\\s+\\w+day)[,]?\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    /** "Applied to Microsoft, Cloud Solutions Architect, last night": the command's order, in a sentence. */
    private static final Pattern LISTED = Pattern.compile("^applied\\s+(?:to|at|with)\\s+([^,]+,.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final String ARTICLE = "(?:(?:the|a|an)\\s+)?";
    private static final String ROLE_WORD = "(?:\\s+(?:role|position|job|opening|vacancy|post))?";
    /** "applied to Acme for the Data Analyst role ...", "applied at Acme as a Data Analyst ...". */
    private static final Pattern TO_COMPANY = Pattern.compile(LEAD + APPLIED + "\\s+(?:to|at|with)\\s+(.+?)\\s+"
            + "(?:for|as)\\s+" + ARTICLE + "(.+)$");
    /** "applied for the Data Analyst role at Acme ...". */
    private static final Pattern FOR_ROLE = Pattern.compile(LEAD + APPLIED + "\\s+(?:for|to)\\s+" + ARTICLE + "(.+?)"
            + ROLE_WORD + "\\s+(?:at|with|to)\\s+(.+)$");
    /** A word that starts the time in "Data Analyst yesterday", "Acme on Monday", "Acme 2 days ago". */
    private static final Pattern TIME_START = Pattern.compile("\\s+(?=(?:on|yesterday|today|tomorrow|tonight|this|last|earlier|"
            + "(?:a\\s+few|an?|one|two|three|\\d{1,2})\\s+(?:hours?|days?|weeks?)\\s+ago|next\\s+(?:week|month|\\w+day)|"
            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|"
            + "(?:a|an|one|two|three|four|five|six|\\d{1,2})\\s+(?:days?|weeks?)\\s+ago|\\d{4}-\\d{2}-\\d{2}|"
            + "\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|"
            + "february|march|april|june|july|august|september|october|november|december)\\b)");

    /** {@code COMPANY, ROLE [WHEN]}, what follows the command's word; empty without a comma or a company or role. */
    public static Optional<AppliedInWords> typed(final String rest) {
        final String text = clean(rest);
        final int comma = text.indexOf(',');
        if (comma < 0) {
            return Optional.empty();
        }
        final String[] roleAndWhen = cut(text.substring(comma + 1).strip());
        return of(text.substring(0, comma), roleAndWhen[0], roleAndWhen[1]);
    }

    /** The member's own sentence; empty when it does not say they applied to a company for a role. */
    public static Optional<AppliedInWords> said(final String sentence) {
        final String text = mended(clean(sentence));
        final Matcher first = WHEN_FIRST.matcher(text);
        if (first.matches()) {
            return read(first.group(2)).map(read -> read.when().isEmpty() ? new AppliedInWords(read.company(),
                    read.role(), first.group(1).replaceFirst("(?i)^on\\s+", "")) : read);
        }
        return read(text);
    }

    /** Common slips and shorthand: "aplied", "submited", "applicaton", "@ Uber", "Stripe - Backend Developer". */
    private static String mended(final String text) {
        return text.replaceAll("(?i)\\b(?:aplied|appled|applyed)\\b", "applied")
                .replaceAll("(?i)\\bsubmited\\b", "submitted")
                .replaceAll("(?i)\\b(?:applicaton|aplication|appication)\\b", "application")
                .replaceAll("\\s+@\\s+", " at ").replaceAll("\\s+-\\s+", ", ").replaceAll("\\s*,\\s*$", "")
                .replaceAll("(?i)\\s+(?:lol|:\\)|:-\\)|:d)$", "").strip();
    }

    private static Optional<AppliedInWords> read(final String text) {
        final Matcher listed = LISTED.matcher(text);
        if (listed.matches()) {
            return typed(listed.group(1));
        }
        final String lower = text.toLowerCase(Locale.ROOT);
        // the names keep the member's case, unless lower-casing moved the positions (a few non-Latin letters)
        final String source = lower.length() == text.length() ? text : lower;
        final Matcher toCompany = TO_COMPANY.matcher(lower);
        if (toCompany.matches()) {
            final String[] roleAndWhen = cut(source.substring(toCompany.start(2)));
            return of(source.substring(toCompany.start(1), toCompany.end(1)), withoutRoleWord(roleAndWhen[0]),
                    roleAndWhen[1]);
        }
        final Matcher forRole = FOR_ROLE.matcher(lower);
        if (forRole.matches()) {
            final String[] companyAndWhen = cut(source.substring(forRole.start(2)));
            return of(companyAndWhen[0], source.substring(forRole.start(1), forRole.end(1))
                    .replaceFirst("(?i)^position\\s+of\\s+", ""), companyAndWhen[1]);
        }
        return Optional.empty();
    }

    private static String clean(final String text) {
        return text == null ? "" : text.strip().replaceAll("[.!]+$", "").strip();
    }

    /** The words before the time and the time's words ("on" dropped). */
    private static String[] cut(final String text) {
        final Matcher time = TIME_START.matcher(text.toLowerCase(Locale.ROOT));
        final int at = time.find() ? time.start() : text.length();
        return new String[] {text.substring(0, at).strip(), text.substring(at).strip().replaceFirst("(?i)^on\\s+", "")};
    }

    private static String withoutRoleWord(final String role) {
        return role.replaceFirst("(?i)\\s+(?:role|position|job|opening|vacancy|post)$", "");
    }

    private static Optional<AppliedInWords> of(final String company, final String role, final String when) {
        final String name = company.strip().replaceAll("[,;]+$", "").strip();
        final String position = role.strip().replaceAll("[,;]+$", "").strip();
        if (name.isEmpty() || position.isEmpty() || name.length() > LONGEST_NAME || position.length() > LONGEST_NAME) {
            return Optional.empty();
        }
        return Optional.of(new AppliedInWords(name, position, when.strip()));
    }
}
