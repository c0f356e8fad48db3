package io.followupbot.conversation.views;

import io.followupbot.chat.Button;
import io.followupbot.dates.DateAnswer;
import java.util.List;

/** The readings of a date the bot asks about, as buttons that answer the question without doubt. */
public final class DateButtons {

    private DateButtons() {
    }

    /** One button per reading, sending the reading back as the answer. */
    public static List<Button> of(final DateAnswer.Ask<?> ask) {
        return of(ask, "");
    }

    /** One button per reading, sending {@code command} and the reading ("snooze 3 2026-03-20"). */
    public static List<Button> of(final DateAnswer.Ask<?> ask, final String command) {
        final String prefix = command.isBlank() ? "" : command.strip() + " ";
        return ask.choices().stream().map(choice -> Button.of(choice.label(), prefix + choice.answer())).toList();
    }
}
