package io.followupbot.conversation.commands;

import java.util.stream.Collectors;

/** The text of {@code help}, one line per command of the registry. */
final class CommandHelp {

    private static final String TEXT = "Here's what I can do (type /followup and one of these; when it's just the two "
            + "of us, the word alone is enough):\n" + CommandRegistry.all().stream()
            .map(spec -> "*" + spec.example() + "* - " + spec.help()).collect(Collectors.joining("\n"));

    private CommandHelp() {
    }

    static String text() {
        return TEXT;
    }
}
