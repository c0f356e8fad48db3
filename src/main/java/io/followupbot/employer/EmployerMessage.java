package io.followupbot.employer;

import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the bot read in an employer's message. Every field is what the message says, never a guess: a start time
 * only where the message gives a day and a clock time, in the zone it states (the member's zone where it states
 * none).
 *
 * @param at when the interview starts, in the zone the message states
 * @param interviewers the people the member meets; never the coordinator who only books the slot, never the member
 * @param decisionBy the day the employer said they would decide by, or an offer's answer deadline
 * @param note why there is nothing to do, for {@link MessageKind#OTHER} (another language, not about an
 *             application); empty otherwise
 */
public record EmployerMessage(MessageKind kind, Optional<String> company, Optional<String> role,
        Optional<ZonedDateTime> at, Optional<InterviewFormat> format, List<Interviewer> interviewers,
        Optional<LocalDate> decisionBy, String note) {

    public EmployerMessage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(format, "format");
        interviewers = List.copyOf(interviewers);
        Objects.requireNonNull(decisionBy, "decisionBy");
        note = note == null ? "" : note;
    }

    /** A message with nothing to act on, and why. */
    static EmployerMessage nothingToDo(final String note) {
        return new EmployerMessage(MessageKind.OTHER, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty(), note);
    }

    /**
     * One or two sentences in the bot's words: what it read, and the one action it proposes ("Shall I add it?").
     * The employer's words (company, role, names) are marked as typed text, so no adapter renders them as markup.
     */
    public String proposal() {
        return Proposal.of(this);
    }
}
