package io.followupbot.conversation.intake;

import io.followupbot.chat.Button;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a member can do to the intake itself rather than answer it: the words it understands at any question
 * (back, skip, cancel) and at the summary (confirm, edit), and the buttons that send them. An adapter that needs
 * to know what a button of the intake does asks {@link #of(Button)} instead of reading its value.
 */
public enum IntakeAction {
    CONFIRM("confirm", "yes", "save", "ok"),
    /** At the summary, asked whether the notes are the next round of an open application: yes, that one. */
    SAME_PROCESS("same"),
    /** The same question: no, a separate application. */
    SEPARATE("separate", "new-application"),
    EDIT("edit"),
    CANCEL("cancel"),
    BACK("back"),
    SKIP("skip");

    private final List<String> words;

    IntakeAction(final String... words) {
        this.words = List.of(words);
    }

    /** The word the action's button sends. */
    public String word() {
        return words.get(0);
    }

    /** Whether {@code word} (lower case) says this action. */
    boolean means(final String word) {
        return words.contains(word);
    }

    /** The action {@code word} says, if it says one. */
    static Optional<IntakeAction> of(final String word) {
        for (final IntakeAction action : values()) {
            if (action.means(word)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }

    /** What a button does to the intake: confirm, cancel, edit a part ("edit when"), ...; empty for an answer. */
    public static Optional<IntakeAction> of(final Button button) {
        return of(button.value().strip().toLowerCase(Locale.ROOT).split("\\s+", 2)[0]);
    }

    Button button(final String label) {
        return this == CONFIRM ? Button.primary(label, word()) : Button.of(label, word());
    }

    /** The summary's button that edits {@code question}. */
    static Button edit(final String label, final IntakeQuestion question) {
        return Button.of(label, EDIT.word() + " " + question.spec().editWords().get(0));
    }
}
