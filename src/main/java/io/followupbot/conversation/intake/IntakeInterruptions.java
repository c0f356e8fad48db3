package io.followupbot.conversation.intake;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import io.followupbot.conversation.Commands;
import io.followupbot.conversation.language.InputText;

/**
 * Words that interrupt the intake's questions: a command typed at a question ("help", "list", "show 2") is
 * recognised and never saved as the answer; an answer in quotes ("help") is always taken as the answer.
 */
public final class IntakeInterruptions {

    private static final List<String> SHOWS = List.of("list", "show", "plan", "draft");

    private IntakeInterruptions() {
    }

    /** What a single word typed at this question would be, if it could be the answer: "the company". */
    static Optional<String> answerNamed(final IntakeQuestion question) {
        return question.spec().answerNamed();
    }

    /** A single command word (or "show 2", "list"), not quoted: typed at a question, it is not taken as the answer. */
    public static boolean looksLikeCommand(final InputText input, final IntakeQuestion question) {
        final String[] words = input.value().strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length == 1) {
            final boolean summaryWord = words[0].equals("edit") || words[0].equals("confirm") || words[0].equals("save");
            return Commands.isCommand(words[0]) && !IntakeFlow.isIntakeWord(words[0])
                    || summaryWord && question != IntakeQuestion.SUMMARY;
        }
        return words.length == 2 && SHOWS.contains(words[0]) && words[1].matches("#?\\d{1,6}");
    }

    /** Commands that only show something, run in the middle of the questions; the others wait for the end. */
    public static boolean answersInTheMiddle(final String word) {
        return SHOWS.contains(word) || word.equals("help") || word.equals("pipeline");
    }

    /** An answer in straight or curly quotes, without them: taken as the answer whatever it says. */
    static Optional<String> literal(final String text) {
        final String stripped = text.strip();
        if (stripped.length() > 2 && (stripped.startsWith("\"") && stripped.endsWith("\"")
                || stripped.startsWith("\u201c") && stripped.endsWith("\u201d"))) {
            return Optional.of(stripped.substring(1, stripped.length() - 1).strip());
        }
        return Optional.empty();
    }
}
