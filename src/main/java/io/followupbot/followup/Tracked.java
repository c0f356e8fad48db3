package io.followupbot.followup;

import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.StoredInterview;
import io.followupbot.policy.Plan;
import java.util.List;

/** An interview with everything that happened to it and the plan that follows from both. */
public record Tracked(StoredInterview stored, List<InterviewEvent> events, Plan plan) {

    public Tracked {
        events = List.copyOf(events);
    }

    public int number() {
        return stored.number();
    }
}
