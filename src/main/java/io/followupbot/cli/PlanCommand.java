package io.followupbot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.followupbot.interview.Cadence;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.MemberSettings;
import io.followupbot.interview.PlannedStep;
import io.followupbot.dates.DateAnswer;
import io.followupbot.policy.BusinessCalendars;
import io.followupbot.policy.Reading;
import io.followupbot.policy.SettingValues;
import io.followupbot.policy.FollowUpPolicy;
import io.followupbot.dates.LooseDateParser;
import io.followupbot.policy.Plan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code plan}: prints the follow-up plan of one interview without any chat platform, for a member
 * trying the bot's timing or a maintainer checking a rule.
 *
 * <p>The interview counts as recorded the moment it began (so it gets no prep step) unless it is still
 * ahead of the clock. Every bad argument exits with 2 and one line on stderr: options are read as text
 * and checked here, and {@link #commandLine(Clock)} adds a handler that keeps picocli's own parse
 * errors (an unknown or incomplete option) to one line as well.
 */
@Command(name = "plan",
        description = "Print the follow-up plan of one interview: thank-yous, LinkedIn, check-ins, move on.")
public final class PlanCommand extends OneLineCommand {

    private static final DateTimeFormatter JSON_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private static final DateTimeFormatter HUMAN_TIME = DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm", Locale.ENGLISH);

    @Option(names = "--interview-at", paramLabel = "WHEN",
            description = "When the interview began, local to --zone: 2026-03-10T14:00 (or \"yesterday at 10\").")
    private String interviewAt;

    @Option(names = "--zone", paramLabel = "ZONE", description = "The member's time zone, e.g. America/New_York.")
    private String zone;

    @Option(names = "--decision", paramLabel = "TEXT", description = "When they said they would decide: \"by Friday\", \"3/14\"...")
    private String decision;

    @Option(names = "--cadence", paramLabel = "CADENCE", defaultValue = "standard",
            description = "gentle, standard (default) or persistent.")
    private String cadence;

    @Option(names = "--country", paramLabel = "CODE", defaultValue = "US",
            description = "Country or region (ISO 3166: US, GB-SCT, DE-BY) whose public holidays are not business days"
                    + " (default US).")
    private String country;

    @Option(names = "--interviewers", paramLabel = "NAMES", description = "Comma-separated names: \"Ana Ruiz, Ben Ode\".")
    private String interviewers;

    @Option(names = "--nudge-hour", paramLabel = "TIME", defaultValue = "09:00",
            description = "Time of day for nudges: 9, 9:30, 09:00 or 9am, as the chat takes it (default 09:00).")
    private String nudgeHour;

    @Option(names = "--now", paramLabel = "WHEN",
            description = "The moment to plan at, local to --zone: 2026-03-10T15:00 or \"yesterday at 10\" (default: the clock).")
    private String now;

    @Option(names = "--earlier-round", paramLabel = "WHEN[|NAMES]",
            description = "A round before this interview, local to --zone, with its interviewers after a bar: "
                    + "\"2026-03-03T10:00|Rita Gomez\". Repeat it for each earlier round.")
    private List<String> earlierRounds = new ArrayList<>();

    @Option(names = "--json", description = "Print {\"steps\":[{\"kind\",\"at\",\"to\"}...]} instead of text.")
    private boolean json;

    @Unmatched
    private List<String> unmatched = new ArrayList<>();

    public PlanCommand(final Clock clock) {
        super(clock);
    }

    /** A command line for this command whose parse errors are one line on stderr and exit code 2. */
    public static CommandLine commandLine(final Clock clock) {
        return new CommandLine(new PlanCommand(clock)).setParameterExceptionHandler(OneLineCommand::oneLineError);
    }

    @Override
    String answer() {
        final Request request = readArguments();
        final Plan planned = new FollowUpPolicy(BusinessCalendars.withoutClosures()).plan(request.rounds(),
                request.settings(), List.of(), request.now());
        // a preview assumes each step goes out when due: the steps that wait for another one are shown in their place
        final Plan plan = new Plan(planned.stage(), java.util.stream.Stream.concat(planned.steps().stream(),
                planned.waiting().stream().map(Plan.Waiting::step))
                .sorted(java.util.Comparator.comparing(step -> step.at().toInstant())).toList(), planned.done(),
                List.of(), planned.skipped());
        return json ? json(plan) : human(request, plan);
    }

    /** @param rounds the application's rounds, oldest first; the last is the interview the options describe */
    private record Request(List<Interview> rounds, MemberSettings settings, Optional<String> decisionInWords, Instant now) {

        Interview interview() {
            return rounds.get(rounds.size() - 1);
        }
    }

    private Request readArguments() {
        if (!unmatched.isEmpty()) {
            throw new BadArgument("unknown argument '" + unmatched.get(0) + "' (see plan --help)");
        }
        final ZoneId memberZone = zone();
        final Instant moment = now == null ? clock.instant() : instant("--now", now, memberZone, clock.instant());
        if (interviewAt == null) {
            throw new BadArgument("--interview-at is required, e.g. --interview-at 2026-03-10T14:00");
        }
        final Instant start = instant("--interview-at", interviewAt, memberZone, moment);
        final Cadence chosenCadence = read("--cadence", SettingValues.cadence(cadence));
        final String place = read("--country", SettingValues.place(country));
        final LocalTime hour = read("--nudge-hour", SettingValues.timeOfDay(nudgeHour));
        Optional<LocalDate> decisionDate = Optional.empty();
        Optional<String> decisionInWords = Optional.empty();
        if (decision != null) {
            final DateAnswer<LocalDate> answer = new LooseDateParser().parseDecisionDate(decision, start, memberZone, country);
            if (answer instanceof DateAnswer.Invalid<LocalDate> invalid) {
                throw new BadArgument("--decision: " + invalid.message());
            }
            if (answer instanceof DateAnswer.Ask<LocalDate> ask) {
                throw new BadArgument("--decision: " + ask.question());
            }
            if (answer instanceof DateAnswer.Parsed<LocalDate> parsed) {
                decisionDate = Optional.of(parsed.value());
                decisionInWords = Optional.of(parsed.inWords());
            }
        }
        final List<Interview> rounds = new ArrayList<>();
        for (final String earlier : earlierRounds) {
            final int bar = earlier.indexOf('|');
            final Instant at = instant("--earlier-round", bar < 0 ? earlier : earlier.substring(0, bar), memberZone, moment);
            if (!at.isBefore(start)) {
                throw new BadArgument("--earlier-round '" + earlier + "' is not before --interview-at");
            }
            rounds.add(round(at, bar < 0 ? null : earlier.substring(bar + 1), Optional.empty(), moment));
        }
        rounds.sort(java.util.Comparator.comparing(Interview::startsAt));
        rounds.add(round(start, interviewers, decisionDate, moment));
        final MemberSettings settings = MemberSettings.defaults(memberZone, place)
                .withCadence(chosenCadence).withNudgeHour(hour);
        return new Request(rounds, settings, decisionInWords, moment);
    }

    private static Interview round(final Instant start, final String names, final Optional<LocalDate> decisionDate,
                                   final Instant moment) {
        final List<Interviewer> people = names == null ? List.of() : Arrays.stream(names.split(","))
                .map(String::strip).filter(name -> !name.isEmpty()).map(Interviewer::named).toList();
        final Instant recordedAt = start.isAfter(moment) ? moment : start;
        return new Interview("", "", start, Interview.DEFAULT_LENGTH, InterviewFormat.VIDEO, people,
                decisionDate, ContactChannel.EMAIL, recordedAt, "");
    }

    private ZoneId zone() {
        if (zone == null) {
            throw new BadArgument("--zone is required, e.g. --zone America/New_York");
        }
        return read("--zone", SettingValues.zone(zone));
    }

    /** A moment local to the member's zone: 2026-03-10T14:00, or a phrase the chat reads ("yesterday at 10"). */
    private Instant instant(final String option, final String text, final ZoneId memberZone, final Instant from) {
        try {
            return LocalDateTime.parse(text.strip()).atZone(memberZone).toInstant();
        } catch (final DateTimeParseException notIso) {
            final DateAnswer<ZonedDateTime> answer = new LooseDateParser().parseInterviewTime(text, from, memberZone, country);
            if (answer instanceof DateAnswer.Parsed<ZonedDateTime> parsed) {
                return parsed.value().toInstant();
            }
            throw new BadArgument(option + " '" + text + "' is not a date and time (use e.g. 2026-03-10T14:00)");
        }
    }

    /** A value read as the chat reads it, refused in the same words. */
    private static <T> T read(final String option, final Reading<T> reading) {
        return reading.value().orElseThrow(() -> new BadArgument(option + " " + reading.refusal()));
    }

    private static String json(final Plan plan) {
        final ObjectMapper mapper = new ObjectMapper();
        final ObjectNode root = mapper.createObjectNode();
        final ArrayNode steps = root.putArray("steps");
        for (final PlannedStep step : plan.steps()) {
            final ObjectNode node = steps.addObject();
            node.put("kind", step.kind().key());
            node.put("at", JSON_TIME.format(step.at()));
            step.to().ifPresent(name -> node.put("to", name));
            if (several(plan)) {
                node.put("round", step.round());
            }
        }
        final ArrayNode leftOut = root.putArray("left_out");
        for (final Plan.Skipped skipped : plan.skipped()) {
            final ObjectNode node = leftOut.addObject().put("kind", skipped.step().kind().key());
            skipped.step().to().ifPresent(name -> node.put("to", name));
            node.put("why", skipped.why());
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (final JsonProcessingException impossible) {
            throw new IllegalStateException("a tree of strings always serialises", impossible);
        }
    }

    private static boolean several(final Plan plan) {
        return plan.steps().stream().anyMatch(step -> step.round() > 1);
    }

    private static String human(final Request request, final Plan plan) {
        final Interview interview = request.interview();
        final MemberSettings settings = request.settings();
        final ZonedDateTime start = interview.startsAt().atZone(settings.zone());
        final StringBuilder text = new StringBuilder()
                .append("Interview ").append(LooseDateParser.inWords(start.toLocalDate())).append(" at ")
                .append(start.toLocalTime()).append(" (").append(settings.zone()).append("), ")
                .append(request.decisionInWords().map(day -> "decision by " + day).orElse("no decision date"))
                .append(", ").append(settings.cadence().key()).append(" cadence, ")
                .append(settings.country()).append(" business days")
                .append(System.lineSeparator());
        final boolean several = request.rounds().size() > 1;
        final int width = plan.steps().stream().mapToInt(step -> step.name().length()).max().orElse(0) + 2;
        for (final PlannedStep step : plan.steps()) {
            text.append("  ").append(HUMAN_TIME.format(step.at())).append("  ")
                    .append(String.format(Locale.ROOT, "%-" + width + "s", step.name()))
                    .append(step.to().orElse("")).append(step.roundSuffix(several));
            text.append(System.lineSeparator());
        }
        plan.skipped().stream().map(Plan.Skipped::inWords).distinct()
                .forEach(skipped -> text.append("  left out: ").append(skipped).append(System.lineSeparator()));
        return text.toString().stripTrailing().replaceAll("[ ]+(\\R)", "$1");
    }
}
