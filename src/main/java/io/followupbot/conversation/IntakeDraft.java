package io.followupbot.conversation;

import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The answers gathered so far in an intake (or an edit). Fields are null until answered.
 *
 * @param decisionAnswered whether the decision question was answered (a null date then means "they didn't say")
 * @param editing the short number of the stored interview being edited, or null for a new one
 */
public record IntakeDraft(
        String company,
        String role,
        Instant startsAt,
        String startsAtWords,
        InterviewFormat format,
        List<Interviewer> interviewers,
        boolean interviewersAnswered,
        LocalDate decisionDate,
        boolean decisionAnswered,
        String addition,
        String pastResult,
        ContactChannel channel,
        Integer editing) {

    public IntakeDraft {
        interviewers = interviewers == null ? List.of() : List.copyOf(interviewers);
    }

    public static IntakeDraft empty() {
        return new IntakeDraft(null, null, null, null, null, List.of(), false, null, false, null, null, null, null);
    }

    public IntakeDraft withCompany(final String value) {
        return new IntakeDraft(value, role, startsAt, startsAtWords, format, interviewers, interviewersAnswered,
                decisionDate, decisionAnswered, addition, pastResult, channel, editing);
    }

    public IntakeDraft withRole(final String value) {
        return new IntakeDraft(company, value, startsAt, startsAtWords, format, interviewers, interviewersAnswered,
                decisionDate, decisionAnswered, addition, pastResult, channel, editing);
    }

    public IntakeDraft withStartsAt(final Instant value, final String words) {
        return new IntakeDraft(company, role, value, words, format, interviewers, interviewersAnswered,
                decisionDate, decisionAnswered, addition, pastResult, channel, editing);
    }

    public IntakeDraft withFormat(final InterviewFormat value) {
        return new IntakeDraft(company, role, startsAt, startsAtWords, value, interviewers, interviewersAnswered,
                decisionDate, decisionAnswered, addition, pastResult, channel, editing);
    }

    public IntakeDraft withInterviewers(final List<Interviewer> value) {
        return new IntakeDraft(company, role, startsAt, startsAtWords, format, value, true,
                decisionDate, decisionAnswered, addition, pastResult, channel, editing);
    }

    public IntakeDraft withDetail(final int index, final String detail) {
        final List<Interviewer> changed = new ArrayList<>(interviewers);
        changed.set(index, changed.get(index).withDetail(detail));
        return withInterviewers(changed);
    }

    public IntakeDraft withDecision(final LocalDate value) {
        return new IntakeDraft(company, role, startsAt, startsAtWords, format, interviewers, interviewersAnswered,
                value, true, addition, pastResult, channel, editing);
    }

    public IntakeDraft withAddition(final String value) {
        return new IntakeDraft(company, role, startsAt, startsAtWords, format, interviewers, interviewersAnswered,
                decisionDate, decisionAnswered, value, pastResult, channel, editing);
    }

    public IntakeDraft withPastResult(final String value) {
        return new IntakeDraft(company, role, startsAt, startsAtWords, format, interviewers, interviewersAnswered,
                decisionDate, decisionAnswered, addition, value, channel, editing);
    }

    public IntakeDraft withChannel(final ContactChannel value) {
        return new IntakeDraft(company, role, startsAt, startsAtWords, format, interviewers, interviewersAnswered,
                decisionDate, decisionAnswered, addition, pastResult, value, editing);
    }

    public IntakeDraft editing(final Integer number) {
        return new IntakeDraft(company, role, startsAt, startsAtWords, format, interviewers, interviewersAnswered,
                decisionDate, decisionAnswered, addition, pastResult, channel, number);
    }
}
