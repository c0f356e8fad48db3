package io.followupbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.followupbot.dates.DateAnswer;
import io.followupbot.dates.LooseDateParser;
import io.followupbot.dates.ZoneNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * {@code date}: prints how the bot reads one typed date, for community admins checking a phrase and for
 * tests. {@code --json} prints exactly one line: {@code {"status":"date","at":"2026-03-13"}} (a day, or a
 * local date-time for an interview), {@code {"status":"none"}} (the member says there is no date) or
 * {@code {"status":"ask","message":"..."}} (the bot would ask). Every bad argument exits with 2 and one line.
 */
@Command(name = "date", sortOptions = false,
        description = "Print how the bot reads a date a member types.")
public final class DateCommand extends OneLineCommand {

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm", Locale.ROOT);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--as", paramLabel = "KIND", required = true,
            description = "interview (when it was; looks back from --now) or decision (when they decide; looks forward from --after).")
    private String kind;

    @Option(names = "--now", paramLabel = "WHEN", description = "The moment the phrase is typed, local to --zone (default: the clock).")
    private String now;

    @Option(names = "--zone", paramLabel = "ZONE", required = true,
            description = "The member's time zone: America/New_York, Berlin, PST...")
    private String zone;

    @Option(names = "--country", paramLabel = "CODE", defaultValue = "US",
            description = "The member's country, for the order of numeric dates (default US: 3/9 is 9 March in GB, 3 September in US).")
    private String country;

    @Option(names = "--after", paramLabel = "WHEN",
            description = "For a decision: when the interview began, local to --zone (default: --now).")
    private String after;

    @Option(names = "--json", description = "Print one line of JSON: {\"status\":\"date\"|\"none\"|\"ask\", ...}.")
    private boolean json;

    @Parameters(arity = "1..*", paramLabel = "PHRASE", description = "What the member typed, e.g. \"Monday 2:30\".")
    private List<String> phrase;

    public DateCommand(final Clock clock) {
        super(clock);
    }

    @Override
    String answer() {
        final ZoneId memberZone = ZoneNames.find(zone).map(ZoneNames.Zone::id)
                .orElseThrow(() -> new BadArgument("--zone '" + zone + "' is not a time zone (use e.g. America/New_York)"));
        final Instant moment = moment("--now", now, memberZone, clock.instant());
        final String text = String.join(" ", phrase);
        final LooseDateParser parser = new LooseDateParser();
        final DateAnswer<?> answer = switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "interview" -> parser.parseInterviewTime(text, moment, memberZone, country);
            case "decision" -> parser.parseDecisionDate(text, moment("--after", after, memberZone, moment), memberZone,
                    country);
            default -> throw new BadArgument("--as must be interview or decision, not '" + kind + "'");
        };
        return json ? json(answer) : human(answer);
    }

    private static Instant moment(final String option, final String text, final ZoneId zone, final Instant otherwise) {
        if (text == null) {
            return otherwise;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
        } catch (final DateTimeParseException notIso) {
            throw new BadArgument(option + " '" + text + "' is not a local date and time (use e.g. 2026-03-10T15:00)");
        }
    }

    private static String json(final DateAnswer<?> answer) {
        final ObjectNode line = JSON.createObjectNode();
        if (answer instanceof DateAnswer.Parsed<?> parsed) {
            line.put("status", "date").put("at", at(parsed.value()));
        } else if (answer instanceof DateAnswer.NoDate<?>) {
            line.put("status", "none");
        } else if (answer instanceof DateAnswer.Ask<?> ask) {
            line.put("status", "ask").put("message", ask.question());
        } else {
            line.put("status", "ask").put("message", ((DateAnswer.Invalid<?>) answer).message());
        }
        return line.toString();
    }

    private static String human(final DateAnswer<?> answer) {
        if (answer instanceof DateAnswer.Parsed<?> parsed) {
            return at(parsed.value()) + "  " + parsed.inWords();
        }
        if (answer instanceof DateAnswer.NoDate<?>) {
            return "no date (the member says they weren't given one)";
        }
        if (answer instanceof DateAnswer.Ask<?> ask) {
            return "ask: " + ask.question() + (ask.choices().isEmpty() ? "" : " [" + String.join(" | ",
                    ask.choices().stream().map(DateAnswer.Choice::label).toList()) + "]");
        }
        return "ask: " + ((DateAnswer.Invalid<?>) answer).message();
    }

    private static String at(final Object value) {
        return value instanceof ZonedDateTime time ? LOCAL_TIME.format(time.toLocalDateTime()) : ((LocalDate) value).toString();
    }}
