package io.followupbot.discord;

import io.followupbot.conversation.commands.CommandArgument;
import io.followupbot.conversation.commands.CommandLines;
import io.followupbot.conversation.commands.CommandRegistry;
import io.followupbot.conversation.commands.CommandSpec;
import java.util.Optional;
import java.util.function.Function;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

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

    static SlashCommandData definition() {
        return Commands.slash(NAME, "Follow up after your job interviews")
                .addSubcommands(CommandRegistry.all().stream().map(FollowupCommand::subcommand).toList())
                .addSubcommands(DiscordAdmin.subcommand())
                .setIntegrationTypes(IntegrationType.GUILD_INSTALL, IntegrationType.USER_INSTALL)
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
