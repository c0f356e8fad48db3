package io.followupbot.conversation.commands;

import io.followupbot.conversation.commands.contract.Command;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandTools;
import io.followupbot.conversation.timing.PauseCommand;
import io.followupbot.conversation.timing.ResumeCommand;
import io.followupbot.conversation.timing.SnoozeCommand;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every command, listed once, in the order help shows them. A command is one class with its {@code SPEC} and its
 * handler (the commands that only report an event share {@link EventCommands}); adding one is that class and a line
 * here. Help ({@link CommandHelp}), Slack's usage hint, Discord's
 * subcommands and the web page's hints are made from {@link #all()}.
 */
public final class CommandRegistry {

    /** A command's description and how to make its handler from the tools. */
    private record Entry(CommandSpec spec, Function<CommandTools, Command> handler) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(NewCommand.SPEC, NewCommand::new),
            new Entry(RoundCommand.SPEC, RoundCommand::new),
            new Entry(AppliedCommand.SPEC, AppliedCommand::new),
            new Entry(ListCommand.SPEC, ListCommand::new),
            new Entry(DueCommand.SPEC, DueCommand::new),
            new Entry(ShowCommand.SPEC, ShowCommand::new),
            new Entry(PlanCommand.SPEC, PlanCommand::new),
            new Entry(DraftCommand.SPEC, DraftCommand::new),
            new Entry(SentCommand.SPEC, SentCommand::new),
            new Entry(SkipCommand.SPEC, SkipCommand::new),
            new Entry(DebriefCommand.SPEC, DebriefCommand::new),
            new Entry(HeardCommand.SPEC, HeardCommand::new),
            new Entry(EventCommands.OFFER, EventCommands::offer),
            new Entry(CompetingCommand.SPEC, CompetingCommand::new),
            new Entry(EventCommands.WITHDRAW, EventCommands::withdraw),
            new Entry(SnoozeCommand.SPEC, SnoozeCommand::new),
            new Entry(PauseCommand.SPEC, PauseCommand::new),
            new Entry(ResumeCommand.SPEC, ResumeCommand::new),
            new Entry(EditCommand.SPEC, EditCommand::new),
            new Entry(MergeCommand.SPEC, MergeCommand::new),
            new Entry(SplitCommand.SPEC, SplitCommand::new),
            new Entry(EventCommands.ARCHIVE, EventCommands::archive),
            new Entry(CheckCommand.SPEC, CheckCommand::new),
            new Entry(SettingsCommand.SPEC, SettingsCommand::new),
            new Entry(ExportCommand.SPEC, ExportCommand::new),
            new Entry(ReportCommand.SPEC, ReportCommand::new),
            new Entry(ForgetCommand.SPEC, ForgetCommand::new),
            new Entry(PrivacyCommand.SPEC, PrivacyCommand::new),
            new Entry(CancelCommand.SPEC, CancelCommand::new),
            new Entry(HelpCommand.SPEC, HelpCommand::new));

    private static final List<CommandSpec> SPECS = ENTRIES.stream().map(Entry::spec).toList();
    private static final Map<String, CommandSpec> BY_WORD = byWord();

    private CommandRegistry() {
    }

    /** Every command, in the order help lists them. */
    public static List<CommandSpec> all() {
        return SPECS;
    }

    /** The command a word (its name or an alias, lower case) runs. */
    public static Optional<CommandSpec> find(final String word) {
        return Optional.ofNullable(BY_WORD.get(word));
    }

    public static boolean isCommand(final String word) {
        return BY_WORD.containsKey(word);
    }

    /** Slack's usage hint for {@code /followup}: each command as help shows it, {@code [new | list | show 3 | ...]}. */
    public static String usageHint() {
        return "[" + String.join(" | ", SPECS.stream().map(spec -> spec.aboutAnInterview() ? spec.name() + " 3"
                : spec.name()).toList()) + "]";
    }

    /** Each word of every command, with the handler it runs. */
    public static Map<String, Command> handlers(final CommandTools tools) {
        final Map<String, Command> handlers = new HashMap<>();
        for (final Entry entry : ENTRIES) {
            final Command handler = entry.handler().apply(tools);
            entry.spec().words().forEach(word -> handlers.put(word, handler));
        }
        return Map.copyOf(handlers);
    }

    private static Map<String, CommandSpec> byWord() {
        final Map<String, CommandSpec> words = new HashMap<>();
        for (final CommandSpec spec : SPECS) {
            spec.words().forEach(word -> {
                if (words.put(word, spec) != null) {
                    throw new IllegalStateException("two commands answer to " + word);
                }
            });
        }
        return Map.copyOf(words);
    }
}
