package io.followupbot.employer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The company a message is about, from the places it shows: a labelled line, the sender ("Dana (Acme)", a tracking
 * system's mail sent in the company's name), the domain of the sender or the reply address where the text spells it
 * ("acmeanalytics.com" and "Acme Analytics"), the subject and body ("the Data Analyst role at Acme", "your interest
 * in Acme") and the signature ("Recruiting Coordinator, Acme", "The Acme Talent Team").
 */
final class Companies {

    private static final String WORD = "[A-Z0-9](?:[\\w'&+#-]|\\.(?=\\w))*";
    private static final String NAME_WORD = "(?:" + WORD + "|&|of|de|la)";
    static final String CAPS = "(" + WORD + "(?:[ \\t]+" + NAME_WORD + "){0,4})";
    private static final Pattern COMPANY_LINE = Pattern.compile(
            "(?im)^[ \\t*-]*(?:company|employer|organi[sz]ation)[ \\t]*:[ \\t]*([^\\n]{2,60}?)[ \\t]*$");
    private static final Pattern WORDED = Pattern.compile(
            "\\b(?i:interest in|applying to|applied to|apply to|application to|application with|joining|join|team at|here at|us at|careers at"
                    + "|opportunities at|interview(?:ing)? with|interview at|position with|role with|on behalf of|offer from|letter from"
                    + "|welcome to|greetings from|(?:position|role|opening|post) at|(?:onsite|visit|time|conversations?) with"
                    + ")[ \\t]+(?:the[ \\t]+)?" + CAPS + "|[A-Z][a-z]+ [A-Z][a-z]+ at[ \\t]+" + CAPS);
    private static final Pattern SIGNATURE = Pattern.compile("(?m)^[ \\t]*(?:(?:[A-Z][\\w&.-]*|of|&)[ \\t]+){0,4}(?:" + Roles.ROLE_NOUN
            + "|Recruiting|Recruitment|Talent Acquisition|Talent|HR|People|Resourcing Team|Human Resources)(?:[ \\t]+(?:[A-Z][\\w&]*|&|of)){0,3}"
            + "[ \\t]*[|,\u2013-][ \\t]*" + CAPS
            + "\\.?[ \\t]*$");
    private static final Pattern TEAM = Pattern.compile("(?m)^[ \\t]*(?:the[ \\t]+)?" + CAPS + "[ \\t]+(?:(?:Recruiting|Talent Acquisition"
            + "|Talent|Hiring|People|Careers|HR|Candidate Experience|Human Resources)(?:[ \\t]+Team)?|Team|[\u2013-][ \\t]+Human Resources)[ \\t]*$");
    private static final Pattern NAME_AND_COMPANY = Pattern.compile("(?m)^[ \\t]*(?:[A-Za-z]+,[ \\t]+)?[A-Z][a-z]+(?:[ \\t]+[A-Z][a-z]+)?[ \\t]*\\("
            + CAPS + "\\)[ \\t]*$");
    private static final Pattern SENDER_SUFFIX = Pattern.compile(
            "^(?:.+[ \\t]+(?:at|from|@)[ \\t]+)?(.+?)(?:[ \\t]+(?:Recruiting|Talent|Hiring|People|Careers|HR|Jobs|Team|Talent Acquisition"
                    + "|Hiring Team|Recruiting Team|Talent Team|via .+))+$");
    private static final Pattern COMPANY_WORDS = Pattern.compile("(?:Logistics|Consulting|AI|Labs|Partners|Group|Health|Analytics|Software"
            + "|Systems|Digital|Studios?|Bank|Insurance|Capital|Cloud|Payments|Press|Foods|Hotels|Energy|Energie|Retail|Media|Games|Robotics"
            + "|Bio|Biotech|Therapeutics|Technologies|Tech|Solutions|Services|Holdings|Ventures|Motors|Fintech|Manufacturing|Architecture"
            + "|Engineering|Logistik|Outdoor|Co|Aerospace|Kitchens|Water|Travel|Mutual|Freight|Notes|Solar|Care|Pharmacy|Medical|Center)[),.]*");
    private static final Pattern DAY_OR_NUMBER = Pattern.compile("(?:" + StartTimes.WEEKDAY + "|" + StartTimes.MONTH + ")(?:\\s.*)?|\\d.*");
    private static final Pattern ENDS_IN_ROLE = Pattern.compile("\\b" + Roles.ROLE_NOUN + "$");
    private static final Set<String> NOT_COMPANIES = Set.of("thank", "thanks", "we", "our", "hi", "hello", "dear", "best", "regards",
            "the", "team", "your", "you", "i", "this", "zoom", "google meet", "microsoft teams", "teams", "greenhouse", "lever",
            "workday", "ashby", "calendly", "linkedin", "indeed", "interview", "re", "fwd", "fw", "invitation", "updated invitation",
            "us", "me", "them", "a", "an", "next", "all", "recruiting", "talent", "hiring", "people", "talent acquisition", "technical",
            "human resources", "candidate home", "hr", "smartrecruiters", "workable", "goodtime", "icims",
            "zoom meeting", "teams meeting", "microsoft teams meeting", "google calendar", "webex", "meeting");
    private static final Set<String> SERVICE_DOMAINS = Set.of("greenhouse.io", "greenhouse-mail.io", "lever.co", "ashbyhq.com",
            "myworkday.com", "myworkdayjobs.com", "workday.com", "smartrecruiters.com", "icims.com", "jobvite.com", "bamboohr.com",
            "calendly.com", "google.com", "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com",
            "goodtime.io", "gem.com", "recruitee.com", "teamtailor.com", "workable.com", "workablemail.com", "breezy.hr", "jazzhr.com",
            "successfactors.com", "taleo.net", "linkedin.com", "indeed.com", "microsoft.com", "zoom.us", "example.com", "outlook.com.au",
            "yahoo.co.uk", "me.com", "live.com");

    private Companies() {
    }

    static Optional<String> of(final Letter letter) {
        final String text = letter.allText();
        return found(letter).map(company -> shortest(company, text));
    }

    /**
     * The company without the words that follow it once ("Larkspur Hotels Darling Harbour", a property of Larkspur
     * Hotels): a shorter name of two words or more that the text uses alone more often than the longer one.
     */
    private static String shortest(final String company, final String text) {
        final String[] words = company.split(" ");
        final int whole = count(text, company);
        for (int size = 2; size < words.length; size++) {
            final String prefix = String.join(" ", Arrays.copyOfRange(words, 0, size));
            if (count(text, prefix) - whole > whole) {
                return prefix;
            }
        }
        return company;
    }

    private static int count(final String text, final String phrase) {
        final Matcher match = Pattern.compile("\\b" + Pattern.quote(phrase) + "\\b").matcher(text);
        int count = 0;
        while (match.find()) {
            count++;
        }
        return count;
    }

    private static Optional<String> found(final Letter letter) {
        final String all = letter.allText() + "\n" + letter.events().stream().map(event -> event.summary() + "\n" + event.description())
                .reduce("", (one, two) -> one + "\n" + two);
        return first(all, COMPANY_LINE, 1)
                .or(() -> inParentheses(letter.sender().name()))
                .or(() -> spelledDomain(letter.sender(), all)).or(() -> spelledDomain(letter.replyTo(), all))
                .or(() -> letter.events().stream().map(event -> spelledDomain(event.organizer(), all)).flatMap(Optional::stream).findFirst())
                .or(() -> serviceSender(letter.sender(), letter.body()))
                .or(() -> in(letter.subject())).or(() -> in(letter.body()))
                .or(() -> first(all, Roles.COMPANY_THEN_ROLE, 1))
                .or(() -> first(letter.body(), SIGNATURE, 1)).or(() -> first(letter.body(), TEAM, 1))
                .or(() -> first(letter.body(), NAME_AND_COMPANY, 1))
                .or(() -> suffixed(letter.sender().name()))
                .or(() -> letter.events().stream().map(event -> in(event.summary() + "\n" + event.description()))
                        .flatMap(Optional::stream).findFirst());
    }

    private static Optional<String> in(final String text) {
        return first(text, Roles.ROLE_AT_COMPANY, 2).or(() -> first(text, WORDED, 1))
                .or(() -> first(text, Roles.ROLE_DASH_COMPANY, 2));
    }

    private static Optional<String> first(final String text, final Pattern pattern, final int group) {
        final Matcher match = pattern.matcher(text);
        while (match.find()) {
            final String company = tidy(match.group(group));
            if (isCompany(company)) {
                return Optional.of(company);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> inParentheses(final String sender) {
        final Matcher inner = Pattern.compile("\\(([^)]{2,60})\\)\\s*$").matcher(sender);
        return inner.find() ? Optional.of(tidy(inner.group(1))).filter(Companies::isCompany) : Optional.empty();
    }

    private static Optional<String> suffixed(final String sender) {
        final Matcher match = SENDER_SUFFIX.matcher(sender.strip());
        return match.matches() ? Optional.of(tidy(match.group(1))).filter(Companies::isCompany) : Optional.empty();
    }

    /** A tracking system's mail in the company's name: its sender name where the mailbox or the text's wording says it's a company. */
    private static Optional<String> serviceSender(final Person sender, final String body) {
        final String name = tidy(sender.name().replaceAll("\\s*\\(.*\\)$", ""));
        if (!isService(sender.domain()) || !isCompany(name) || name.contains("@")) {
            return Optional.empty();
        }
        final String local = sender.email().contains("@") ? sender.email().substring(0, sender.email().indexOf('@'))
                .replaceAll("[^a-z]", "") : "";
        final String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
        final String squashed = String.join("", words).replaceAll("[^a-z0-9]", "");
        final String initials = words[0] + Arrays.stream(words).skip(1).map(word -> word.substring(0, 1)).reduce("", String::concat);
        final boolean mailbox = local.length() >= 4 && (squashed.startsWith(local) || initials.equals(local));
        final boolean worded = Pattern.compile("(?:\\bat|\\bwith|\\bfrom|\\bto|\\bin|\\bjoin)[ \\t]+" + Pattern.quote(name)).matcher(body).find();
        return mailbox || worded ? Optional.of(name) : Optional.empty();
    }

    /** A capitalised phrase of the text that spells the domain: "Acme Analytics" for acme-analytics.com or acmeanalytics.co.uk. */
    private static Optional<String> spelledDomain(final Person person, final String text) {
        final String domain = person.domain();
        if (domain.isEmpty() || isService(domain)) {
            return Optional.empty();
        }
        final String[] labels = domain.split("\\.");
        int index = labels.length - 2;
        if (index > 0 && labels[index].matches("co|com|org|net|ac|gov|edu") && labels[labels.length - 1].length() == 2) {
            index--;
        }
        final String label = index >= 0 ? labels[index].replaceAll("[^a-z0-9]", "") : "";
        if (label.length() < 3) {
            return Optional.empty();
        }
        final Matcher words = Pattern.compile("\\b[A-Z0-9][\\w&'-]*(?:[ \\t]+(?:[A-Z0-9&][\\w&'.-]*|of))*").matcher(text);
        while (words.find()) {
            final String[] parts = words.group().split("[ \\t]+");
            for (int start = 0; start < parts.length; start++) {
                final StringBuilder joined = new StringBuilder();
                for (int end = start; end < parts.length && end < start + 4; end++) {
                    joined.append(parts[end].toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
                    final String spelled = joined.toString();
                    if (spelled.equals(label) || label.length() >= 6 && spelled.startsWith(label) && end > start) {
                        int last = end;
                        while (last + 1 < parts.length && last < end + 2 && COMPANY_WORDS.matcher(parts[last + 1]).matches()) {
                            last++;
                        }
                        final String company = tidy(String.join(" ", Arrays.copyOfRange(parts, start, last + 1)));
                        if (isCompany(company)) {
                            return Optional.of(company);
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isService(final String domain) {
        return SERVICE_DOMAINS.stream().anyMatch(service -> domain.equals(service) || domain.endsWith("." + service));
    }

    static String tidy(final String company) {
        return company.strip().replaceAll("(?i)[,\\s]+(?:pvt\\.?\\s*ltd|ltd|inc|llc|gmbh|plc|corp|limited|ag|pty ltd|s\\.a)\\.?(?=$|[,\\s])", "")
                .replaceAll("[\\s,.;:!'’-]+$", "").replaceAll("(?i)'s$|’s$", "")
                .replaceAll("\\s+(?:for|of|the|team|Team|on|in|to|is|was|we|as|at|and|has|will)(?:\\s.*)?$", "")
                .replaceAll("(?:\\s+(?:Talent|Recruiting|Hiring|Careers|HR|People|Talent Acquisition|Candidate Experience|Team))+$", "")
                .replaceAll("\\s+", " ").strip();
    }

    private static boolean isCompany(final String company) {
        final String lower = company.toLowerCase(Locale.ROOT);
        return company.length() >= 2 && company.length() <= 60 && !NOT_COMPANIES.contains(lower)
                && !DAY_OR_NUMBER.matcher(lower).matches() && !ENDS_IN_ROLE.matcher(company).find() && Character.isLetterOrDigit(company.charAt(0));
    }
}
