package io.followupbot.interview;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the member told the bot about one interview. Immutable: an edit makes a new value.
 *
 * @param startsAt when the interview began (or will begin)
 * @param length how long it lasted; the thank-you is timed from its end
 * @param decisionDate the day by which the employer said a decision would come, if they said one
 * @param recordedAt when the bot learned of it (the member entered it): an interview entered before it happens
 *                   gets a prep step and a question after it; what was already due then is offered at once
 * @param addition something the member wants to add or clarify in the full thank-you (may be empty)
 * @param pastResult a result of the member's own past work that answers a problem the interviewers raised,
 *                   linked to it in the full thank-you (may be empty)
 */
public record Interview(
        String company,
        String role,
        Instant startsAt,
        Duration length,
        InterviewFormat format,
        List<Interviewer> interviewers,
        Optional<LocalDate> decisionDate,
        ContactChannel channel,
        Instant recordedAt,
        String addition,
        String pastResult) {

    public static final Duration DEFAULT_LENGTH = Duration.ofMinutes(45);

    public Interview {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(startsAt, "startsAt");
        length = length == null ? DEFAULT_LENGTH : length;
        Objects.requireNonNull(format, "format");
        interviewers = List.copyOf(interviewers);
        decisionDate = decisionDate == null ? Optional.empty() : decisionDate;
        channel = channel == null ? ContactChannel.EMAIL : channel;
        Objects.requireNonNull(recordedAt, "recordedAt");
        addition = addition == null ? "" : addition;
        pastResult = pastResult == null ? "" : pastResult;
    }

    /** An interview without a past result. */
    public Interview(final String company, final String role, final Instant startsAt, final Duration length,
                     final InterviewFormat format, final List<Interviewer> interviewers,
                     final Optional<LocalDate> decisionDate, final ContactChannel channel, final Instant recordedAt,
                     final String addition) {
        this(company, role, startsAt, length, format, interviewers, decisionDate, channel, recordedAt, addition, "");
    }

    public Instant endsAt() {
        return startsAt.plus(length);
    }

    /** The same interview, as learned of at {@code at} (an edit keeps the moment the bot first heard of it). */
    public Interview learnedAt(final Instant at) {
        return new Interview(company, role, startsAt, length, format, interviewers, decisionDate, channel, at, addition,
                pastResult);
    }

    public boolean enteredInAdvance() {
        return recordedAt.isBefore(startsAt);
    }
}
