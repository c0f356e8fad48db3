package io.followupbot.followup;

import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.StoredInterview;
import io.followupbot.policy.Plan;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An interview with everything that happened to it and the plan that follows from both. */
public record Tracked(StoredInterview stored, List<InterviewEvent> events, Plan plan) {

    public Tracked {
        events = List.copyOf(events);
    }

    public int number() {
        return stored.number();
    }

    /** The day a decision is due now: the employer's latest new date, else the one given at the interview. */
    public Optional<LocalDate> decisionDate() {
        return events.stream().filter(InterviewEvent.StillDeciding.class::isInstance)
                .map(InterviewEvent.StillDeciding.class::cast).map(InterviewEvent.StillDeciding::newDate)
                .flatMap(Optional::stream).reduce((first, second) -> second)
                .or(() -> stored.interview().decisionDate());
    }
}
