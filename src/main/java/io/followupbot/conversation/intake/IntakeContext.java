package io.followupbot.conversation.intake;

import io.followupbot.dates.LooseDateParser;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What an intake question sees when it is asked or answered: the member, the notes so far, which interviewer
 * a question asked once per interviewer is about, the time now and the date reader.
 */
record IntakeContext(Member member, IntakeNotes draft, int index, Instant now, LooseDateParser dates) {

    ZoneId zone() {
        return member.settings().zone();
    }

    /** Whether the interview of the notes is still to come. */
    boolean upcoming() {
        return upcoming(draft, now);
    }

    /** The interviewer a question asked once per interviewer is about. */
    Interviewer interviewer() {
        return draft.interviewers().get(index);
    }

    static boolean upcoming(final IntakeNotes draft, final Instant now) {
        return draft.startsAt() != null && draft.startsAt().isAfter(now);
    }
}
