package io.followupbot.community;

import io.followupbot.store.stats.StatsStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the facts of a community's consenting members and turns them into its monthly figures. */
final class CommunityStats {

    private static final Pattern STEP = Pattern.compile("\"step\"\\s*:\\s*\"([a-z_]+)\"");

    private final StatsStore store;

    CommunityStats(final StatsStore store) {
        this.store = store;
    }

    List<OutcomeStats.Month> months(final CommunityKey community) {
        return OutcomeStats.of(facts(store.facts(community.platform(), community.id())));
    }

    static List<OutcomeFacts> facts(final StatsStore.Facts rows) {
        final Map<String, List<StatsStore.EventFact>> events = new HashMap<>();
        rows.events().forEach(event -> events.computeIfAbsent(event.interviewId(), id -> new ArrayList<>()).add(event));
        final Map<String, List<Instant>> nudges = new HashMap<>();
        rows.nudges().forEach(nudge -> nudges.computeIfAbsent(nudge.interviewId(), id -> new ArrayList<>())
                .add(Instant.ofEpochMilli(nudge.dueAt())));
        final List<OutcomeFacts> facts = new ArrayList<>();
        for (final StatsStore.InterviewFact interview : rows.interviews()) {
            final List<Instant> thankYous = new ArrayList<>();
            final List<Instant> checkIns = new ArrayList<>();
            final List<Instant> replies = new ArrayList<>();
            int offers = 0;
            Optional<Instant> answer = Optional.empty();
            for (final StatsStore.EventFact event : events.getOrDefault(interview.interviewId(), List.of())) {
                final Instant at = Instant.ofEpochMilli(event.occurredAt());
                switch (event.kind()) {
                    case "sent" -> step(event.payload()).ifPresent(step -> {
                        if (step.equals("thank_you")) {
                            thankYous.add(at);
                        } else if (step.equals("check_in")) {
                            checkIns.add(at);
                        }
                    });
                    case "still_deciding" -> replies.add(at);
                    case "rejected", "offer" -> {
                        replies.add(at);
                        offers += event.kind().equals("offer") ? 1 : 0;
                        answer = answer.filter(first -> first.isBefore(at)).or(() -> Optional.of(at));
                    }
                    default -> { }
                }
            }
            final Instant start = Instant.ofEpochMilli(interview.startsAt());
            facts.add(new OutcomeFacts(interview.memberId(), start, start.plus(Duration.ofMinutes(interview.lengthMinutes())),
                    thankYous, checkIns, nudges.getOrDefault(interview.interviewId(), List.of()), replies, offers, answer));
        }
        return facts;
    }

    private static Optional<String> step(final String payload) {
        final Matcher matcher = STEP.matcher(payload == null ? "" : payload);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
