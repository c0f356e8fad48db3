package io.followupbot.employer;

import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.james.mime4j.MimeException;

/**
 * The one entrance of the employer-message reader: an email (an .eml file, or pasted, perhaps forwarded), or a
 * calendar invite (.ics), becomes what the bot reads in it ({@link EmployerMessage}), or a reason it can't be read.
 * Nothing is stored and nothing is kept: the member confirms or corrects what the bot proposes.
 *
 * <p>The work is bounded: at most {@link #MAX_BYTES} are read (a larger file is refused, not cut), a mail has at most
 * 50 parts, and the readers search at most the first {@value #MAX_TEXT} characters of its text.
 */
public final class EmployerMessages {

    /** The most a message may weigh: 1 MB, far above any real email's text, far below a mail with attachments. */
    public static final int MAX_BYTES = 1024 * 1024;
    /** The most text the readers search, after MIME decoding: an employer's message says what it means well within it. */
    static final int MAX_TEXT = 20_000;
    private static final Set<MessageKind> TIMED = EnumSet.of(MessageKind.INVITE, MessageKind.UPDATE, MessageKind.NEXT_ROUND);
    private static final Set<MessageKind> SCHEDULING = EnumSet.of(MessageKind.INVITE, MessageKind.NEXT_ROUND, MessageKind.AVAILABILITY);

    private final Clock clock;

    public EmployerMessages(final Clock clock) {
        this.clock = clock;
    }

    /** Pasted text (an email's body, perhaps with its subject and a forward block). */
    public MessageReading read(final String pasted, final ZoneId memberZone, final Optional<Instant> now) {
        return read(pasted.getBytes(StandardCharsets.UTF_8), null, memberZone, now);
    }

    /**
     * Reads a message.
     *
     * @param content the file's bytes or the pasted text's
     * @param fileName the file's name where there is one (".ics", ".eml" settle what it is), else null
     * @param memberZone the member's zone, for times written without one
     * @param now the moment relative days ("tomorrow", "by Friday") are read from; empty: the message's own date,
     *            else the clock
     */
    public MessageReading read(final byte[] content, final String fileName, final ZoneId memberZone,
            final Optional<Instant> now) {
        if (content.length > MAX_BYTES) {
            return new MessageReading.Refused(String.format(Locale.ROOT, "That is %.1f MB; I read messages of up to 1 MB. "
                    + "Paste the email's text, or share the invite's .ics file without its attachments.", content.length / 1048576.0));
        }
        final Optional<String> notText = Inputs.notText(content);
        if (notText.isPresent()) {
            return new MessageReading.Refused(notText.get());
        }
        if (new String(content, StandardCharsets.ISO_8859_1).isBlank()) {
            return new MessageReading.Refused("That is empty. Paste the employer's email, or share its calendar invite.");
        }
        final Letter letter;
        try {
            letter = Inputs.letter(content, fileName, memberZone, now.orElseGet(clock::instant)).capped(MAX_TEXT);
        } catch (final IOException | MimeException | RuntimeException unreadable) {
            return new MessageReading.Refused("I couldn't read that as an email or a calendar invite. Paste the email's text instead.");
        }
        return new MessageReading.Read(interpret(letter, memberZone, now.or(letter::sent).orElseGet(clock::instant)));
    }

    private static EmployerMessage interpret(final Letter letter, final ZoneId zone, final Instant now) {
        final Optional<String> language = Languages.notEnglish(letter.allText());
        if (language.isPresent()) {
            return EmployerMessage.nothingToDo("it is written in " + language.get() + ", and I read English messages only");
        }
        if (letter.events().size() > 1) {
            return EmployerMessage.nothingToDo("the calendar file holds " + letter.events().size()
                    + " events; share the invite of one interview");
        }
        if (letter.body().isBlank() && letter.subject().isBlank() && letter.events().isEmpty()) {
            return EmployerMessage.nothingToDo("it holds no text and no calendar event");
        }
        final Optional<ZonedDateTime> inText = StartTimes.first(letter.allText(), zone, now);
        final Optional<ZonedDateTime> inEvent = letter.events().isEmpty() ? Optional.empty() : letter.events().get(0).start();
        final Optional<ZonedDateTime> start = inEvent.isPresent() && !inText.map(text -> text.isEqual(inEvent.get())).orElse(false)
                ? inEvent : inText;
        final MessageKind kind = Kinds.of(letter, start.isPresent());
        final Optional<String> company = Companies.of(letter);
        final Optional<String> role = Roles.of(letter);
        if (kind == MessageKind.OTHER) {
            return new EmployerMessage(kind, company, role, Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                    "it reads as no invitation, update or outcome of an application");
        }
        final Optional<InterviewFormat> format = SCHEDULING.contains(kind) ? Formats.of(letter) : Optional.empty();
        final List<Interviewer> interviewers = SCHEDULING.contains(kind) ? Interviewers.of(letter, company) : List.of();
        final Optional<LocalDate> decisionBy = Deadlines.of(kind, letter.allText(), now, zone);
        return new EmployerMessage(kind, company, role, TIMED.contains(kind) ? start : Optional.empty(), format, interviewers,
                decisionBy, "");
    }
}
