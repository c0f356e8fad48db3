package io.followupbot.store;

import io.followupbot.interview.Interview;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.StoredInterview;
import io.followupbot.store.rows.InterviewRow;
import io.followupbot.store.rows.InterviewerRow;
import io.followupbot.store.sealing.SealedRows;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Applications and their rounds in {@code interviews} and {@code interviewers} (schema 11): an application's own row
 * is one of its rounds and carries its number, stage, events and plan; every other round is a row pointing at it.
 */
final class ApplicationTable {

    private final Handle handle;
    private final InterviewDao dao;
    private final SealedRows sealed;

    ApplicationTable(final Handle handle, final SealedRows sealed) {
        this.handle = handle;
        this.dao = handle.attach(InterviewDao.class);
        this.sealed = sealed;
    }

    /** Stores a new application of one round under {@code number}. */
    StoredInterview add(final String memberId, final int number, final Interview interview,
            final io.followupbot.interview.Stage stage, final long now) {
        final StoredInterview stored = new StoredInterview(UUID.randomUUID().toString(), memberId, number, interview,
                stage);
        dao.insert(sealed.seal(Rows.roundRow(stored, 0, number, now)));
        insertInterviewers(stored.id(), interview.interviewers());
        return stored;
    }

    /** Adds a round to a stored application; the rounds are numbered again by date. */
    StoredInterview addRound(final StoredInterview application, final Interview round, final long now) {
        final StoredInterview.Round added = new StoredInterview.Round(UUID.randomUUID().toString(), round);
        final StoredInterview more = application.plus(added);
        final int position = more.rounds().indexOf(added);
        dao.insert(sealed.seal(Rows.roundRow(more, position, hiddenNumber(application.memberId()), now)));
        insertInterviewers(added.id(), round.interviewers());
        update(more, now);
        return more;
    }

    /** Writes every round of the application (its data, round number, interviewers) and the application's stage. */
    void update(final StoredInterview stored, final long now) {
        for (int position = 0; position < stored.rounds().size(); position++) {
            final StoredInterview.Round round = stored.rounds().get(position);
            if (dao.update(sealed.seal(Rows.roundRow(stored, position, stored.number(), now))) != 1) {
                throw new IllegalStateException("application " + stored.number() + " of this member does not exist");
            }
            dao.deleteInterviewers(round.id());
            insertInterviewers(round.id(), round.interview().interviewers());
        }
    }

    /**
     * Makes every round of {@code from} a round of {@code into}, with its events and its plan's history; {@code from}
     * no longer exists under its number.
     */
    StoredInterview merge(final StoredInterview into, final StoredInterview from, final long now) {
        StoredInterview merged = into;
        for (final StoredInterview.Round round : from.rounds()) {
            handle.createUpdate("UPDATE interviews SET application_id = :into, number = :number WHERE id = :id")
                    .bind("into", into.id()).bind("number", hiddenNumber(into.memberId())).bind("id", round.id())
                    .execute();
            merged = merged.plus(round);
        }
        for (final String table : List.of("events", "plan_steps")) {
            handle.createUpdate("UPDATE " + table + " SET interview_id = :into WHERE interview_id = :from")
                    .bind("into", into.id()).bind("from", from.id()).execute();
        }
        update(merged, now);
        return merged;
    }

    /**
     * Makes round {@code number} of the application an application of its own under {@code newNumber}; the
     * application keeps its events and the rest of its rounds.
     */
    StoredInterview[] split(final StoredInterview application, final int number, final int newNumber, final long now) {
        final StoredInterview.Round leaving = application.rounds().get(number - 1);
        final List<StoredInterview.Round> staying = new ArrayList<>(application.rounds());
        staying.remove(leaving);
        if (leaving.id().equals(application.id())) {
            throw new IllegalArgumentException("the round the application was entered with stays with it");
        }
        handle.createUpdate("UPDATE interviews SET application_id = NULL, number = :number, round_number = 1 "
                + "WHERE id = :id").bind("number", newNumber).bind("id", leaving.id()).execute();
        final StoredInterview rest = new StoredInterview(application.id(), application.memberId(), application.number(), staying,
                application.stage());
        update(rest, now);
        final StoredInterview alone = new StoredInterview(leaving.id(), application.memberId(), newNumber,
                List.of(leaving), application.stage());
        update(alone, now);
        return new StoredInterview[] {rest, alone};
    }

    Optional<StoredInterview> byNumber(final String memberId, final int number) {
        return dao.byNumber(memberId, number).map(this::withRounds);
    }

    /** The application with this id (the id of a later round finds nothing). */
    Optional<StoredInterview> byId(final String id) {
        return dao.byId(id).filter(InterviewRow::isApplication).map(this::withRounds);
    }

    /** Every application of the member, by number, each with its rounds: two queries whatever their count. */
    List<StoredInterview> ofMember(final String memberId) {
        final Map<String, List<InterviewerRow>> people = handle.createQuery("SELECT p.interview_id, p.position, p.name, "
                        + "p.title, p.email, p.detail FROM interviewers p JOIN interviews i ON i.id = p.interview_id "
                        + "WHERE i.member_id = :member ORDER BY p.interview_id, p.position")
                .bind("member", memberId).map(org.jdbi.v3.core.mapper.reflect.ConstructorMapper.of(InterviewerRow.class)).list().stream()
                .collect(Collectors.groupingBy(InterviewerRow::interviewId));
        return assemble(dao.ofMember(memberId), people);
    }

    /**
     * Applications from rows read already: every application's own row and its later rounds' rows, with the
     * interviewers of each row by its id.
     */
    List<StoredInterview> assemble(final Collection<InterviewRow> rows, final Map<String, List<InterviewerRow>> people) {
        final Map<String, InterviewRow> applications = new LinkedHashMap<>();
        final Map<String, List<StoredInterview.Round>> rounds = new LinkedHashMap<>();
        for (final InterviewRow row : rows) {
            final InterviewRow open = sealed.open(row);
            final String application = open.isApplication() ? open.id() : open.applicationId();
            if (open.isApplication()) {
                applications.put(open.id(), open);
            }
            rounds.computeIfAbsent(application, ignored -> new ArrayList<>()).add(Rows.round(open,
                    sealed.openInterviewers(people.getOrDefault(open.id(), List.of()))));
        }
        return applications.values().stream()
                .map(row -> Rows.application(row, rounds.get(row.id()))).toList();
    }

    private StoredInterview withRounds(final InterviewRow row) {
        final List<InterviewRow> rows = new ArrayList<>();
        rows.add(row);
        rows.addAll(dao.laterRounds(row.id()));
        final Map<String, List<InterviewerRow>> people = new LinkedHashMap<>();
        for (final InterviewRow each : rows) {
            people.put(each.id(), dao.interviewers(each.id()));
        }
        return assemble(rows, people).get(0);
    }

    private void insertInterviewers(final String roundId, final List<Interviewer> people) {
        for (int position = 0; position < people.size(); position++) {
            final Interviewer person = people.get(position);
            dao.insertInterviewer(sealed.seal(new InterviewerRow(roundId, position, person.name(), person.title(),
                    person.email(), person.detail())));
        }
    }

    /** A number no member types, unique among the member's rows: below every number they have. */
    private int hiddenNumber(final String memberId) {
        final int lowest = handle.createQuery("SELECT COALESCE(MIN(number), 0) FROM interviews WHERE member_id = :member")
                .bind("member", memberId).mapTo(Integer.class).one();
        return Math.min(lowest, 0) - 1;
    }
}
