package io.followupbot.drafts;

import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import io.followupbot.interview.ListInWords;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values a template sees. Every key is always present; a missing fact is an empty string, which a
 * template tests with a section ({@code {{#detail}}...{{/detail}}}) so nothing half-filled is written.
 * Fallbacks that need logic (the greeting, dates in words) are computed here, not in the template.
 */
final class TemplateValues {

    /** Every key a template may use; the renderer validates override files against this list. */
    static final List<String> KEYS = java.util.stream.Stream.concat(java.util.stream.Stream.of(
            "greeting", "recipientName", "recipientFirstName", "recipientTitle", "company", "role",
            "interviewDate", "interviewFormat", "interviewKind", "detail", "result", "addition", "note",
            "date", "name", "memberFirstName", "signature", "phone", "phoneSlowly", "companyPossessive", "meetingMe"),
            RoundValues.KEYS.stream()).toList();

    /** What a draft is signed with when the member has no name in their settings or their profile. */
    static final String NAME_PLACEHOLDER = "[Your name]";

    private static final DateTimeFormatter DAY_IN_WORDS = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final Set<String> LOWERCASE_OPENERS = Set.of(
            "the", "a", "an", "your", "our", "their", "his", "her", "how", "why", "what", "when", "where",
            "which", "who", "whether", "that", "this", "these", "those", "its");

    private TemplateValues() {
    }

    static Map<String, Object> of(final DraftContext context) {
        final Interview interview = context.interview();
        final Optional<Interviewer> recipient = context.recipient();
        final LocalDate interviewDay = interview.startsAt().atZone(context.member().zone()).toLocalDate();
        final Map<String, Object> values = new LinkedHashMap<>();
        values.put("greeting", greeting(context));
        values.put("recipientName", recipient.map(person -> person.name().strip()).orElse(""));
        values.put("recipientFirstName", recipient.map(Interviewer::firstName).orElse(""));
        values.put("recipientTitle", recipient.map(person -> person.title().strip()).orElse(""));
        values.put("company", interview.company().strip());
        values.put("companyPossessive", Possessives.of(interview.company()));
        values.put("meetingMe", interview.format() == InterviewFormat.PHONE ? "speaking with me" : "meeting me");
        values.put("role", interview.role().strip());
        values.put("interviewDate", inWords(interviewDay, interviewDay));
        values.put("interviewFormat", interview.format().label());
        values.put("interviewKind", interview.format() == InterviewFormat.APPLICATION ? "application"
                : interview.format().label() + " interview");
        final List<String> names = names(context);
        values.put("detail", Answers.shape(detail(context), names).topic());
        values.put("result", asSentences(context.result().orElse(""), names, "A result from my own work that speaks to this is "));
        values.put("addition", asSentences(interview.addition(), names, "I would also like to mention "));
        values.put("note", asSentences(context.note().orElse(""), names, "It is "));
        values.put("date", context.date().map(day -> inWords(day, interviewDay)).orElse(""));
        values.put("name", context.member().name().isBlank() ? NAME_PLACEHOLDER : context.member().name().strip());
        values.put("memberFirstName", firstWord(context.member().name()));
        values.put("signature", context.member().signature().strip());
        final Optional<String> phone = context.phoneNumber();
        values.put("phone", phone.orElse(""));
        values.put("phoneSlowly", phone.map(PhoneNumbers::spokenSlowly).orElse(""));
        RoundValues.put(context, values);
        return values;
    }

    /** The recipient's detail; without a recipient, the first detail any interviewer left. */
    static String detail(final DraftContext context) {
        return context.recipient().map(Interviewer::detail).orElseGet(() -> context.interview().interviewers()
                .stream().map(Interviewer::detail).filter(text -> !text.isBlank()).findFirst().orElse(""));
    }

    /** The member's own sentences for a clause; other shapes follow {@code leadIn} as a topic. */
    static String asSentences(final String raw, final List<String> names, final String leadIn) {
        final Answer answer = Answers.shape(raw, names);
        if (answer.isEmpty()) {
            return "";
        }
        return answer.shape() == Answer.Shape.CLAUSE ? answer.sentences() : leadIn + answer.topic() + ".";
    }

    /** The names that become "you" in a detail: the recipient's, or every interviewer's for a group message. */
    static List<String> names(final DraftContext context) {
        final List<Interviewer> people = context.recipient().map(List::of).orElse(context.interview().interviewers());
        final List<String> names = new java.util.ArrayList<>();
        for (final Interviewer person : people) {
            names.add(person.name().strip());
            names.add(person.firstName());
            if (!person.greetingName().equals(person.firstName())) {
                names.add(person.greetingName());
            }
        }
        return names;
    }

    /**
     * "Dear Ana," for one person, "Dear Ana and Ben," for two, "Dear Dr. Chen," for a name given with a title,
     * "Dear Acme team," when nobody is known.
     */
    static String greeting(final DraftContext context) {
        final Optional<Interviewer> recipient = context.recipient();
        if (recipient.isPresent()) {
            return "Dear " + recipient.get().greetingName() + ",";
        }
        final List<String> names = context.interview().interviewers().stream()
                .map(Interviewer::greetingName).filter(name -> !name.isBlank()).toList();
        if (names.isEmpty()) {
            final String company = context.interview().company().strip();
            return company.isEmpty() ? "Dear hiring team," : "Dear " + company + " team,";
        }
        return "Dear " + ListInWords.and(names) + ",";
    }

    /** "Tuesday 10 March"; the year is added when it differs from the interview's. */
    static String inWords(final LocalDate day, final LocalDate interviewDay) {
        return day.getYear() == interviewDay.getYear() ? DAY_IN_WORDS.format(day) : DAY_AND_YEAR.format(day);
    }

    /** A phrase to place mid-sentence: no closing punctuation, a leading "The" lowered to "the". */
    static String phrase(final String text) {
        String cleaned = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        cleaned = cleaned.replaceAll("[.;,:!]+$", "").strip();
        if (cleaned.isEmpty()) {
            return "";
        }
        final String first = firstWord(cleaned);
        if (LOWERCASE_OPENERS.contains(first.toLowerCase(Locale.ROOT)) && !first.equals(first.toUpperCase(Locale.ROOT))) {
            return Character.toLowerCase(cleaned.charAt(0)) + cleaned.substring(1);
        }
        return cleaned;
    }

    /** A whole sentence: capitalised, ending with a full stop unless it already ends a sentence. */
    static String sentence(final String text) {
        final String cleaned = text == null ? "" : text.strip().replaceAll("\\s+", " ").replaceAll("[;,:]+$", "");
        if (cleaned.isEmpty()) {
            return "";
        }
        final String capitalised = Character.toUpperCase(cleaned.charAt(0)) + cleaned.substring(1);
        return capitalised.matches(".*[.!?]$") ? capitalised : capitalised + ".";
    }

    private static String firstWord(final String text) {
        final String trimmed = text == null ? "" : text.strip();
        final int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
