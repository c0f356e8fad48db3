package io.followupbot.policy;

import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.StepKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the member reported about the plan's steps: which went out when ({@code Sent}) and which they
 * want later ({@code Snoozed}) and which they will not send ({@code Declined}).
 *
 * <p>A report names a step by kind and interviewer; its sequence is its order: the second
 * {@code Sent(CHECK_IN)} or {@code Declined(CHECK_IN)} is check-in #2, whichever the first was (a check-in
 * skipped and the next one sent are #1 and #2). A report that names no interviewer for a per-person step
 * (thank-you, LinkedIn) counts for the first interviewer with the fewest such reports so far. A snooze
 * applies to the step of its kind that was next due when the member snoozed it. Reports matching no
 * step are ignored.
 */
final class MemberReports {

    private static final List<StepKind> PER_PERSON = List.of(StepKind.THANK_YOU, StepKind.LINKEDIN);

    private record Key(StepKind kind, String to) {
    }

    private final Map<Key, Map<Integer, Instant>> sent = new HashMap<>();
    private final Map<Key, Map<Integer, Instant>> snoozed = new HashMap<>();
    private final Map<Key, Map<Integer, Instant>> declined = new HashMap<>();
    private final List<String> recipients;
    /** The moment of every report that settled a step (sent or skipped), by kind. */
    private final Map<StepKind, List<Instant>> settledMoments = new HashMap<>();

    private MemberReports(final List<String> recipients) {
        this.recipients = List.copyOf(recipients);
    }

    /**
     * @param eventsInOrder the interview's events, oldest first
     * @param recipients the interviewers' names, in the order the member gave them
     */
    static MemberReports of(final List<InterviewEvent> eventsInOrder, final List<String> recipients) {
        final MemberReports reports = new MemberReports(recipients);
        for (final InterviewEvent event : eventsInOrder) {
            if (event instanceof InterviewEvent.Sent sentEvent) {
                final Key key = reports.keyOf(sentEvent.kind(), sentEvent.to(), sentEvent.sequence());
                reports.sent.computeIfAbsent(key, ignored -> new HashMap<>()).put(reports.sequenceOf(key,
                        sentEvent.sequence()), sentEvent.at());
                reports.settledMoments.computeIfAbsent(sentEvent.kind(), ignored -> new ArrayList<>()).add(sentEvent.at());
            } else if (event instanceof InterviewEvent.Declined skip) {
                final Key key = reports.keyOf(skip.kind(), skip.to(), skip.sequence());
                reports.declined.computeIfAbsent(key, ignored -> new HashMap<>()).put(reports.sequenceOf(key,
                        skip.sequence()), skip.at());
                reports.settledMoments.computeIfAbsent(skip.kind(), ignored -> new ArrayList<>()).add(skip.at());
            } else if (event instanceof InterviewEvent.Snoozed snooze) {
                final Key key = reports.keyOf(snooze.kind(), snooze.to());
                reports.snoozed.computeIfAbsent(key, ignored -> new HashMap<>()).put(reports.nextDue(key),
                        snooze.until());
            }
        }
        return reports;
    }

    /** How many steps of this kind, to anyone, were reported sent or skipped before {@code moment}. */
    int settledBefore(final StepKind kind, final Instant moment) {
        return (int) settledMoments.getOrDefault(kind, List.of()).stream().filter(at -> at.isBefore(moment)).count();
    }

    Optional<Instant> sentAt(final StepKind kind, final Optional<String> to, final int sequence) {
        return Optional.ofNullable(sent.getOrDefault(new Key(kind, canonical(to)), Map.of()).get(sequence));
    }

    Optional<Instant> snoozedUntil(final StepKind kind, final Optional<String> to, final int sequence) {
        return Optional.ofNullable(snoozed.getOrDefault(new Key(kind, canonical(to)), Map.of()).get(sequence));
    }

    /** When the member said they would not send this step, if they did. */
    Optional<Instant> declinedAt(final StepKind kind, final Optional<String> to, final int sequence) {
        return Optional.ofNullable(declined.getOrDefault(new Key(kind, canonical(to)), Map.of()).get(sequence));
    }

    private Key keyOf(final StepKind kind, final Optional<String> to) {
        return keyOf(kind, to, 0);
    }

    /** A report naming its step ({@code sequence} > 0) and nobody is the nameless step's, not whoever is behind. */
    private Key keyOf(final StepKind kind, final Optional<String> to, final int sequence) {
        if (to.isPresent() || sequence > 0 || !PER_PERSON.contains(kind) || recipients.isEmpty()) {
            return new Key(kind, canonical(to));
        }
        String fewest = recipients.get(0);
        for (final String recipient : recipients) {
            if (count(kind, recipient) < count(kind, fewest)) {
                fewest = recipient;
            }
        }
        return new Key(kind, fewest);
    }

    /** The sequence of the step of this kind and person that is neither sent nor skipped yet: the first such. */
    private int nextDue(final Key key) {
        int sequence = 1;
        while (sent.getOrDefault(key, Map.of()).containsKey(sequence)
                || declined.getOrDefault(key, Map.of()).containsKey(sequence)) {
            sequence++;
        }
        return sequence;
    }

    /** The step a report settles: the one it names, or the first not settled yet. */
    private int sequenceOf(final Key key, final int named) {
        return named > 0 ? named : nextDue(key);
    }

    /** How many steps of this kind and person were reported sent or skipped: they take sequences 1, 2, … in turn. */
    private int settled(final Key key) {
        return sent.getOrDefault(key, Map.of()).size() + declined.getOrDefault(key, Map.of()).size();
    }

    private int count(final StepKind kind, final String recipient) {
        return settled(new Key(kind, recipient));
    }

    /** The interviewer's name as the member first gave it, whatever the case and spacing of this report. */
    private String canonical(final Optional<String> to) {
        final String name = to.map(String::strip).orElse("");
        for (final String recipient : recipients) {
            if (recipient.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return recipient;
            }
        }
        return name;
    }
}
