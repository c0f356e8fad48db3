package io.followupbot.conversation.commands.contract;

import java.util.ArrayList;
import java.util.List;

/**
 * What a member needs to know of one command, declared once beside its handler: the word and its aliases,
 * the arguments, a line of help and a short description. Help, Slack's usage hint, Discord's subcommands and
 * the web page's hints are all made from these.
 *
 * @param example the command as help shows it, {@code draft 3}
 * @param help the rest of its help line, after the example
 * @param description one short sentence for a form's list of commands (Discord allows 100 characters)
 */
public record CommandSpec(String name, List<String> aliases, List<CommandArgument> arguments, String example,
                          String help, String description) {

    public CommandSpec {
        aliases = List.copyOf(aliases);
        arguments = List.copyOf(arguments);
    }

    public static CommandSpec of(final String name, final String example, final String help, final String description,
                          final CommandArgument... arguments) {
        return new CommandSpec(name, List.of(), List.of(arguments), example, help, description);
    }

    public CommandSpec withAliases(final String... more) {
        return new CommandSpec(name, List.of(more), arguments, example, help, description);
    }

    /** Every word that runs this command. */
    public List<String> words() {
        final List<String> words = new ArrayList<>(aliases);
        words.add(0, name);
        return words;
    }

    /** Whether the command is about one interview: its first argument is the interview's number. */
    public boolean aboutAnInterview() {
        return !arguments.isEmpty() && arguments.get(0).kind() == CommandArgument.Kind.INTERVIEW;
    }

    /** How the command is typed, arguments in brackets when optional: {@code draft <id> [kind]}. */
    public String usage() {
        final StringBuilder usage = new StringBuilder(name);
        for (final CommandArgument argument : arguments) {
            usage.append(argument.required() ? " <" : " [").append(argument.name())
                    .append(argument.required() ? ">" : "]");
        }
        return usage.toString();
    }
}
