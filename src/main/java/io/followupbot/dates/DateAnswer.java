package io.followupbot.dates;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link LooseDateParser} made of a typed phrase: a date (echoed in words, so the member can
 * confirm it), an explicit "they didn't say", a question when the phrase has two readings or no definite
 * day, or a message that says how to write it.
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

    /**
     * The phrase has more than one reading a person could mean ("next Wednesday" said on a Tuesday) or no
     * definite day ("last week"): one short question, with a button per reading.
     *
     * @param question one short question that names the readings in words
     * @param choices the readings to offer as buttons (may be empty: the member then types a day)
     */
    record Ask<T>(String question, List<Choice<T>> choices) implements DateAnswer<T> {
        public Ask {
            Objects.requireNonNull(question, "question");
            choices = List.copyOf(choices);
        }

        /** The dates offered, without the "no date" choice. */
        public List<T> readings() {
            return choices.stream().flatMap(choice -> choice.reading().stream()).toList();
        }
    }

    /**
     * One reading offered as a button.
     *
     * @param label the button's words, e.g. "Wed 11 March"
     * @param answer the text the button sends back, read without doubt (an ISO date, "they didn't say")
     * @param reading the date it stands for; empty for "they didn't say"
     */
    record Choice<T>(String label, String answer, Optional<T> reading) {
        public Choice {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(reading, "reading");
        }
    }
}
