package io.followupbot.conversation.commands;

import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandArgument;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How command lines are read and written, in one place for the engine and every adapter: an interview's number
 * ({@code 3} or {@code #3}), the {@code edit N} a button carries, and a form's chosen options back to the line
 * the engine reads.
 */
public final class CommandLines {

    private static final Pattern NUMBER = Pattern.compile("#?(\\d{1,6})");
    private static final Pattern EDIT = Pattern.compile(EditCommand.SPEC.name() + " (\\d{1,6})");

    private CommandLines() {
    }

    /** The interview number a word names: {@code 3} or {@code #3}, up to six digits. */
    public static Optional<Integer> interviewNumber(final String word) {
        final Matcher matcher = NUMBER.matcher(word);
        return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    /** The interview an {@code edit N} line (a button's value) opens in a form, if it is one. */
    public static Optional<Integer> editedInterview(final String line) {
        if (line == null) {
            return Optional.empty();
        }
        final Matcher matcher = EDIT.matcher(line);
        return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    /**
     * The engine's command line for a command chosen in a form and its options, in the order the command declares
     * them: {@code draft} with {@code id 3} and {@code kind check_in} is {@code draft 3 check_in}. An unknown
     * command is {@code help}; a bare {@code new} is the empty line (the engine starts or resumes the intake).
     */
    public static String fromOptions(final String command, final Function<String, Optional<String>> option) {
        final Optional<CommandSpec> spec = CommandRegistry.find(command).filter(found -> found.name().equals(command));
        if (spec.isEmpty()) {
            return HelpCommand.SPEC.name();
        }
        if (spec.get() == NewCommand.SPEC) {
            return "";
        }
        final StringBuilder line = new StringBuilder(command);
        for (final CommandArgument argument : spec.get().arguments()) {
            option.apply(argument.name()).map(String::strip).filter(value -> !value.isEmpty())
                    .ifPresent(value -> line.append(' ').append(value));
        }
        return line.toString();
    }
}
