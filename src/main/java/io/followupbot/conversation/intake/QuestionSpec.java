package io.followupbot.conversation.intake;

import io.followupbot.chat.Outbound;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Everything the intake knows about one question, declared where the question is listed ({@link IntakeQuestion}):
 * how it is asked, how an answer is read into the notes, what skip leaves, the words that edit it at the summary,
 * and when it is asked. The flow ({@link IntakeFlow}) works from these alone.
 */
final class QuestionSpec {

    private final Function<IntakeContext, Outbound> prompt;
    private final BiFunction<IntakeContext, String, IntakeAnswer> reader;
    private final UnaryOperator<IntakeNotes> skip;
    private final List<String> editWords;
    private final String answerNamed;
    private final boolean afterTheInterview;
    private final boolean perInterviewer;
    private final String summaryButton;
    private final boolean leadsOnAfterEdit;

    private QuestionSpec(final Builder builder) {
        prompt = builder.prompt;
        reader = builder.reader;
        skip = builder.skip;
        editWords = builder.editWords;
        answerNamed = builder.answerNamed;
        afterTheInterview = builder.afterTheInterview;
        perInterviewer = builder.perInterviewer;
        summaryButton = builder.summaryButton;
        leadsOnAfterEdit = builder.leadsOnAfterEdit;
    }

    /** A question asked with {@code prompt}; the rest is said with the builder's methods. */
    static Builder ask(final Function<IntakeContext, Outbound> prompt) {
        return new Builder(prompt);
    }

    Outbound prompt(final IntakeContext at) {
        return prompt.apply(at);
    }

    IntakeAnswer read(final IntakeContext at, final String text) {
        return reader.apply(at, text);
    }

    /** What skip leaves in the notes; empty when the plan needs an answer. */
    Optional<UnaryOperator<IntakeNotes>> skip() {
        return Optional.ofNullable(skip);
    }

    List<String> editWords() {
        return editWords;
    }

    /** What a single word typed here would be as the answer ("the company"); empty where no word could be. */
    Optional<String> answerNamed() {
        return Optional.ofNullable(answerNamed);
    }

    boolean afterTheInterview() {
        return afterTheInterview;
    }

    boolean perInterviewer() {
        return perInterviewer;
    }

    /** The {@code Wording} key of the label of the summary's button that edits this question, if it has one. */
    Optional<String> summaryButton() {
        return Optional.ofNullable(summaryButton);
    }

    /**
     * Whether, answered from the summary, the questions asked per interviewer follow before the summary comes back
     * (none are when there is no interviewer: they are passed over).
     */
    boolean leadsOnAfterEdit() {
        return leadsOnAfterEdit;
    }

    /**
     * Says the parts of a question, one method each; unsaid ones keep the defaults (required, asked at once). Every
     * question that is asked says how it {@link #reads} its answer.
     */
    static final class Builder {
        private final Function<IntakeContext, Outbound> prompt;
        private BiFunction<IntakeContext, String, IntakeAnswer> reader;
        private UnaryOperator<IntakeNotes> skip;
        private List<String> editWords = List.of();
        private String answerNamed;
        private boolean afterTheInterview;
        private boolean perInterviewer;
        private String summaryButton;
        private boolean leadsOnAfterEdit;

        private Builder(final Function<IntakeContext, Outbound> prompt) {
            this.prompt = prompt;
        }

        /** How an answer is read and where it goes in the notes. */
        Builder reads(final BiFunction<IntakeContext, String, IntakeAnswer> value) {
            reader = value;
            return this;
        }

        /** The question may be skipped, leaving the notes as {@code value} makes them. */
        Builder skippable(final UnaryOperator<IntakeNotes> value) {
            skip = value;
            return this;
        }

        /** The words of {@code edit <word>} at the summary; the first is the one the bot lists. */
        Builder editedAs(final String... words) {
            editWords = List.of(words);
            return this;
        }

        /** Free text: a single command word typed here is offered as the answer, named so ("the company"). */
        Builder freeText(final String named) {
            answerNamed = named;
            return this;
        }

        /** Only the interview can answer it: for an interview still to come, it is asked after the interview. */
        Builder afterTheInterview() {
            afterTheInterview = true;
            return this;
        }

        /** Asked once per interviewer, and passed over when there is none. */
        Builder perInterviewer() {
            perInterviewer = true;
            return this;
        }

        /** The summary shows a button that edits the question; its label is the {@code Wording} text of this key. */
        Builder onTheSummary(final String wordingKey) {
            summaryButton = wordingKey;
            return this;
        }

        /** Answered from the summary, the questions asked per interviewer follow before the summary comes back. */
        Builder leadsOnAfterEdit() {
            leadsOnAfterEdit = true;
            return this;
        }

        QuestionSpec build() {
            return new QuestionSpec(this);
        }
    }
}
