package io.followupbot.drafts;

/**
 * A member's answer shaped for a letter.
 *
 * @param shape how the member wrote it
 * @param topic the answer as words that follow "about" in a sentence: a noun phrase ("the streaming
 *     migration"), a clause turned into "how ..." or "whether ...", or a question quoted as the member's own
 *     words; empty for an empty answer
 * @param sentences the answer as whole sentences in the member's voice, for a clause; empty otherwise
 */
record Answer(Shape shape, String topic, String sentences) {

    /** How an answer was written, which decides how it can enter a sentence. */
    enum Shape {
        EMPTY,
        /** "the streaming migration", "dbt". */
        PHRASE,
        /** "she described how the team is migrating ...", "I led the incident rota". */
        CLAUSE,
        /** "How do they handle on-call?". */
        QUESTION,
        /** "dbt, Airflow and data contracts", or one item a line. */
        LIST
    }

    static final Answer EMPTY = new Answer(Shape.EMPTY, "", "");

    boolean isEmpty() {
        return shape == Shape.EMPTY;
    }
}
