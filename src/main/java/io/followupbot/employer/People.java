package io.followupbot.employer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who is who in a message: what a person's name looks like, and who is never an interviewer (the sender, the
 * recipients, the member greeted by name, the company, rooms, personal addresses among the company's).
 */
final class People {

    static final String NAME = "(?:(?:Dr\\.?[ \\t]+)?[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?(?:[ \\t]+(?:[A-Z]\\.[ \\t]+)?"
            + "(?:(?:de|van|der|von|da|di|le|del|bin|al)[ \\t]+)?"
            + "(?:O'|O’|Mc|Mac)?[A-Z][a-zA-Z'’-]+){1,2})";
    static final Pattern NAME_ONLY = Pattern.compile(NAME);
    private static final Pattern LAST_FIRST = Pattern.compile("^([A-Z][\\w'’-]+),\\s*([A-Z][\\w'’-]+)$");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\(.*\\)\\s*$");
    static final Pattern NAME_WITH_TITLE = Pattern.compile("(" + NAME + ")(?:[ \\t]*\\(([^)\\n]{2,60})\\)"
            + "|[ \\t]*[,\u2013-][ \\t]+((?:(?:our|the|a|an)[ \\t]+)?"
            + "[A-Z][\\w&/-]*(?:[ \\t]+(?:of[ \\t]+|&[ \\t]+)?[A-Z][\\w&/-]*){0,4}))?");
    private static final Set<String> NOT_NAME_WORDS = Set.of(
            "manager", "engineer", "director", "lead", "conversation", "interview", "deep", "dive", "lab", "walkthrough",
            "lunch", "team", "chat", "technical", "hiring", "senior", "staff", "google", "meet", "microsoft", "teams",
            "zoom", "room", "conference", "screen", "phone", "video", "call", "round", "panel", "session", "review",
            "presentation", "break", "welcome", "tour", "intro", "coffee", "case", "study", "coding", "system", "design",
            "office", "meeting", "time", "thank", "thanks", "best", "regards", "kind", "looking", "forward", "human",
            "resources", "talent", "acquisition", "recruiting", "hr", "candidate", "home", "calendar", "invite",
            "invitation", "join", "webex", "tuesday", "monday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "the", "your", "our", "analytics", "pacific", "eastern", "central", "standard", "daylight",
            "european", "street", "floor", "building", "hq", "please", "dear", "hi", "hello", "group", "partners",
            "capital", "labs", "health", "software", "systems", "digital", "studio", "studios", "bank", "insurance",
            "consulting", "retail", "energy", "cloud", "payments", "press", "foods", "hotels", "university", "data",
            "product", "marketing", "sales", "operations", "business", "research", "engineering", "head", "officer",
            "scientist", "analyst", "designer", "developer", "consultant", "recruiter", "coordinator", "partner", "vp",
            "assessment", "location", "virtual", "date",
            "start", "end", "mode", "stage", "interviewer", "interviewers", "dial", "passcode", "guest", "guests", "organizer");
    private static final Pattern GREETING = Pattern.compile("(?im)^[ \\t]*(?:hi|hello|dear|hey|good (?:morning|afternoon))[ \\t,]+([A-Z][a-z]+)");
    private static final Pattern PERSONAL = Pattern.compile("(gmail|googlemail|outlook|hotmail|yahoo|icloud|me|live|proton|protonmail|aol|gmx"
            + "|posteo|web|mail)\\..*");

    private final List<Person> people = new ArrayList<>();
    private final String greeted;
    private final String company;

    People(final Letter letter, final Optional<String> company) {
        people.add(letter.sender());
        people.add(letter.sender().isEmpty() ? new Person(signer(letter.body()), "") : Person.NOBODY);
        people.addAll(letter.recipients());
        final Matcher greeting = GREETING.matcher(letter.body());
        this.greeted = greeting.find() ? greeting.group(1).toLowerCase(Locale.ROOT) : "";
        this.company = company.map(People::key).orElse("");
    }

    /** Never an interviewer: a room or team, the company, the sender or a recipient, the member greeted by first name. */
    boolean test(final Person person) {
        final String name = key(clean(person.name()));
        if (name.contains("room") || name.contains("team") || name.equals(company) || !company.isEmpty() && name.startsWith(company)) {
            return true;
        }
        final Person cleaned = new Person(clean(person.name()), person.email());
        return people.stream().anyMatch(other -> !other.isEmpty() && same(cleaned, other))
                || !greeted.isEmpty() && name.split(" ")[0].equals(greeted) && (person.email().isEmpty() || isPersonal(person.email()));
    }

    /** An attendee on a personal mail domain, or on another domain than the organizer's, is the member. */
    boolean isMember(final Person attendee, final Person organizer) {
        final String domain = attendee.domain();
        return isPersonal(attendee.email()) || !organizer.domain().isEmpty() && !domain.isEmpty()
                && !domain.equals(organizer.domain()) && !domain.endsWith("." + organizer.domain());
    }

    private static boolean isPersonal(final String email) {
        return PERSONAL.matcher(new Person("", email).domain()).matches();
    }

    static boolean same(final Person one, final Person two) {
        return !one.email().isEmpty() && one.email().equals(two.email())
                || !one.name().isEmpty() && key(clean(one.name())).equals(key(clean(two.name())));
    }

    /** Whether a capitalised phrase is a person's name: no word of a title, a place, a company or a day. */
    static boolean isPersonName(final String name) {
        for (final String word : name.toLowerCase(Locale.ROOT).replace("dr.", "").split("[ \\t]+")) {
            if (NOT_NAME_WORDS.contains(word.replaceAll("[^a-z]", ""))) {
                return false;
            }
        }
        return name.strip().split("[ \\t]+").length >= 2;
    }

    /** "Weber, Jonas" as "Jonas Weber"; "Jess Moreno (Acme)" as "Jess Moreno". */
    static String clean(final String name) {
        final String bare = PARENTHESES.matcher(name).replaceAll("").replace("\\", "").strip();
        final Matcher lastFirst = LAST_FIRST.matcher(bare);
        return lastFirst.matches() ? lastFirst.group(2) + " " + lastFirst.group(1) : bare;
    }

    /** The name a pasted message is signed with: a line that is only a person's name, among its last lines. */
    static String signer(final String body) {
        final String[] lines = body.strip().split("\n");
        for (int index = lines.length - 1; index >= Math.max(0, lines.length - 8); index--) {
            final String line = lines[index].strip().replaceFirst("^(?:Cheers|Thanks|Best|Regards|Kind regards|Best regards|Talk soon)[,!]?\\s+", "");
            if (NAME_ONLY.matcher(line).matches() && isPersonName(line)) {
                return line;
            }
        }
        return "";
    }

    static String title(final Matcher name) {
        final String title = name.group(2) != null ? name.group(2) : name.group(3);
        return title == null ? "" : title.strip();
    }

    static String key(final String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** "dana.whitfield@acme.com" gives "Dana Whitfield"; an address without a first.last part gives nothing. */
    static String fromAddress(final String email) {
        final int at = email.indexOf('@');
        if (at < 0 || !email.substring(0, at).matches("[a-z]+[._][a-z]+")) {
            return "";
        }
        final String[] parts = email.substring(0, at).split("[._]");
        return Character.toUpperCase(parts[0].charAt(0)) + parts[0].substring(1) + " "
                + Character.toUpperCase(parts[1].charAt(0)) + parts[1].substring(1);
    }
}
