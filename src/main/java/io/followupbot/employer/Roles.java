package io.followupbot.employer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The role a message is about, from the places recruiters and tracking systems put it: a labelled line ("Role:
 * ..."), the subject ("Interview: Data Analyst at Acme", "RE: Project Architect application"), the body ("the Data
 * Analyst role at Acme", "the position Clinical Data Manager"). A role ends in a job word (Engineer, Analyst, ...),
 * and a person's title in a signature is no role.
 */
final class Roles {

    static final String ROLE_NOUN = "(?:Engineer|Developer|Analyst|Manager|Designer|Scientist|Specialist|Associate|Intern"
            + "|Coordinator|Lead|Director|Consultant|Representative|Administrator|Architect|Officer|Researcher|Writer|Editor"
            + "|Accountant|Recruiter|Assistant|Technician|Strategist|Marketer|Advisor|Producer|Programmer|Tester|Head"
            + "|Executive|Planner|Buyer|Agent|Owner|Partner|Nurse|Teacher|Counsel|Auditor|Controller|Economist|Statistician"
            + "|Trainee|Apprentice|Fellow|Generalist|Modeler|Operator|Steward|Coach|Instructor|Expert|Principal|Internship"
            + "|Supervisor|Adjuster|Underwriter|Senior|Actuary|Pharmacist|Chef|Clerk|Cashier|Receptionist)";
    static final String ROLE = "\\b(?=[A-Z]|i[A-Z])((?:(?:[A-Z]|i[A-Z])[\\w'+#./&-]*[ \\t]+(?:(?:of|and|&|for|in|de|/)[ \\t]+)?){0,5}" + ROLE_NOUN
            + "s?\\b(?:[ \\t]+(?:I{1,3}|IV|[1-4])\\b)?(?:[ \\t]+[-\u2013][ \\t]+[A-Z][\\w&/-]*(?:[ \\t]+(?:&[ \\t]+)?[A-Z][\\w&/-]*){0,3}"
            + "(?:[ \\t]+\\([^)\\n]{2,30}\\))?(?=[ \\t]+(?:role|position|opening)|[ \\t]*$))?)";
    private static final Pattern ROLE_LINE = Pattern.compile(
            "(?im)^[ \\t*-]*(?:role|position|job|job title|title|opening)[ \\t]*:[ \\t]*([^\\n]{2,80}?)[ \\t]*$");
    static final Pattern ROLE_AT_COMPANY = Pattern.compile(ROLE + "(?:[ \\t]+(?:role|position|opening|opportunity|job|post))?"
            + "(?:[ \\t]+\\([^)\\n]{1,30}\\))?[ \\t]*(?:at|with|@|\\|)[ \\t]+" + Companies.CAPS);
    static final Pattern ROLE_DASH_COMPANY = Pattern.compile(ROLE + "(?:[ \\t]+\\([^)\\n]{1,30}\\))?[ \\t]*[-\u2013,][ \\t]+" + Companies.CAPS);
    private static final Pattern SUBJECT_ROLE = Pattern.compile("^(?:(?i:re|fwd?|fw)[ \\t]*:[ \\t]*)?" + ROLE + "[ \\t]*[-\u2013|:]");
    private static final Pattern ROLE_WORDED = Pattern.compile("(?:\\bthe|\\bour|\\byour|\\bfor|\\bas an?|\\bof|\\bposition|\\brole"
            + "|^(?i:re|fwd?|fw)[ \\t]*:)[ \\t]+" + ROLE, Pattern.MULTILINE);
    private static final Pattern ROLE_BEFORE_WORD = Pattern.compile(ROLE
            + "[ \\t]+(?:role|position|opening|opportunity|job|vacancy|req|post|process|application|candidacy|interview)\\b");
    static final Pattern COMPANY_THEN_ROLE = Pattern.compile(Companies.CAPS + "[ \\t]*[-\u2013|:][ \\t]*" + ROLE);

    private static final Pattern NOT_ROLES = Pattern.compile("(?i)(hiring|engineering|recruiting|account|product|general) manager|senior"
            + "|head|partner|principal|lead|associate director|director|talent partner|recruiter|senior recruiter|recruiting coordinator");
    private static final Pattern RECRUITING = Pattern.compile("(?i)\\b(recruiting|talent|hiring|human resources|coordinator)\\b");

    private Roles() {
    }

    static Optional<String> of(final Letter letter) {
        for (final String text : new String[] {letter.subject(), letter.body()}) {
            final Optional<String> role = first(text, ROLE_LINE, 1).filter(found -> !found.contains("@"))
                    .or(() -> first(text, ROLE_AT_COMPANY, 1)).or(() -> first(text, ROLE_BEFORE_WORD, 1))
                    .or(() -> first(text, ROLE_WORDED, 1)).or(() -> first(text, SUBJECT_ROLE, 1))
                    .or(() -> first(text, ROLE_DASH_COMPANY, 1)).or(() -> first(text, COMPANY_THEN_ROLE, 2));
            if (role.isPresent()) {
                return role.map(Roles::tidy);
            }
        }
        for (final CalendarEvent event : letter.events()) {
            final Optional<String> role = first(event.description(), ROLE_AT_COMPANY, 1)
                    .or(() -> first(event.description(), COMPANY_THEN_ROLE, 2)).or(() -> first(event.summary(), ROLE_AT_COMPANY, 1))
                    .or(() -> first(event.summary(), COMPANY_THEN_ROLE, 2));
            if (role.isPresent()) {
                return role.map(Roles::tidy);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> first(final String text, final Pattern pattern, final int group) {
        final Matcher match = pattern.matcher(text);
        while (match.find()) {
            final String found = tidy(match.group(group));
            if (pattern == ROLE_LINE || isRole(found, text, match.end(group)) && !signature(text, match.start(group))) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /** A person's title ("Engineering Manager" after a name, in a signature) or a bare job word is no role. */
    private static boolean isRole(final String role, final String text, final int end) {
        if (role.isEmpty() || NOT_ROLES.matcher(role).matches()) {
            return false;
        }
        final String after = text.substring(end, Math.min(text.length(), end + 3));
        return !after.startsWith(")") && !RECRUITING.matcher(role).find();
    }

    /** Whether a role starts a line that follows a person's name: a signature's title. */
    private static boolean signature(final String text, final int start) {
        final int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        if (!text.substring(lineStart, start).isBlank() || lineStart == 0) {
            return false;
        }
        final String previous = text.substring(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1).strip();
        return People.NAME_ONLY.matcher(previous).matches();
    }

    static String tidy(final String role) {
        return role.strip().replaceAll("^(?i)(?:(?:re|fwd?|interview|invitation|offer|confirmation|update|application)\\s*[:\\-\u2013|]\\s*)+", "")
                .replaceAll("^(?i)(the|a|an|our|your)\\s+", "")
                .replaceAll("\\s+[-\u2013]\\s+.*\\b(Interview|Screen|Round|Call|Chat|Conversation|Meeting|Assessment|Thank)\\b.*$", "")
                .replaceAll("[\\s,.;:!-]+$", "").replaceAll("\\s+", " ");
    }
}
