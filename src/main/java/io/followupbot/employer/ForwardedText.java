package io.followupbot.employer;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The employer's own message inside a body: a forwarded message (Gmail's "Forwarded message", Apple Mail's "Begin
 * forwarded message", Outlook's From/Sent/To/Subject block), or headers pasted above the text; quoted earlier mail
 * ("On ... wrote:", "-----Original Message-----", lines starting with "&gt;") is cut off.
 */
final class ForwardedText {

    private static final Pattern HEADER = Pattern.compile(
            "^[\\s>*_]*(From|Sent|Date|To|Cc|Subject|Reply-To|Von|De)[*_]*\\s*:[*_]*\\s*(.*?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORWARD_MARK = Pattern.compile(
            "^\\s*(-{2,}\\s*(Forwarded message|Original Message)\\s*-*|Begin forwarded message:?|_{10,})\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTE_START = Pattern.compile(
            "^\\s*(On .{5,200}wrote:|>.*|-{2,}\\s*Original Message\\s*-*)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MAILBOX = Pattern.compile("^\\s*\"?([^\"<]*?)\"?\\s*(?:<|\\[mailto:)\\s*([^>\\]\\s]+)\\s*[>\\]]");

    private ForwardedText() {
    }

    /** The letter with the employer's own sender, subject, date and text, where its body forwards or quotes one. */
    static Letter unwrap(final Letter letter, final ZoneId zone, final Instant fallbackNow) {
        final List<String> lines = quotedForward(List.of(letter.body().split("\r?\n", -1)));
        final boolean forward = letter.subject().toLowerCase(Locale.ROOT).matches("^(fwd?|fw)\\s*:.*")
                || lines.stream().anyMatch(line -> FORWARD_MARK.matcher(line).matches() && !line.contains("Original"));
        final int group = firstGroup(lines, forward);
        if (group < 0) {
            return new Letter(letter.subject(), letter.sender(), letter.replyTo(), letter.recipients(), letter.sent(),
                    untilQuote(lines, 0), letter.events());
        }
        final Headers headers = new Headers();
        int index = group;
        while (index < lines.size() && (lines.get(index).isBlank() || HEADER.matcher(lines.get(index)).matches())) {
            headers.take(lines.get(index));
            index++;
        }
        final Optional<Instant> sent = headers.date.isEmpty() ? letter.sent()
                : HeaderDates.read(headers.date, zone, fallbackNow).or(letter::sent);
        return new Letter(headers.subject.isEmpty() ? letter.subject() : headers.subject,
                headers.from.isEmpty() ? letter.sender() : headers.from, headers.from.isEmpty() ? letter.replyTo() : Person.NOBODY,
                headers.to.isEmpty() ? letter.recipients() : headers.to,
                sent, untilQuote(lines, index), letter.events());
    }

    /** Apple Mail quotes a forwarded message with "&gt; ": the quoted lines after its mark are the message itself. */
    private static List<String> quotedForward(final List<String> lines) {
        final int mark = lines.stream().map(String::strip).toList().indexOf("Begin forwarded message:");
        if (mark < 0) {
            return lines;
        }
        final List<String> unquoted = new ArrayList<>(lines.subList(0, mark + 1));
        lines.subList(mark + 1, lines.size()).forEach(line -> unquoted.add(line.replaceFirst("^[ \t]*> ?", "")));
        return unquoted;
    }

    /** The first line of the employer's header block: after a forward mark, or at the very top; -1 for none. */
    private static int firstGroup(final List<String> lines, final boolean forward) {
        for (int index = 0; index < lines.size(); index++) {
            final String line = lines.get(index);
            if (line.isBlank()) {
                continue;
            }
            final boolean top = lines.subList(0, index).stream()
                    .allMatch(above -> above.isBlank() || FORWARD_MARK.matcher(above).matches());
            if (HEADER.matcher(line).matches() && (top || forward) && groupSize(lines, index) >= (top ? 1 : 2)) {
                return index;
            }
            if (!forward && !top && !FORWARD_MARK.matcher(line).matches()) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a header block starts within the few lines after a mark (a line of underscores is also a mere separator). */
    private static boolean headersFollow(final List<String> lines, final int from) {
        for (int index = from; index < lines.size() && index < from + 3; index++) {
            if (HEADER.matcher(lines.get(index)).matches()) {
                return groupSize(lines, index) >= 2;
            }
        }
        return !lines.get(from - 1).contains("_");
    }

    private static int groupSize(final List<String> lines, final int start) {
        int size = 0;
        for (int index = start; index < lines.size() && index < start + 12; index++) {
            if (HEADER.matcher(lines.get(index)).matches()) {
                size++;
            } else if (!lines.get(index).isBlank()) {
                break;
            }
        }
        return size;
    }

    private static String untilQuote(final List<String> lines, final int from) {
        final StringBuilder body = new StringBuilder();
        for (int index = from; index < lines.size(); index++) {
            final String line = lines.get(index);
            if (QUOTE_START.matcher(line).matches() || FORWARD_MARK.matcher(line).matches() && body.length() > 40
                    && headersFollow(lines, index + 1)
                    || body.length() > 40 && HEADER.matcher(line).matches() && groupSize(lines, index) >= 2) {
                break;
            }
            body.append(line).append('\n');
        }
        return body.toString().strip();
    }

    /** The fields of one header block. */
    private static final class Headers {
        private Person from = Person.NOBODY;
        private final List<Person> to = new ArrayList<>();
        private String subject = "";
        private String date = "";

        void take(final String line) {
            final Matcher header = HEADER.matcher(line);
            if (!header.matches()) {
                return;
            }
            final String value = header.group(2);
            switch (header.group(1).toLowerCase(Locale.ROOT)) {
                case "from", "von", "de" -> from = person(value);
                case "to" -> to.add(person(value));
                case "subject" -> subject = value;
                case "sent", "date" -> date = value;
                default -> { }
            }
        }

        private static Person person(final String value) {
            final Matcher mailbox = MAILBOX.matcher(value);
            if (mailbox.find()) {
                return new Person(mailbox.group(1), mailbox.group(2));
            }
            return value.contains("@") && !value.contains(" ") ? new Person("", value) : new Person(value, "");
        }
    }
}
