package io.followupbot.employer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A message brought to one shape whatever it came as (an email file, pasted text, a calendar file): the employer's
 * own message, inside any forward.
 *
 * @param sender who wrote it (for a forward, the original sender)
 * @param replyTo where replies go (a tracking system's mail often replies to the recruiter)
 * @param recipients who it went to: the member, and perhaps others
 * @param sent when it was written, if it says
 * @param body its text, without quoted replies
 * @param events the calendar events it carries (an .ics file, or an invite attached to an email)
 */
record Letter(String subject, Person sender, Person replyTo, List<Person> recipients, Optional<Instant> sent, String body,
        List<CalendarEvent> events) {

    Letter {
        subject = subject == null ? "" : subject.strip();
        sender = sender == null ? Person.NOBODY : sender;
        replyTo = replyTo == null ? Person.NOBODY : replyTo;
        recipients = List.copyOf(recipients);
        sent = sent == null ? Optional.empty() : sent;
        body = body == null ? "" : body;
        events = List.copyOf(events);
    }

    /** The letter with its body cut to {@code max} characters: what an employer writes comes first, the rest is footers. */
    Letter capped(final int max) {
        return body.length() <= max ? this : new Letter(subject.length() > max ? subject.substring(0, max) : subject, sender,
                replyTo, recipients, sent, body.substring(0, max), events);
    }

    /** The subject and the body together, as one text to search. */
    String allText() {
        return subject.isEmpty() ? body : subject + "\n" + body;
    }
}
