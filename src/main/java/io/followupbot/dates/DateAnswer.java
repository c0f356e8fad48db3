package io.followupbot.dates;

import java.util.Objects;

/**
 * What {@link LooseDateParser} made of a typed phrase: a date (echoed in words, so the member can
 * confirm it), an explicit "they didn't say", or a message that says how to write it.
 *
 * @param <T> {@link java.time.LocalDate} for decision dates and snoozes, {@link java.time.ZonedDateTime} for interview times
 */
public sealed interface DateAnswer<T> {

    /** @param inWords the value as the bot reads it back, e.g. "Monday 16 March 2026" */
    record Parsed<T>(T value, String inWords) implements DateAnswer<T> {
        public Parsed {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(inWords, "inWords");
        }
    }

    /** The member said there is no date ("they didn't say", "no", "not sure", "skip"). */
    record NoDate<T>() implements DateAnswer<T> {
    }

    /** @param message one or two sentences for the member: what was wrong and how to write it, with examples */
    record Invalid<T>(String message) implements DateAnswer<T> {
        public Invalid {
            Objects.requireNonNull(message, "message");
        }
    }
}
