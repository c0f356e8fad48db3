package io.followupbot.conversation;

import io.followupbot.chat.Outbound;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Interview;
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
final class Views {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_TIME =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private Views() {
    }

    static String when(final ZonedDateTime at) {
        return at.format(WHEN);
    }

    static String day(final java.time.LocalDate date) {
        return date.format(DAY);
    }

    static String dayAndTime(final Instant at, final ZoneId zone) {
        return at.atZone(zone).format(DAY_AND_TIME);
    }

    static List<Outbound.Field> planFields(final Plan plan) {
        final List<Outbound.Field> fields = new ArrayList<>();
        for (final PlannedStep done : plan.done()) {
            fields.add(new Outbound.Field("done " + when(done.at()), done.describe()));
        }
        for (final PlannedStep next : plan.steps()) {
            fields.add(new Outbound.Field(when(next.at()), next.describe()));
        }
        if (fields.isEmpty()) {
            fields.add(new Outbound.Field("plan", "nothing more to do"));
        }
        return fields;
    }

    static String title(final Tracked tracked) {
        final Interview interview = tracked.stored().interview();
        return "#" + tracked.number() + " " + interview.company() + " - " + interview.role();
    }

    static List<Outbound.Field> interviewFields(final Interview interview, final MemberSettings settings) {
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

    static String interviewers(final List<Interviewer> people) {
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

    static String pipelineLine(final Tracked tracked) {
        final String next = tracked.plan().next()
                .map(step -> "next: " + step.describe() + ", " + when(step.at()))
                .orElse("nothing planned");
        return tracked.stored().stage().label() + " - " + next;
    }
}
