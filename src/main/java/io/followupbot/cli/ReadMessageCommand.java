package io.followupbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.followupbot.chat.MemberText;
import io.followupbot.dates.LooseDateParser;
import io.followupbot.dates.ZoneNames;
import io.followupbot.employer.EmployerMessage;
import io.followupbot.employer.EmployerMessages;
import io.followupbot.employer.MessageReading;
import io.followupbot.interview.InterviewFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code read-message}: prints what the bot reads in an employer's email (.eml or pasted text) or calendar invite
 * (.ics). {@code --json} prints exactly one line with kind, company, role, at, format, interviewers and decision_by.
 * A missing, unreadable or too large file exits with 2 and one line.
 */
@Command(name = "read-message", sortOptions = false,
        description = "Print what the bot reads in an employer's email or calendar invite (nothing is stored).")
public final class ReadMessageCommand extends OneLineCommand {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmXXX", Locale.ROOT);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--zone", paramLabel = "ZONE",
            description = "The member's time zone, for times the message writes without one (default: this machine's).")
    private String zone;

    @Option(names = "--now", paramLabel = "WHEN",
            description = "When the message is read, e.g. 2026-03-10T15:00 in --zone (default: the message's own date, else the clock).")
    private String now;

    @Option(names = "--json", description = "Print one line of JSON: kind, company, role, at, format, interviewers, decision_by.")
    private boolean json;

    @Parameters(arity = "1", paramLabel = "FILE", description = "An .eml, an .ics, or a text file with the pasted email.")
    private Path file;

    public ReadMessageCommand(final Clock clock) {
        super(clock);
    }

    @Override
    String answer() {
        final ZoneId memberZone = zone == null ? clock.getZone()
                : ZoneNames.find(zone).map(ZoneNames.Zone::id).orElseThrow(() -> new BadArgument(ZoneNames.unknown(zone)));
        final byte[] content = content(file);
        final MessageReading reading = new EmployerMessages(clock).read(content, file.getFileName().toString(), memberZone,
                moment(memberZone));
        if (reading instanceof MessageReading.Refused refused) {
            throw new BadArgument(file + ": " + refused.reason());
        }
        final EmployerMessage message = ((MessageReading.Read) reading).message();
        return json ? json(message) : words(message);
    }

    /** The file's bytes, read only up to one byte past the limit: a larger file is refused without being read whole. */
    private static byte[] content(final Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            final byte[] read = in.readNBytes(EmployerMessages.MAX_BYTES + 1);
            if (read.length > EmployerMessages.MAX_BYTES) {
                throw new BadArgument(file + ": larger than 1 MB; I read messages of up to 1 MB");
            }
            return read;
        } catch (final IOException unreadable) {
            throw new BadArgument(file + ": cannot be read (" + (Files.exists(file) ? unreadable.getClass().getSimpleName()
                    : "no such file") + ")");
        }
    }

    private Optional<Instant> moment(final ZoneId memberZone) {
        if (now == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(now.strip()).toInstant());
        } catch (final DateTimeParseException notOffset) {
            try {
                return Optional.of(LocalDateTime.parse(now.strip()).atZone(memberZone).toInstant());
            } catch (final DateTimeParseException notLocal) {
                throw new BadArgument("--now '" + now + "' is not a date and time (use e.g. 2026-03-10T15:00)");
            }
        }
    }

    /** One line of JSON in the order of the issue: kind, company, role, at, format, interviewers, decision_by. */
    public static String json(final EmployerMessage message) {
        final ObjectNode line = JSON.createObjectNode();
        line.put("kind", message.kind().wireName());
        line.put("company", message.company().orElse(null));
        line.put("role", message.role().orElse(null));
        line.put("at", message.at().map(AT::format).orElse(null));
        line.put("format", message.format().map(ReadMessageCommand::format).orElse(null));
        final ArrayNode names = line.putArray("interviewers");
        message.interviewers().forEach(interviewer -> names.add(interviewer.name()));
        line.put("decision_by", message.decisionBy().map(Object::toString).orElse(null));
        return line.toString();
    }

    private static String format(final InterviewFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }

    private static String words(final EmployerMessage message) {
        return String.join(System.lineSeparator(),
                "kind:         " + message.kind().wireName(),
                "company:      " + message.company().orElse("-"),
                "role:         " + message.role().orElse("-"),
                "at:           " + message.at().map(ReadMessageCommand::when).orElse("- (the message gives no start time)"),
                "format:       " + message.format().map(InterviewFormat::label).orElse("-"),
                "interviewers: " + (message.interviewers().isEmpty() ? "-" : message.interviewers().stream()
                        .map(one -> one.title().isEmpty() ? one.name() : one.name() + " (" + one.title() + ")")
                        .collect(Collectors.joining(", "))),
                "decision by:  " + message.decisionBy().map(LooseDateParser::inWords).orElse("-"),
                "",
                MemberText.strip(message.proposal()));
    }

    private static String when(final ZonedDateTime at) {
        return AT.format(at) + "  " + LooseDateParser.inWords(at.toLocalDate()) + " at "
                + DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).format(at) + " (" + at.getZone().getId() + ")";
    }}
