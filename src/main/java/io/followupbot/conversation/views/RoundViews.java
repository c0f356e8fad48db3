package io.followupbot.conversation.views;

import io.followupbot.chat.MemberText;
import io.followupbot.chat.Outbound;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Interview;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.ListInWords;
import io.followupbot.interview.PlannedStep;
import io.followupbot.policy.Plan;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * How an application of several rounds reads: "(2 rounds)" after its title, one line per round in {@code show}, and
 * the round of each step that follows one round ("thank-you to Rita Gomez (round 1)"). An application of one round
 * reads as an interview always has.
 */
public final class RoundViews {

    private RoundViews() {
    }

    /** " (2 rounds)" for an application of several rounds; nothing for one. */
    public static String count(final Tracked tracked) {
        final int rounds = tracked.stored().roundCount();
        return rounds > 1 ? " (" + rounds + " rounds)" : "";
    }

    /** Whether the application has several rounds, or its plan follows a round after the first. */
    public static boolean several(final Tracked tracked) {
        return tracked.stored().roundCount() > 1 || several(tracked.plan());
    }

    /** Whether a plan follows a round after the first: then it belongs to an application of several rounds. */
    public static boolean several(final Plan plan) {
        return Stream.of(plan.steps().stream(), plan.done().stream(),
                plan.waiting().stream().map(Plan.Waiting::step), plan.skipped().stream().map(Plan.Skipped::step))
                .flatMap(steps -> steps).anyMatch(step -> step.round() > 1);
    }

    /** A step in a sentence with its round when there are several: "thank-you to Dana (round 2)". */
    public static String describe(final PlannedStep step, final boolean several) {
        return Views.describe(step) + step.roundSuffix(several);
    }

    /** A step left out and why: "thank-you to Rita Gomez (round 1; 7 days after the interview, ...)". */
    static String skipped(final Plan.Skipped skipped, final boolean several) {
        if (!several || !skipped.step().followsOneRound()) {
            return skipped.inWords();
        }
        return skipped.step().describe() + " (round " + skipped.step().round() + "; " + skipped.why() + ")";
    }

    /** One field per round of an application of several rounds: "Round 1: Tue 17 Nov, 10:00, phone, with ..."; none for one. */
    public static List<Outbound.Field> roundFields(final Tracked tracked, final ZoneId zone) {
        final List<Interview> rounds = tracked.stored().interviews();
        final List<Outbound.Field> fields = new ArrayList<>();
        if (rounds.size() < 2) {
            return fields;
        }
        for (int index = 0; index < rounds.size(); index++) {
            fields.add(new Outbound.Field("Round " + (index + 1), line(rounds.get(index), zone)));
        }
        return fields;
    }

    /** A round in one line: "Tue 17 Nov, 10:00, phone, with Rita Gomez (Recruiter)". */
    public static String line(final Interview round, final ZoneId zone) {
        final StringBuilder text = new StringBuilder(Views.when(round.startsAt().atZone(zone)));
        text.append(", ").append(round.format().label());
        final List<String> people = round.interviewers().stream().map(RoundViews::person).toList();
        if (!people.isEmpty()) {
            text.append(", with ").append(ListInWords.and(people));
        }
        return text.toString();
    }

    private static String person(final Interviewer person) {
        final String name = MemberText.quote(person.name().strip());
        return person.title().isBlank() ? name : name + " (" + MemberText.quote(person.title().strip()) + ")";
    }
}
