package io.followupbot.employer;

import io.followupbot.interview.Interviewer;
import io.followupbot.interview.TextLimits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people the member will meet: an invite's attendees, or the names the text gives ("you'll meet with Dana
 * Whitfield (Engineering Manager) and Raj Patel", "Interviewers: ...", a schedule line "10:00 - Dana Whitfield").
 * Never the sender or organizer who only books the slot (unless they say they will call or meet the member
 * themselves, or nobody else is named in the invite), never the member (a recipient, a personal address among
 * the company's), never a room.
 */
final class Interviewers {

    private static final int MAX = 10;
    private static final Pattern WITH = Pattern.compile("(?:\\bwith|\\bmeet|\\bmeeting|\\binclude|\\bbe)[ \\t]*:?[ \\t]+"
            + "(?=(?:Dr\\.?[ \\t]+)?[A-Z])((?:Dr\\.[ \\t]+)?[^\\n.;]{3,200})");
    private static final Pattern LABELLED = Pattern.compile(
            "(?im)^[ \\t*•-]*(?:interviewers?|interviewer\\(s\\)|panel(?:ists)?|interview panel|your interviewers?|guests|attendees)"
                    + "[ \\t]*:?[ \\t]+([^\\n]{3,200})$");
    private static final Pattern WOULD_LIKE = Pattern.compile(
            "(?m)((?:Dr\\.?[ \\t]+)?" + People.NAME + ")(?:,[^,\\n]{2,60},)?[ \\t]+(?:would like to|will|wants to|is keen to|'d like to)"
                    + "[ \\t]+(?:meet|speak|chat|interview|call|join|be (?:your|the) interviewer|lead)");
    private static final Pattern LIST_START = Pattern.compile(
            "(?im)^[ \\t]*(?:who you(?:'ll| will) (?:meet|speak with|be meeting)|you(?:'ll| will) (?:be )?meet(?:ing)?(?: with)?|interviewers?"
                    + "|interviewer\\(s\\)|panel(?:ists)?|your schedule|schedule|agenda|itinerary|guests|your interviewers?)[ \\t]*:?[ \\t]*$");
    private static final Pattern SENDER_MEETS = Pattern.compile(
            "(?i)\\b(?:I(?:'ll| will) (?:call|ring|phone|be calling|give you a call|meet|be meeting|be interviewing|interview)"
                    + "|(?:call|chat|speak|meet|conversation|time) with me\\b"
                    + "|I(?:'d| would) (?:like|love) to (?:meet|schedule a (?:call|chat)|chat|speak"
                    + "|set up a call)|I(?:'m| am) looking forward to (?:our|speaking|chatting|meeting)|(?:it'll|it will) (?:just )?be me"
                    + "|I've put us down|our call)");
    private static final Pattern HOST = Pattern.compile("(?m)^[ \\t]*(" + People.NAME + ") is inviting you to a scheduled");

    private Interviewers() {
    }

    static List<Interviewer> of(final Letter letter, final Optional<String> company) {
        final Map<String, Interviewer> found = new LinkedHashMap<>();
        final People excluded = new People(letter, company);
        for (final CalendarEvent event : letter.events()) {
            fromEvent(event, excluded, found);
        }
        if (found.isEmpty()) {
            fromText(letter.allText(), excluded, found);
            letter.events().forEach(event -> fromText(event.description(), excluded, found));
        }
        final Matcher host = HOST.matcher(letter.body());
        final Person sender = !letter.sender().name().isEmpty() ? letter.sender()
                : host.find() ? new Person(host.group(1), "") : new Person(People.signer(letter.body()), "");
        if (found.isEmpty() && SENDER_MEETS.matcher(letter.body()).find()) {
            final String name = People.clean(sender.name());
            if (People.NAME_ONLY.matcher(name).matches()) {
                found.put(People.key(name), new Interviewer(cap(name), "", sender.email(), ""));
            }
        }
        return found.values().stream().limit(MAX).toList();
    }

    private static void fromEvent(final CalendarEvent event, final People excluded, final Map<String, Interviewer> found) {
        for (final Person attendee : event.attendees()) {
            final String name = attendee.name().isEmpty() || attendee.name().contains("@") ? People.fromAddress(attendee.email())
                    : attendee.name();
            final Person person = new Person(name, attendee.email());
            if (!name.isEmpty() && !excluded.test(person) && (event.organizerAttends() || !People.same(person, event.organizer()))
                    && !excluded.isMember(person, event.organizer())) {
                found.putIfAbsent(People.key(name), new Interviewer(cap(name), "", attendee.email(), ""));
            }
        }
        final Person organizer = event.organizer();
        if (found.isEmpty() && !organizer.name().isEmpty() && !excluded.test(organizer)) {
            found.put(People.key(organizer.name()), new Interviewer(cap(organizer.name()), "", organizer.email(), ""));
        }
    }

    private static void fromText(final String text, final People excluded, final Map<String, Interviewer> found) {
        for (final Pattern pattern : new Pattern[] {LABELLED, WITH, WOULD_LIKE}) {
            final Matcher match = pattern.matcher(text);
            while (match.find()) {
                names(match.group(1), excluded, found, pattern != WOULD_LIKE);
            }
        }
        final String[] lines = text.split("\n");
        for (int index = 0; index < lines.length; index++) {
            if (LIST_START.matcher(lines[index]).find()) {
                for (int next = index + 1; next < lines.length && next <= index + MAX; next++) {
                    if (lines[next].isBlank()) {
                        if (next == index + 1) {
                            continue;
                        }
                        break;
                    }
                    names(lines[next], excluded, found, false);
                }
            }
        }
    }

    /** The people named in a list ("Dana Whitfield (Manager), Raj Patel and Ana Ruiz"): each name that is a person's. */
    private static void names(final String list, final People excluded, final Map<String, Interviewer> found, final boolean startsList) {
        final Matcher name = People.NAME_WITH_TITLE.matcher(list);
        int expected = 0;
        while (name.find() && found.size() < MAX) {
            if (startsList && !list.substring(expected, name.start()).matches("[ \\t]*(?:,|;|&|and|,[ \\t]*and|:)?[ \\t]*")) {
                return;
            }
            expected = name.end();
            final String person = name.group(1).strip();
            final String title = People.title(name);
            final boolean titleIsPerson = name.group(3) != null && People.isPersonName(title);
            boolean added = false;
            if (People.isPersonName(person) && !excluded.test(new Person(person, ""))) {
                found.putIfAbsent(People.key(person), new Interviewer(cap(person), titleIsPerson ? "" : cap(title), "", ""));
                added = true;
            }
            if (titleIsPerson && !excluded.test(new Person(title, ""))) {
                found.putIfAbsent(People.key(title), new Interviewer(cap(title), "", "", ""));
                added = true;
            }
            if (added && !startsList) {
                return;
            }
        }
    }

    private static String cap(final String text) {
        return TextLimits.cap(text, TextLimits.NAME);
    }
}
