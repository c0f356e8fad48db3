package io.followupbot.conversation;

import java.util.List;
import java.util.Locale;
import io.followupbot.conversation.intake.IntakeFlow;
import io.followupbot.conversation.intake.IntakeQuestion;
import io.followupbot.conversation.language.InputText;

/**
 * Words that interrupt the intake's questions: a command typed at a question ("help", "list", "show 2") is
 * recognised and never saved as the answer (an answer in quotes, "help", is the intake's: {@link IntakeFlow}).
 */
final class IntakeInterruptions {

    private static final List<String> SHOWS = List.of("list", "show", "plan", "draft");

    private IntakeInterruptions() {
    }

    /** A single command word (or "show 2", "list"), not quoted: typed at a question, it is not taken as the answer. */
    static boolean looksLikeCommand(final InputText input, final IntakeQuestion question) {
        final String[] words = input.value().strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length == 1) {
            final boolean summaryWord = words[0].equals("edit") || words[0].equals("confirm") || words[0].equals("save");
            return CommandDispatcher.isCommand(words[0]) && !IntakeFlow.isIntakeWord(words[0])
                    || summaryWord && question != IntakeQuestion.SUMMARY;
        }
        return words.length == 2 && SHOWS.contains(words[0]) && words[1].matches("#?\\d{1,6}");
    }

    /** Commands that only show something, run in the middle of the questions; the others wait for the end. */
    static boolean answersInTheMiddle(final String word) {
        return SHOWS.contains(word) || word.equals("help") || word.equals("pipeline");
    }
}
