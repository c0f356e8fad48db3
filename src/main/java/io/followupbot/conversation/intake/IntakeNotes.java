package io.followupbot.conversation.intake;

import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The answers gathered so far in an intake (or an edit), immutable; fields are null until answered. Made only
 * by {@link #empty()} and {@link #of}, changed only through the named withers: nothing outside this file
 * calls its constructor (IntakeNotesTest holds that), so a new answer is one component, one builder field
 * and one wither here.
 *
 * @param editing the short number of the stored application being edited, or null for a new one
 * @param editingRound the round of that application being edited, or null for its latest
 * @param roundOf the application these notes are the next round of, 0 when the member said they start a new
 *                application, or null when that is not settled yet
 */
public record IntakeNotes(
        String company,
        String role,
        Instant startsAt,
        InterviewFormat format,
        List<Interviewer> interviewers,
        LocalDate decisionDate,
        String addition,
        String pastResult,
        ContactChannel channel,
        Integer editing,
        Integer editingRound,
        Integer roundOf) {

    public IntakeNotes {
        interviewers = interviewers == null ? List.of() : List.copyOf(interviewers);
    }

    public static IntakeNotes empty() {
        return new Builder().build();
    }

    /** The notes of a stored interview, to edit it. */
    public static IntakeNotes of(final Interview interview, final int number) {
        return of(interview, number, null);
    }

    /** The notes of round {@code round} of a stored application (null: its latest), to edit it. */
    public static IntakeNotes of(final Interview interview, final int number, final Integer round) {
        return change(empty(), draft -> {
            draft.editingRound = round;
            draft.company = interview.company();
            draft.role = interview.role();
            draft.startsAt = interview.startsAt();
            draft.format = interview.format();
            draft.interviewers = interview.interviewers();
            draft.decisionDate = interview.decisionDate().orElse(null);
            draft.addition = interview.addition();
            draft.pastResult = interview.pastResult();
            draft.channel = interview.channel();
            draft.editing = number;
        });
    }

    public IntakeNotes withCompany(final String value) {
        return change(this, draft -> draft.company = value);
    }

    public IntakeNotes withRole(final String value) {
        return change(this, draft -> draft.role = value);
    }

    public IntakeNotes withStartsAt(final Instant value) {
        return change(this, draft -> draft.startsAt = value);
    }

    public IntakeNotes withFormat(final InterviewFormat value) {
        return change(this, draft -> draft.format = value);
    }

    public IntakeNotes withInterviewers(final List<Interviewer> value) {
        return change(this, draft -> draft.interviewers = value);
    }

    /** The interviewer at {@code index} with what stood out in the conversation with them. */
    public IntakeNotes withDetail(final int index, final String detail) {
        final List<Interviewer> changed = new ArrayList<>(interviewers);
        changed.set(index, changed.get(index).withDetail(detail));
        return withInterviewers(changed);
    }

    /** The decision date the employer gave; null when they did not say. */
    public IntakeNotes withDecision(final LocalDate value) {
        return change(this, draft -> draft.decisionDate = value);
    }

    public IntakeNotes withAddition(final String value) {
        return change(this, draft -> draft.addition = value);
    }

    public IntakeNotes withPastResult(final String value) {
        return change(this, draft -> draft.pastResult = value);
    }

    public IntakeNotes withChannel(final ContactChannel value) {
        return change(this, draft -> draft.channel = value);
    }

    /** The notes of the next round of application {@code number}; 0 for a new application. */
    public IntakeNotes withRoundOf(final Integer number) {
        return change(this, draft -> draft.roundOf = number);
    }

    private static IntakeNotes change(final IntakeNotes from, final Consumer<Builder> edit) {
        final Builder draft = new Builder(from);
        edit.accept(draft);
        return draft.build();
    }

    /** The one place the components are listed again: a copy of a draft, changed by one wither, then built. */
    private static final class Builder {
        private String company;
        private String role;
        private Instant startsAt;
        private InterviewFormat format;
        private List<Interviewer> interviewers = List.of();
        private LocalDate decisionDate;
        private String addition;
        private String pastResult;
        private ContactChannel channel;
        private Integer editing;
        private Integer editingRound;
        private Integer roundOf;

        private Builder() {
        }

        private Builder(final IntakeNotes from) {
            company = from.company;
            role = from.role;
            startsAt = from.startsAt;
            format = from.format;
            interviewers = from.interviewers;
            decisionDate = from.decisionDate;
            addition = from.addition;
            pastResult = from.pastResult;
            channel = from.channel;
            editing = from.editing;
            editingRound = from.editingRound;
            roundOf = from.roundOf;
        }

        private IntakeNotes build() {
            return new IntakeNotes(company, role, startsAt, format, interviewers, decisionDate, addition, pastResult,
                    channel, editing, editingRound, roundOf);
        }
    }
}
