package io.followupbot.interview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An application as kept in the store: a company and role the member is interviewing for, with its rounds (each an
 * {@link Interview}: when, with whom, what stood out) in the order they happen, and where it stands.
 *
 * @param id the internal id of the application (never shown to members); one of its rounds has it too, the round it
 *           was entered with
 * @param number the short id the member types, unique per member: 1, 2, 3...
 * @param rounds the rounds, oldest first; at least one
 */
public record StoredInterview(String id, String memberId, int number, List<Round> rounds, Stage stage) {

    /**
     * One round of an application.
     *
     * @param id the round's own internal id (the application's for the round it was entered with)
     */
    public record Round(String id, Interview interview) {

        public Round {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(interview, "interview");
        }
    }

    public StoredInterview {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(memberId, "memberId");
        rounds = List.copyOf(rounds);
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("an application has at least one round");
        }
        Objects.requireNonNull(stage, "stage");
    }

    /** An application of one round. */
    public StoredInterview(final String id, final String memberId, final int number, final Interview interview,
            final Stage stage) {
        this(id, memberId, number, List.of(new Round(id, interview)), stage);
    }

    /** The latest round: what is shown, edited and checked in about unless a round is named. */
    public Interview interview() {
        return rounds.get(rounds.size() - 1).interview();
    }

    /** Every round's interview, oldest first. */
    public List<Interview> interviews() {
        return rounds.stream().map(Round::interview).toList();
    }

    /**
     * Whether this is an application sent before any interview (issue 33): its one round is the application itself
     * ({@link InterviewFormat#APPLICATION}), which its first interview replaces.
     */
    public boolean awaitingInterview() {
        return rounds.size() == 1 && interview().format() == InterviewFormat.APPLICATION;
    }

    public int roundCount() {
        return rounds.size();
    }

    /** Round {@code number} (1 for the first). */
    public Interview round(final int number) {
        return rounds.get(number - 1).interview();
    }

    /** The same application with its latest round changed. */
    public StoredInterview with(final Interview changed, final Stage newStage) {
        return withRound(rounds.size(), changed).withStage(newStage);
    }

    /** The same application with round {@code number} changed; the rounds are kept in the order they happen. */
    public StoredInterview withRound(final int number, final Interview changed) {
        final List<Round> changedRounds = new ArrayList<>(rounds);
        changedRounds.set(number - 1, new Round(rounds.get(number - 1).id(), changed));
        return new StoredInterview(id, memberId, this.number, inOrder(changedRounds), stage);
    }

    /** The same application with one more round, placed where its date puts it. */
    public StoredInterview plus(final Round round) {
        final List<Round> more = new ArrayList<>(rounds);
        more.add(round);
        return new StoredInterview(id, memberId, number, inOrder(more), stage);
    }

    public StoredInterview withStage(final Stage newStage) {
        return new StoredInterview(id, memberId, number, rounds, newStage);
    }

    /** Rounds by when they happen (a stable sort: two rounds at the same moment keep their order). */
    private static List<Round> inOrder(final List<Round> unordered) {
        final List<Round> ordered = new ArrayList<>(unordered);
        ordered.sort(Comparator.comparing(round -> round.interview().startsAt()));
        return ordered;
    }
}
