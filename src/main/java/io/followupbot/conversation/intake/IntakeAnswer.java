package io.followupbot.conversation.intake;

import io.followupbot.chat.Button;
import io.followupbot.dates.DateAnswer;
import java.util.List;
import java.util.Optional;
import io.followupbot.conversation.views.DateButtons;

/**
 * What an answer to one intake question came to: the draft with the answer in it and a line that echoes it
 * ("Got it: Tuesday 10 March 2026 at 14:00."), or a problem that keeps the question, with buttons when the
 * answer had several readings.
 */
record IntakeAnswer(IntakeNotes draft, Optional<String> echo, Optional<String> problem, List<Button> choices) {

    static IntakeAnswer ok(final IntakeNotes draft) {
        return new IntakeAnswer(draft, Optional.empty(), Optional.empty(), List.of());
    }

    static IntakeAnswer ok(final IntakeNotes draft, final String echo) {
        return new IntakeAnswer(draft, Optional.of(echo), Optional.empty(), List.of());
    }

    static IntakeAnswer problem(final IntakeNotes draft, final String problem) {
        return new IntakeAnswer(draft, Optional.empty(), Optional.of(problem), List.of());
    }

    /** A date with two readings: the question stays, with a button per reading. */
    static IntakeAnswer ask(final IntakeNotes draft, final DateAnswer.Ask<?> ask) {
        return new IntakeAnswer(draft, Optional.empty(), Optional.of(ask.question()), DateButtons.of(ask));
    }
}
