package io.followupbot.conversation.language;

import io.followupbot.interview.Interviewer;
import io.followupbot.interview.TextLimits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the interviewers a member lists in one answer: people separated by ";" or new lines, each as
 * "name, title, email" where title and email are optional and the email is recognised by its "@".
 * Names typed as a sentence are read too ({@link SentenceAnswers#people} drops the words around them):
 * "I met Ben Ode and Cleo Park" is two people, and so is
 * "Ben, Cleo and Dana" three, when every piece between the commas and "and"s looks like a name.
 */
public final class InterviewerList {

    static final int MAX_PEOPLE = 10;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]+");
    /** Where one name ends and the next begins in "Ben, Cleo and Dana" or "Ben & Cleo". */
    private static final Pattern BETWEEN_NAMES = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+(?:and|&)\\s+");
    private static final Pattern JOINED = Pattern.compile("\\s(?:and|&)\\s");
    /** A word of a name: capitalised ("Ode", "O'Neil", "Dr."), or a particle ("van", "de"), never an acronym. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\.?|van|von|de|da|di|du|del|der|den|la|le|bin|al");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}\\.?");

    private InterviewerList() {
    }

    public static List<Interviewer> parse(final String answer) {
        final List<Interviewer> people = new ArrayList<>();
        for (final String typed : answer.split("[;\\n]")) {
            final String entry = typed.isBlank() ? "" : SentenceAnswers.people(typed);
            final List<String> names = names(entry);
            if (!names.isEmpty()) {
                names.stream().limit(MAX_PEOPLE - people.size())
                        .forEach(name -> people.add(new Interviewer(cap(name), "", "", "")));
                continue;
            }
            if (entry.isBlank() || people.size() == MAX_PEOPLE) {
                continue;
            }
            String name = "";
            String title = "";
            String email = "";
            for (final String rawPart : entry.split(",")) {
                final String part = rawPart.strip().replaceAll("^[<(]|[>)]$", "");
                if (part.isEmpty()) {
                    continue;
                }
                final var matcher = EMAIL.matcher(part);
                if (email.isEmpty() && matcher.find()) {
                    email = matcher.group();
                    final String rest = part.replace(matcher.group(), "").replaceAll("[<>()]", "").strip();
                    if (!rest.isEmpty() && name.isEmpty()) {
                        name = rest;
                    }
                } else if (name.isEmpty()) {
                    name = part;
                } else if (title.isEmpty()) {
                    title = part;
                } else {
                    title = title + ", " + part;
                }
            }
            if (name.isEmpty() && !email.isEmpty()) {
                name = email.substring(0, email.indexOf('@'));
            }
            if (!name.isEmpty()) {
                people.add(new Interviewer(cap(name), cap(title), cap(email), ""));
            }
        }
        return people;
    }

    /** The names in "Ben Ode and Cleo Park" or "Ben, Cleo and Dana"; none unless joined by "and" and all names. */
    private static List<String> names(final String entry) {
        if (!JOINED.matcher(entry).find()) {
            return List.of();
        }
        final List<String> names = List.of(BETWEEN_NAMES.split(entry));
        return names.stream().allMatch(InterviewerList::looksLikeAName) ? names : List.of();
    }

    private static boolean looksLikeAName(final String piece) {
        final String[] words = piece.strip().split("\\s+");
        return words.length <= 5 && !words[0].isEmpty() && Arrays.stream(words)
                .allMatch(word -> NAME_WORD.matcher(word).matches() && !ACRONYM.matcher(word).matches())
                && Character.isUpperCase(words[0].charAt(0));
    }

    private static String cap(final String value) {
        return TextLimits.cap(value, TextLimits.NAME);
    }
}
