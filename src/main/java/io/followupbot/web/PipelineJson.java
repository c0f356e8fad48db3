package io.followupbot.web;

import io.followupbot.followup.Tracked;
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
            final List<Map<String, Object>> steps = new ArrayList<>();
            for (final PlannedStep done : tracked.plan().done()) {
                steps.add(step(done, "done"));
            }
            for (final PlannedStep next : tracked.plan().steps()) {
                steps.add(step(next, next.at().toInstant().isAfter(now) ? "upcoming" : "due"));
            }
            card.put("steps", steps);
            interviews.add(card);
        }
        final Map<String, Object> json = new LinkedHashMap<>(Map.of("now", now.toString(), "interviews", interviews,
                "zone", zone));
        pausedUntil.ifPresent(until -> json.put("pausedUntil", until.toString()));
        return json;
    }

    private static Map<String, Object> step(final PlannedStep step, final String status) {
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", step.kind().key());
        json.put("label", step.describe());
        json.put("at", step.at().toOffsetDateTime().toString());
        json.put("status", status);
        return json;
    }
}
