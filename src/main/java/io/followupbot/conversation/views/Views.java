package io.followupbot.conversation.views;

import io.followupbot.chat.MemberText;
import io.followupbot.chat.Outbound;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.MemberSettings;
import io.followupbot.interview.PlannedStep;
import io.followupbot.policy.Plan;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How interviews, plans and pipelines read in a chat message. */
public final class Views {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_TIME =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    /** A step due within this of now reads "now". */
    private static final java.time.Duration DUE_NOW = java.time.Duration.ofMinutes(2);

    private Views() {
    }

    public static String when(final ZonedDateTime at) {
        return at.format(WHEN);
    }

    static String day(final java.time.LocalDate date) {
        return date.format(DAY);
    }

    public static String dayAndTime(final Instant at, final ZoneId zone) {
        return at.atZone(zone).format(DAY_AND_TIME);
    }

    /** A moment of the plan as of {@code now}: "now" for a step already due, never a time already past. */
    public static String when(final ZonedDateTime at, final Instant now) {
        return at.toInstant().isAfter(now.plus(DUE_NOW)) ? when(at) : "now";
    }

    /**
     * The plan as of {@code now}: what was done, what comes (due steps say "now"), what waits for something the
     * member has not reported ("after the thank-you to Ana"), and, in one line, what was left out and why.
     */
    public static List<Outbound.Field> planFields(final Plan plan, final Instant now) {
        final boolean several = RoundViews.several(plan);
        final List<Outbound.Field> fields = new ArrayList<>();
        for (final PlannedStep done : plan.done()) {
            fields.add(new Outbound.Field("done " + when(done.at()), done.describe(several)));
        }
        for (final PlannedStep next : plan.steps()) {
            fields.add(new Outbound.Field(when(next.at(), now), next.describe(several)));
        }
        for (final Plan.Waiting waiting : plan.waiting()) {
            fields.add(new Outbound.Field("after the " + waiting.after().describe(), waiting.step().describe(several)));
        }
        if (!plan.skipped().isEmpty()) {
            fields.add(new Outbound.Field("skipped", plan.skipped().stream()
                    .map(skipped -> RoundViews.skipped(skipped, several))
                    .distinct().collect(Collectors.joining("; "))));
        }
        if (fields.isEmpty()) {
            fields.add(new Outbound.Field("plan", "nothing more to do"));
        }
        return fields;
    }

    /** A step in a sentence, the member's name for its recipient shown as typed: "thank-you to Dana". */
    public static String describe(final PlannedStep step) {
        return step.name() + step.to().map(name -> " to " + MemberText.quote(name)).orElse("");
    }

    public static String title(final Tracked tracked) {
        final Interview interview = tracked.stored().interview();
        return "#" + tracked.number() + " " + MemberText.quote(interview.company()) + " - "
                + MemberText.quote(interview.role()) + RoundViews.count(tracked);
    }

    public static List<Outbound.Field> interviewFields(final Interview interview, final MemberSettings settings) {
        final List<Outbound.Field> fields = new ArrayList<>();
        fields.add(new Outbound.Field("Company", interview.company()));
        fields.add(new Outbound.Field("Role", interview.role()));
        fields.add(new Outbound.Field("When", dayAndTime(interview.startsAt(), settings.zone())));
        fields.add(new Outbound.Field("Format", interview.format().label()));
        fields.add(new Outbound.Field("Interviewers", interviewers(interview.interviewers())));
        fields.add(new Outbound.Field("Decision", interview.decisionDate()
                .map(date -> "by " + day(date)).orElse("they didn't say")));
        if (!interview.pastResult().isBlank()) {
            fields.add(new Outbound.Field("Past result", interview.pastResult()));
        }
        if (!interview.addition().isBlank()) {
            fields.add(new Outbound.Field("To add", interview.addition()));
        }
        fields.add(new Outbound.Field("Contact by", interview.channel().label()));
        return fields;
    }

    public static String interviewers(final List<Interviewer> people) {
        if (people.isEmpty()) {
            return "not given";
        }
        return people.stream().map(person -> {
            final StringBuilder text = new StringBuilder(person.name());
            if (!person.title().isBlank()) {
                text.append(" (").append(person.title()).append(')');
            }
            if (!person.email().isBlank()) {
                text.append(" <").append(person.email()).append('>');
            }
            if (!person.detail().isBlank()) {
                text.append(": ").append(person.detail());
            }
            return text.toString();
        }).collect(Collectors.joining("; "));
    }

    /** The member's interviews, one line each, and the button to add one (the {@code list} command, the App Home). */
    public static Outbound pipeline(final List<Tracked> pipeline, final Instant now) {
        final List<io.followupbot.chat.Button> add = List.of(io.followupbot.chat.Button.primary("Add an interview", "new"));
        if (pipeline.isEmpty()) {
            return Outbound.text("No interviews yet. Type /followup to tell me about one.").withButtons(add);
        }
        final List<Outbound.Field> fields = new ArrayList<>();
        for (final Tracked tracked : pipeline) {
            fields.add(new Outbound.Field(title(tracked), pipelineLine(tracked, now)));
        }
        return new Outbound("Your interviews:", fields, java.util.Optional.empty(), add, List.of());
    }

    public static String pipelineLine(final Tracked tracked, final Instant now) {
        final String next = tracked.plan().next()
                .map(step -> "next: " + step.describe(RoundViews.several(tracked)) + ", " + when(step.at(), now))
                .orElse("nothing planned");
        return tracked.plan().stage().label() + " - " + next;
    }

    /** The interview as it stands now: a new date from the employer's latest update replaces the first one. */
    public static List<Outbound.Field> interviewFields(final Tracked tracked, final MemberSettings settings) {
        if (tracked.stored().awaitingInterview()) {
            final Interview application = tracked.stored().interview();
            return List.of(new Outbound.Field("Company", application.company()), new Outbound.Field("Role",
                    application.role()), new Outbound.Field("Applied", day(application.startsAt().atZone(settings.zone())
                    .toLocalDate()) + " (no interview yet)"));
        }
        final List<Outbound.Field> fields = new ArrayList<>(interviewFields(tracked.stored().interview(), settings));
        fields.addAll(2, RoundViews.roundFields(tracked, settings.zone()));
        final java.util.Optional<java.time.LocalDate> newDate = tracked.events().stream()
                .filter(InterviewEvent.StillDeciding.class::isInstance).map(InterviewEvent.StillDeciding.class::cast)
                .map(InterviewEvent.StillDeciding::newDate).flatMap(java.util.Optional::stream)
                .reduce((first, second) -> second);
        if (newDate.isPresent()) {
            fields.replaceAll(field -> field.label().equals("Decision")
                    ? new Outbound.Field("Decision", "by " + day(newDate.get()) + " (their latest update)") : field);
        }
        return fields;
    }
}
