package io.followupbot.drafts;

import io.followupbot.interview.Interview;
import io.followupbot.interview.Interviewer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the checker knows about a text. Every fact is optional: free text of unknown kind still gets the
 * checks that need no context (tone, slang, placeholders, typos).
 *
 * @param kind what the text is meant to be; empty for free text
 * @param interview the interview it follows up, for the company and the interviewers' names and details
 * @param recipient the interviewer a per-person message is addressed to
 * @param decisionDate the date the employer last named for a decision; when empty, the interview's
 * @param lastCheckIn the day the previous check-in was sent
 * @param otherCompanies companies of the member's other applications, which must not appear by mistake
 * @param sendDate the day the text would be sent
 */
public record CheckContext(
        Optional<DraftKind> kind,
        Optional<Interview> interview,
        Optional<Interviewer> recipient,
        Optional<LocalDate> decisionDate,
        Optional<LocalDate> lastCheckIn,
        Set<String> otherCompanies,
        LocalDate sendDate) {

    public CheckContext {
        kind = kind == null ? Optional.empty() : kind;
        interview = interview == null ? Optional.empty() : interview;
        recipient = recipient == null ? Optional.empty() : recipient;
        decisionDate = decisionDate == null ? Optional.empty() : decisionDate;
        lastCheckIn = lastCheckIn == null ? Optional.empty() : lastCheckIn;
        otherCompanies = otherCompanies == null ? Set.of() : Set.copyOf(otherCompanies);
        Objects.requireNonNull(sendDate, "sendDate");
    }

    /** Free text of unknown kind, about no particular interview. */
    public static CheckContext freeText(final LocalDate sendDate) {
        return new CheckContext(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(), sendDate);
    }

    /** A draft of {@code kind} for {@code interview}. */
    public static CheckContext forDraft(final DraftKind kind, final Interview interview, final LocalDate sendDate) {
        return new CheckContext(Optional.of(kind), Optional.of(interview), Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(), sendDate);
    }

    public CheckContext withKind(final DraftKind newKind) {
        return new CheckContext(Optional.of(newKind), interview, recipient, decisionDate, lastCheckIn,
                otherCompanies, sendDate);
    }

    public CheckContext withInterview(final Interview newInterview) {
        return new CheckContext(kind, Optional.of(newInterview), recipient, decisionDate, lastCheckIn,
                otherCompanies, sendDate);
    }

    public CheckContext withRecipient(final Interviewer newRecipient) {
        return new CheckContext(kind, interview, Optional.of(newRecipient), decisionDate, lastCheckIn,
                otherCompanies, sendDate);
    }

    public CheckContext withDecisionDate(final LocalDate newDecisionDate) {
        return new CheckContext(kind, interview, recipient, Optional.of(newDecisionDate), lastCheckIn,
                otherCompanies, sendDate);
    }

    public CheckContext withLastCheckIn(final LocalDate newLastCheckIn) {
        return new CheckContext(kind, interview, recipient, decisionDate, Optional.of(newLastCheckIn),
                otherCompanies, sendDate);
    }

    public CheckContext withOtherCompanies(final Set<String> newOtherCompanies) {
        return new CheckContext(kind, interview, recipient, decisionDate, lastCheckIn, newOtherCompanies, sendDate);
    }

    /** The decision date that counts: the one given, else the one recorded with the interview. */
    public Optional<LocalDate> statedDecisionDate() {
        return decisionDate.or(() -> interview.flatMap(Interview::decisionDate));
    }
}
