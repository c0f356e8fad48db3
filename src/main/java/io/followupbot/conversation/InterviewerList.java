package io.followupbot.conversation;

import io.followupbot.interview.Interviewer;
import io.followupbot.interview.TextLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the interviewers a member lists in one answer: people separated by ";" or new lines, each as
 * "name, title, email" where title and email are optional and the email is recognised by its "@".
 */
final class InterviewerList {

    static final int MAX_PEOPLE = 10;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]+");

    private InterviewerList() {
    }

    static List<Interviewer> parse(final String answer) {
        final List<Interviewer> people = new ArrayList<>();
        for (final String entry : answer.split("[;\\n]")) {
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

    private static String cap(final String value) {
        return TextLimits.cap(value, TextLimits.NAME);
    }
}
