package io.followupbot.drafts;

import io.followupbot.interview.Interview;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.MemberSettings;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a draft is filled from (rules, section 3).
 *
 * @param to the interviewer a per-person draft (thank-you, LinkedIn note) is for
 * @param date the day the draft names: the employer's new decision date for {@code REPLY_UPDATE}, the
 *     competing offer's deadline, the day the member asks for time until
 * @param phone the number a voicemail leaves; when empty, the first number found in the signature
 * @param result a past result of the member's that answers a problem the interviewer raised (full thank-you)
 * @param note what a value-add message shares: an article, an idea, company news
 * @param earlierRounds the rounds of the application before {@code interview}, oldest first; empty for an
 *     application of one round or a draft about its first round
 */
public record DraftContext(
        Interview interview,
        MemberSettings member,
        Optional<Interviewer> to,
        Optional<LocalDate> date,
        Optional<String> phone,
        Optional<String> result,
        Optional<String> note,
        List<Interview> earlierRounds) {

    public DraftContext {
        Objects.requireNonNull(interview, "interview");
        Objects.requireNonNull(member, "member");
        to = to == null ? Optional.empty() : to;
        date = date == null ? Optional.empty() : date;
        phone = blankToEmpty(phone);
        result = blankToEmpty(result);
        note = blankToEmpty(note);
        earlierRounds = earlierRounds == null ? List.of() : List.copyOf(earlierRounds);
    }

    public DraftContext(final Interview interview, final MemberSettings member, final Optional<Interviewer> to,
            final Optional<LocalDate> date, final Optional<String> phone, final Optional<String> result,
            final Optional<String> note) {
        this(interview, member, to, date, phone, result, note, List.of());
    }

    /** A context for the interview; its past result, if the member gave one, fills the full thank-you. */
    public static DraftContext of(final Interview interview, final MemberSettings member) {
        return new DraftContext(interview, member, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(interview.pastResult()), Optional.empty());
    }

    /**
     * A context for round {@code round} (1 for the first) of an application whose rounds are {@code rounds}, oldest
     * first: the draft follows that round and may speak of the ones before it.
     */
    public static DraftContext ofRound(final List<Interview> rounds, final int round, final MemberSettings member) {
        final int index = Math.max(1, Math.min(round, rounds.size())) - 1;
        return of(rounds.get(index), member).after(rounds.subList(0, index));
    }

    public DraftContext to(final Interviewer interviewer) {
        return new DraftContext(interview, member, Optional.of(interviewer), date, phone, result, note, earlierRounds);
    }

    public DraftContext withDate(final LocalDate newDate) {
        return new DraftContext(interview, member, to, Optional.of(newDate), phone, result, note, earlierRounds);
    }

    public DraftContext withPhone(final String newPhone) {
        return new DraftContext(interview, member, to, date, Optional.ofNullable(newPhone), result, note,
                earlierRounds);
    }

    public DraftContext withResult(final String newResult) {
        return new DraftContext(interview, member, to, date, phone, Optional.ofNullable(newResult), note,
                earlierRounds);
    }

    public DraftContext withNote(final String newNote) {
        return new DraftContext(interview, member, to, date, phone, result, Optional.ofNullable(newNote),
                earlierRounds);
    }

    /** The same draft, following the application's {@code earlier} rounds (oldest first). */
    public DraftContext after(final List<Interview> earlier) {
        return new DraftContext(interview, member, to, date, phone, result, note, earlier);
    }

    /** True when the draft follows a round after the application's first. */
    public boolean laterRound() {
        return !earlierRounds.isEmpty();
    }

    /** The phone number to leave on a voicemail: the one given, else the first found in the signature. */
    public Optional<String> phoneNumber() {
        return phone.or(() -> PhoneNumbers.find(member.signature()));
    }

    /** The interviewer the draft addresses: the one given, or the only interviewer there is. */
    public Optional<Interviewer> recipient() {
        if (to.isPresent()) {
            return to;
        }
        return interview.interviewers().size() == 1 ? Optional.of(interview.interviewers().get(0)) : Optional.empty();
    }

    private static Optional<String> blankToEmpty(final Optional<String> value) {
        return value == null ? Optional.empty() : value.map(String::strip).filter(text -> !text.isEmpty());
    }
}
