package io.followupbot.conversation.commands.contract;

import java.util.List;

/**
 * One argument of a command, in the order it is typed: {@code draft 3 check_in} has the interview's number,
 * then a kind of draft. Discord turns each into an option; help and the web page show it as typed.
 *
 * @param choices the values a choice takes, with the words a form shows for each; empty for other kinds
 */
public record CommandArgument(String name, String description, boolean required, Kind kind, List<Choice> choices) {

    /** What an argument is. */
    public enum Kind {
        /** An interview's number, as {@code list} shows it (a Discord integer with autocompletion). */
        INTERVIEW,
        /** Free text in the member's words. */
        TEXT,
        /** One of a few fixed values. */
        CHOICE
    }

    /** A value of a choice and the words a form shows for it. */
    public record Choice(String label, String value) {
    }

    public CommandArgument {
        choices = List.copyOf(choices);
    }

    /** The interview's number, always the first argument of a command about one interview. */
    public static CommandArgument interview() {
        return new CommandArgument("id", "The interview's number (list shows them)", true, Kind.INTERVIEW, List.of());
    }

    public static CommandArgument text(final String name, final String description, final boolean required) {
        return new CommandArgument(name, description, required, Kind.TEXT, List.of());
    }

    public static CommandArgument choice(final String name, final String description, final List<Choice> choices) {
        return new CommandArgument(name, description, false, Kind.CHOICE, choices);
    }

    /** A choice whose values are shown as they are typed. */
    public static CommandArgument choiceOf(final String name, final String description, final List<String> values) {
        return choice(name, description, values.stream().map(value -> new Choice(value, value)).toList());
    }
}
