package io.followupbot.employer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;

/**
 * What the member brought, told apart and brought to one {@link Letter}: a calendar file, a raw email, or pasted
 * text. Files that are no text (a PDF, an image, an archive, anything with NUL bytes) are told apart first.
 */
final class Inputs {

    private static final Pattern RAW_MAIL_HEADER = Pattern.compile(
            "(?im)^(MIME-Version|Content-Type|Received|Message-ID|Return-Path|Delivered-To|DKIM-Signature|X-[A-Za-z-]+"
                    + "|Content-Transfer-Encoding|Thread-Topic)\\s*:");
    private static final int SNIFF = 8192;

    private Inputs() {
    }

    /** Why these bytes are no text, in the bot's words, or empty when they are text. */
    static Optional<String> notText(final byte[] bytes) {
        final String kind = magic(bytes);
        if (kind != null) {
            return Optional.of("That is " + kind + ", not an email or a calendar invite. Paste the email's text, or share "
                    + "the invite's .ics file.");
        }
        int control = 0;
        final int sniffed = Math.min(bytes.length, SNIFF);
        for (int index = 0; index < sniffed; index++) {
            final int value = bytes[index] & 0xFF;
            if (value == 0) {
                control += SNIFF;
            } else if (value < 0x09 || value > 0x0D && value < 0x20 && value != 0x1B) {
                control++;
            }
        }
        return control * 100 > sniffed ? Optional.of("That file is not text, so it is no email or calendar invite I can read. "
                + "Paste the email's text, or share the invite's .ics file.") : Optional.empty();
    }

    static Letter letter(final byte[] bytes, final String fileName, final ZoneId zone, final Instant fallbackNow)
            throws IOException, MimeException {
        final String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        final String text = decode(bytes);
        final String start = text.stripLeading();
        if (name.endsWith(".ics") || start.regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15)) {
            return calendar(CalendarParser.events(text, zone), true);
        }
        final int headerEnd = start.indexOf("\n\n") < 0 ? start.length() : start.indexOf("\n\n");
        final boolean rawMail = name.endsWith(".eml") || start.matches("(?s)^[A-Za-z][A-Za-z0-9-]*:.*")
                && RAW_MAIL_HEADER.matcher(start.substring(0, Math.min(headerEnd + 1, start.length()))).find();
        final Letter letter = rawMail ? MailParser.read(bytes, zone)
                : new Letter("", Person.NOBODY, Person.NOBODY, List.of(), Optional.empty(), text.replace("\r\n", "\n"), List.of());
        return ForwardedText.unwrap(letter, zone, fallbackNow);
    }

    /** A calendar file as a letter: its one event's summary as the subject, its description as the body. */
    static Letter calendar(final List<CalendarEvent> events, final boolean alone) {
        if (events.size() != 1) {
            return new Letter("", Person.NOBODY, Person.NOBODY, List.of(), Optional.empty(), "", events);
        }
        final CalendarEvent event = events.get(0);
        return new Letter(event.summary(), Person.NOBODY, Person.NOBODY, List.of(), Optional.empty(),
                event.description() + "\n" + event.location() + "\n" + event.url(), events);
    }

    private static String decode(final byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString().replaceFirst("^\uFEFF", "");
        } catch (final CharacterCodingException notUtf8) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static String magic(final byte[] bytes) {
        if (starts(bytes, "%PDF")) {
            return "a PDF";
        }
        if (starts(bytes, "PK\u0003\u0004")) {
            return "an archive or an Office document";
        }
        if (starts(bytes, "\u0089PNG") || starts(bytes, "GIF8") || starts(bytes, "\u00FF\u00D8\u00FF")) {
            return "an image";
        }
        return null;
    }

    private static boolean starts(final byte[] bytes, final String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int index = 0; index < prefix.length(); index++) {
            if ((bytes[index] & 0xFF) != prefix.charAt(index)) {
                return false;
            }
        }
        return true;
    }
}
