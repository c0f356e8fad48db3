package io.followupbot.discord;

import io.followupbot.conversation.commands.contract.CommandArgument;
import io.followupbot.conversation.commands.CommandLines;
import io.followupbot.conversation.commands.CommandRegistry;
import io.followupbot.conversation.commands.contract.CommandSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;

/**
 * The global {@code /followup} command: one subcommand per command of the {@link CommandRegistry}, its arguments
 * as typed options, and the way back from a chosen subcommand and its options to the command line the engine
 * reads ({@code /followup draft id:3 kind:check_in} becomes {@code draft 3 check_in}).
 */
final class FollowupCommand {

    static final String NAME = "followup";
    static final String ID = "id";

    private FollowupCommand() {
    }

    /** Discord takes at most this many subcommands and groups in a command, and subcommands in a group. */
    static final int MAX_OPTIONS = 25;
    /** The group of the commands used less often, so that the rest fit: {@code /followup more merge}. */
    static final String MORE = "more";
    /** The commands in {@link #MORE}; every other one is a subcommand of its own. */
    static final Set<String> IN_MORE = Set.of("merge", "split", "competing", "withdraw", "check", "debrief", "pause",
            "resume");

    static SlashCommandData definition() {
        final List<CommandSpec> specs = CommandRegistry.all();
        final List<SubcommandData> top = specs.stream().filter(spec -> !IN_MORE.contains(spec.name()))
                .map(FollowupCommand::subcommand).toList();
        final List<SubcommandData> more = specs.stream().filter(spec -> IN_MORE.contains(spec.name()))
                .map(FollowupCommand::subcommand).toList();
        if (top.size() + 2 > MAX_OPTIONS || more.size() > MAX_OPTIONS) {
            throw new IllegalStateException("/" + NAME + " has " + top.size() + " subcommands and " + more.size()
                    + " in its group '" + MORE + "'; Discord takes " + MAX_OPTIONS + " of each: move some into the group");
        }
        final SlashCommandData command = Commands.slash(NAME, "Follow up after your job interviews")
                .addSubcommands(top)
                .addSubcommands(DiscordAdmin.subcommand());
        if (!more.isEmpty()) {
            command.addSubcommandGroups(new SubcommandGroupData(MORE, "More: " + String.join(", ", specs.stream()
                    .map(CommandSpec::name).filter(IN_MORE::contains).toList())).addSubcommands(more));
        }
        return command.setIntegrationTypes(IntegrationType.GUILD_INSTALL, IntegrationType.USER_INSTALL)
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM,
                        InteractionContextType.PRIVATE_CHANNEL);
    }

    /**
     * The engine's command line for a subcommand and its options, e.g. {@code sent 3 thank_you}. A bare
     * {@code /followup new} is the empty line: the engine starts (or resumes) the intake.
     */
    static String commandLine(final String subcommand, final Function<String, Optional<String>> option) {
        return CommandLines.fromOptions(subcommand, option);
    }

    private static SubcommandData subcommand(final CommandSpec spec) {
        final SubcommandData subcommand = new SubcommandData(spec.name(), spec.description());
        spec.arguments().forEach(argument -> subcommand.addOptions(option(argument)));
        return subcommand;
    }

    private static OptionData option(final CommandArgument argument) {
        return switch (argument.kind()) {
            case INTERVIEW -> new OptionData(OptionType.INTEGER, argument.name(), argument.description(),
                    argument.required(), true).setMinValue(1);
            case TEXT -> new OptionData(OptionType.STRING, argument.name(), argument.description(), argument.required());
            case CHOICE -> {
                final OptionData choice = new OptionData(OptionType.STRING, argument.name(), argument.description(),
                        argument.required());
                argument.choices().forEach(value -> choice.addChoice(value.label(), value.value()));
                yield choice;
            }
        };
    }
}
