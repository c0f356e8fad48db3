package io.followupbot.employer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * An RFC 5322 email (an .eml file, or a raw message pasted whole), read with Apache James mime4j: headers with
 * their encoded words, multipart bodies, quoted-printable and base64. The text part is preferred; an HTML-only mail
 * is turned into text; an attached invite (text/calendar, an .ics part) is read as a calendar.
 */
final class MailParser {

    private static final int MAX_TEXT = 200_000;
    private static final int MAX_PARTS = 50;

    private MailParser() {
    }

    static Letter read(final byte[] bytes, final ZoneId memberZone) throws IOException, MimeException {
        final DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.custom().setMaxLineLen(-1).setMaxHeaderLen(-1).setMaxHeaderCount(500)
                .setMaxPartCount(MAX_PARTS).setMaxNestingDepth(10).setMaxContentLen(bytes.length).build());
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        final Message message = builder.parseMessage(new ByteArrayInputStream(bytes));
        final Parts parts = new Parts();
        parts.collect(message, 0);
        final Mailbox from = message.getFrom() == null || message.getFrom().isEmpty() ? null : message.getFrom().get(0);
        final List<CalendarEvent> events = new ArrayList<>();
        for (final String calendar : parts.calendars) {
            events.addAll(CalendarParser.events(calendar, memberZone));
        }
        final String body = !parts.plain.isEmpty() ? parts.plain : HtmlText.of(parts.html);
        final Optional<Instant> sent = Optional.ofNullable(message.getDate()).map(java.util.Date::toInstant);
        final List<Person> replyTo = recipients(message.getReplyTo());
        return new Letter(message.getSubject(), from == null ? Person.NOBODY : new Person(from.getName(), from.getAddress()),
                replyTo.isEmpty() ? Person.NOBODY : replyTo.get(0), recipients(message.getTo()), sent, body, events);
    }

    private static List<Person> recipients(final AddressList to) {
        final List<Person> people = new ArrayList<>();
        if (to != null) {
            for (final Mailbox box : to.flatten()) {
                people.add(new Person(box.getName(), box.getAddress()));
            }
        }
        return people;
    }

    /** The text, HTML and calendar parts of a message, in order, each cut to a bounded length. */
    private static final class Parts {
        private String plain = "";
        private String html = "";
        private final List<String> calendars = new ArrayList<>();

        void collect(final Entity entity, final int depth) throws IOException {
            final Body body = entity.getBody();
            if (body instanceof Multipart multipart && depth < 10) {
                for (final Entity part : multipart.getBodyParts()) {
                    collect(part, depth + 1);
                }
            } else if (body instanceof Message inner && depth < 10) {
                collect(inner, depth + 1);
            } else if (body instanceof TextBody text) {
                take(entity, text);
            }
        }

        private void take(final Entity entity, final TextBody text) throws IOException {
            final String type = entity.getMimeType().toLowerCase(Locale.ROOT);
            final String file = entity.getFilename() == null ? "" : entity.getFilename().toLowerCase(Locale.ROOT);
            final boolean attachment = "attachment".equalsIgnoreCase(entity.getDispositionType());
            if (type.equals("text/calendar") || file.endsWith(".ics")) {
                calendars.add(read(text));
            } else if (type.equals("text/plain") && plain.isEmpty() && !attachment) {
                plain = read(text);
            } else if (type.equals("text/html") && html.isEmpty() && !attachment) {
                html = read(text);
            }
        }

        private static String read(final TextBody text) throws IOException {
            final StringBuilder read = new StringBuilder();
            try (Reader reader = text.getReader()) {
                final char[] buffer = new char[8192];
                int count;
                while (read.length() < MAX_TEXT && (count = reader.read(buffer)) > 0) {
                    read.append(buffer, 0, count);
                }
            }
            return read.length() > MAX_TEXT ? read.substring(0, MAX_TEXT) : read.toString();
        }
    }
}
