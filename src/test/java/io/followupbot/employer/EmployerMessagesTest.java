package io.followupbot.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.followupbot.chat.MemberText;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader's one entrance: what it reads, what it proposes, and its clear answers to what it can't read. */
final class EmployerMessagesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant MONDAY = Instant.parse("2026-03-09T14:00:00Z");
    private final EmployerMessages reader = new EmployerMessages(Clock.fixed(MONDAY, NEW_YORK));

    private EmployerMessage read(final String pasted) {
        final MessageReading reading = reader.read(pasted, NEW_YORK, Optional.of(MONDAY));
        assertThat(reading).isInstanceOf(MessageReading.Read.class);
        return ((MessageReading.Read) reading).message();
    }

    private String refusal(final byte[] content, final String fileName) {
        final MessageReading reading = reader.read(content, fileName, NEW_YORK, Optional.of(MONDAY));
        assertThat(reading).isInstanceOf(MessageReading.Refused.class);
        return ((MessageReading.Refused) reading).reason();
    }

    @Test
    @DisplayName("GIVEN an invitation with a zone after its time WHEN read THEN every field, the time in the zone written")
    void invitation() {
        // GIVEN a pasted invitation written on Monday 9 March with "2:00 PM EST"
        final String pasted = """
                Subject: Interview Confirmation: Data Analyst at Acme Analytics

                Hi Jordan,

                Your interview is confirmed for Thursday, March 12 at 2:00 PM EST. You'll meet with Dana Whitfield
                (Engineering Manager). Join by Zoom: https://acme.zoom.us/j/123

                Priya Raman, Recruiting Coordinator
                """;

        // WHEN the bot reads it
        final EmployerMessage message = read(pasted);

        // THEN an invite, with the company, the role, 14:00 New York time, video, and Dana (not the coordinator)
        assertThat(message.kind()).isEqualTo(MessageKind.INVITE);
        assertThat(message.company()).contains("Acme Analytics");
        assertThat(message.role()).contains("Data Analyst");
        assertThat(message.at()).contains(ZonedDateTime.of(2026, 3, 12, 14, 0, 0, 0, NEW_YORK));
        assertThat(message.format()).contains(InterviewFormat.VIDEO);
        assertThat(message.interviewers()).extracting(Interviewer::name).containsExactly("Dana Whitfield");
        assertThat(message.decisionBy()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"We'd like to invite you to an interview on Thursday.",
        "We'd like to invite you to an interview on Thursday morning.", "We'd like to invite you to an interview next week."})
    @DisplayName("GIVEN an invitation with a day but no clock time WHEN read THEN no start time is made up")
    void noTimeInvented(final String text) {
        // GIVEN a message naming a day (or a part of it) without a clock time
        // WHEN the bot reads it
        final EmployerMessage message = read(text);

        // THEN no start time
        assertThat(message.at()).isEmpty();
    }

    @Test
    @DisplayName("GIVEN an offer with a deadline WHEN read THEN the deadline is its decision day and the proposal says so")
    void offerAndProposal() {
        // GIVEN an offer to answer by Friday
        final EmployerMessage message = read("We are delighted to offer you the position of UX Researcher at Lumen Health. "
                + "Please let us know your decision by Friday.");

        // THEN an offer, Friday 13 March, and a sentence in the bot's words with the employer's words marked
        assertThat(message.kind()).isEqualTo(MessageKind.OFFER);
        assertThat(message.decisionBy()).contains(LocalDate.of(2026, 3, 13));
        assertThat(MemberText.strip(message.proposal())).isEqualTo("An offer from Lumen Health for the UX Researcher role, "
                + "to answer by Friday 13 March 2026. Shall I record it and offer the reply drafts?");
        assertThat(message.proposal()).contains(MemberText.quote("Lumen Health"));
    }

    @Test
    @DisplayName("GIVEN a file over 1 MB (a mail with a 5 MB attachment) WHEN read THEN refused at once, saying the limit")
    void tooLarge() {
        // GIVEN an email with a 5 MB attachment
        final byte[] attachment = new byte[5 * 1024 * 1024];
        final String mail = "From: a@acme.com\r\nSubject: CV\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
                + "--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(attachment) + "\r\n--b--\r\n";

        // WHEN the bot reads it THEN a refusal naming the size and the limit, within a moment
        final String reason = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> refusal(mail.getBytes(StandardCharsets.US_ASCII), "cv.eml"));
        assertThat(reason).startsWith("That is 6.8 MB; I read messages of up to 1 MB.");
    }

    @Test
    @DisplayName("GIVEN a PDF, bytes with NULs or nothing WHEN read THEN a refusal the chat can show")
    void notText() {
        assertThat(refusal("%PDF-1.4\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1), "resume.pdf"))
                .isEqualTo("That is a PDF, not an email or a calendar invite. Paste the email's text, or share the invite's .ics file.");
        assertThat(refusal(new byte[] {1, 0, 2, 0, 3, 0, 65, 66}, "x.bin")).startsWith("That file is not text");
        assertThat(refusal("  \n ".getBytes(StandardCharsets.UTF_8), null)).startsWith("That is empty.");
    }

    @Test
    @DisplayName("GIVEN a calendar file with two events, or with none WHEN read THEN nothing to do, and why")
    void calendarsWithSeveralEventsOrNone() {
        // GIVEN two VEVENTs, and a calendar without any
        final String event = "BEGIN:VEVENT\r\nUID:%d\r\nDTSTART:20260312T180000Z\r\nSUMMARY:Interview\r\nEND:VEVENT\r\n";
        final String two = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + event.formatted(1) + event.formatted(2) + "END:VCALENDAR\r\n";
        final String none = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";

        // WHEN read THEN kind other, with a note the chat can show
        final EmployerMessage several = ((MessageReading.Read) reader.read(two.getBytes(StandardCharsets.UTF_8), "invite.ics",
                NEW_YORK, Optional.empty())).message();
        final EmployerMessage empty = ((MessageReading.Read) reader.read(none.getBytes(StandardCharsets.UTF_8), "invite.ics",
                NEW_YORK, Optional.empty())).message();
        assertThat(several.kind()).isEqualTo(MessageKind.OTHER);
        assertThat(several.note()).isEqualTo("the calendar file holds 2 events; share the invite of one interview");
        assertThat(several.at()).isEmpty();
        assertThat(empty.kind()).isEqualTo(MessageKind.OTHER);
        assertThat(empty.note()).isEqualTo("it holds no text and no calendar event");
    }

    @Test
    @DisplayName("GIVEN a message in German WHEN read THEN nothing to do, saying the bot reads English only")
    void anotherLanguage() {
        final EmployerMessage message = read("Sehr geehrter Herr Lee, vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne zu "
                + "einem Gespräch am Donnerstag einladen. Bitte bestätigen Sie uns den Termin. Mit freundlichen Grüßen, Ihr Team");

        assertThat(message.kind()).isEqualTo(MessageKind.OTHER);
        assertThat(MemberText.strip(message.proposal())).isEqualTo(
                "I found nothing to do in this message: it is written in German, and I read English messages only.");
    }

    @Test
    @DisplayName("GIVEN a megabyte of text built to be slow WHEN read THEN an answer within a second: the work is bounded")
    void bounded() {
        // GIVEN 1 MB of capitalised words, names and times that every reader looks at
        final String slow = ("Dana Whitfield Senior Staff Principal Engineer with Ana Ruiz, Raj Patel and Tom Keller on "
                + "Thursday March 12 at 2:00 PM by Friday ").repeat(8_200).substring(0, EmployerMessages.MAX_BYTES - 10);

        // WHEN read THEN it returns within a second
        final MessageReading reading = assertTimeoutPreemptively(Duration.ofSeconds(1),
                () -> reader.read(slow, NEW_YORK, Optional.of(MONDAY)));
        assertThat(reading).isInstanceOf(MessageReading.Read.class);
    }

    @Test
    @DisplayName("GIVEN an email without --now WHEN read THEN relative days count from the message's own Date header")
    void nowFromTheMessage() {
        // GIVEN a mail sent on Monday 16 March that says "tomorrow at 10am"
        final String mail = "From: Ann Lee <ann.lee@harbor.io>\r\nDate: Mon, 16 Mar 2026 09:00:00 -0700\r\nSubject: Phone screen\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nHi, I'll call you tomorrow at 10am Pacific for our phone screen.\r\n";

        // WHEN read with no moment given (the reader's clock says 9 March)
        final MessageReading reading = reader.read(mail.getBytes(StandardCharsets.UTF_8), "m.eml", NEW_YORK, Optional.empty());

        // THEN Tuesday 17 March, 10:00 Los Angeles time, by phone, with the sender who calls
        final EmployerMessage message = ((MessageReading.Read) reading).message();
        assertThat(message.at()).contains(ZonedDateTime.of(2026, 3, 17, 10, 0, 0, 0, ZoneId.of("America/Los_Angeles")));
        assertThat(message.format()).contains(InterviewFormat.PHONE);
        assertThat(message.interviewers()).extracting(Interviewer::name).containsExactly("Ann Lee");
    }

    @Test
    @DisplayName("GIVEN a rejection and an acknowledgement WHEN read THEN each proposes its one action in the bot's words")
    void proposals() {
        final EmployerMessage rejection = read("Thank you for your interest in the Quality Engineer position at Crestline "
                + "Manufacturing. Unfortunately, we have decided to move forward with other candidates.");
        final EmployerMessage acknowledgement = read("Thank you for applying to the Business Systems Analyst position at "
                + "Atlas Mutual. This email confirms that your application was successfully submitted.");

        assertThat(MemberText.strip(rejection.proposal())).isEqualTo("A rejection from Crestline Manufacturing for the Quality "
                + "Engineer role. Shall I close the application, stop its nudges and offer a reply?");
        assertThat(MemberText.strip(acknowledgement.proposal())).isEqualTo("An automatic confirmation from Atlas Mutual for the "
                + "Business Systems Analyst role: your application arrived. Nothing to do yet; shall I note the application?");
    }
}
