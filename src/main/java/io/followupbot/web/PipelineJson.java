package io.followupbot.web;

import io.followupbot.conversation.views.RoundViews;
import io.followupbot.followup.Tracked;
import io.followupbot.interview.Interview;
import io.followupbot.interview.PlannedStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The member's interviews as the page's pipeline view reads them: a card each, with its steps done and to come. */
final class PipelineJson {

    private PipelineJson() {
    }

    static Map<String, Object> of(final List<Tracked> pipeline, final Instant now, final String zone) {
        return of(pipeline, now, zone, Optional.empty());
    }

    /** @param pausedUntil when the member's pause of their reminders ends, while it lasts (the page says so) */
    static Map<String, Object> of(final List<Tracked> pipeline, final Instant now, final String zone,
                                  final Optional<Instant> pausedUntil) {
        final List<Map<String, Object>> interviews = new ArrayList<>();
        for (final Tracked tracked : pipeline) {
            final Map<String, Object> card = new LinkedHashMap<>();
            card.put("number", tracked.number());
            card.put("company", tracked.stored().interview().company());
            card.put("role", tracked.stored().interview().role());
            card.put("stage", tracked.stored().stage().label());
            card.put("interviewAt", tracked.stored().interview().startsAt().toString());
            if (tracked.stored().awaitingInterview()) {
                // an application with no interview yet: its one "round" is the application, sent then
                card.put("appliedAt", tracked.stored().interview().startsAt().toString());
                card.put("rounds", List.of());
            } else {
                card.put("rounds", rounds(tracked));
            }
            final boolean several = RoundViews.several(tracked);
            final List<Map<String, Object>> steps = new ArrayList<>();
            for (final PlannedStep done : tracked.plan().done()) {
                steps.add(step(done, "done", several));
            }
            for (final PlannedStep next : tracked.plan().steps()) {
                steps.add(step(next, next.at().toInstant().isAfter(now) ? "upcoming" : "due", several));
            }
            card.put("steps", steps);
            interviews.add(card);
        }
        final Map<String, Object> json = new LinkedHashMap<>(Map.of("now", now.toString(), "interviews", interviews,
                "zone", zone));
        pausedUntil.ifPresent(until -> json.put("pausedUntil", until.toString()));
        return json;
    }

    /** The application's rounds, oldest first: when, the format, who was there. */
    private static List<Map<String, Object>> rounds(final Tracked tracked) {
        final List<Map<String, Object>> rounds = new ArrayList<>();
        final List<Interview> interviews = tracked.stored().interviews();
        for (int index = 0; index < interviews.size(); index++) {
            final Interview round = interviews.get(index);
            final Map<String, Object> json = new LinkedHashMap<>();
            json.put("round", index + 1);
            json.put("at", round.startsAt().toString());
            json.put("format", round.format().label());
            json.put("interviewers", round.interviewers().stream().map(person -> person.name().strip()).toList());
            rounds.add(json);
        }
        return rounds;
    }

    private static Map<String, Object> step(final PlannedStep step, final String status, final boolean several) {
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", step.kind().key());
        json.put("label", step.describe(several));
        json.put("round", step.round());
        json.put("at", step.at().toOffsetDateTime().toString());
        json.put("status", status);
        return json;
    }
}
