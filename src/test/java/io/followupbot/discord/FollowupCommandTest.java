package io.followupbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.conversation.commands.contract.CommandArgument;
import io.followupbot.conversation.commands.CommandRegistry;
import io.followupbot.conversation.commands.contract.CommandSpec;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

final class FollowupCommandTest {

    @Test
    @DisplayName("GIVEN the registry WHEN Discord's /followup is built THEN it has one subcommand per command, in "
            + "help's order, with the command's description and its arguments as options in the typed order, then "
            + "the server admins' own subcommand")
    void subcommandsComeFromTheRegistry() {
        final SlashCommandData definition = FollowupCommand.definition();
        final List<SubcommandData> all = definition.getSubcommands();
        assertThat(all.get(all.size() - 1).getName()).isEqualTo(DiscordAdmin.SUBCOMMAND);
        // every command of the registry once, in its order: at the top, or in the group 'more' when used less often
        final List<SubcommandData> subcommands = new java.util.ArrayList<>(all.subList(0, all.size() - 1));
        assertThat(definition.getSubcommandGroups()).extracting(group -> group.getName())
                .containsExactly(FollowupCommand.MORE);
        subcommands.addAll(definition.getSubcommandGroups().get(0).getSubcommands());
        assertThat(subcommands).extracting(SubcommandData::getName)
                .containsExactlyInAnyOrderElementsOf(CommandRegistry.all().stream().map(CommandSpec::name).toList());
        assertThat(definition.getSubcommandGroups().get(0).getSubcommands()).extracting(SubcommandData::getName)
                .containsExactlyElementsOf(CommandRegistry.all().stream().map(CommandSpec::name)
                        .filter(FollowupCommand.IN_MORE::contains).toList());
        // within Discord's limits: 25 subcommands and groups in the command, 25 subcommands in a group
        assertThat(all.size() + definition.getSubcommandGroups().size()).isLessThanOrEqualTo(25);
        for (final SubcommandData subcommand : subcommands) {
            final CommandSpec spec = CommandRegistry.find(subcommand.getName()).orElseThrow();
            assertThat(subcommand.getDescription()).isEqualTo(spec.description());
            assertThat(subcommand.getOptions()).extracting(OptionData::getName)
                    .containsExactlyElementsOf(spec.arguments().stream().map(CommandArgument::name).toList());
            for (int index = 0; index < subcommand.getOptions().size(); index++) {
                final OptionData option = subcommand.getOptions().get(index);
                final CommandArgument argument = spec.arguments().get(index);
                assertThat(option.isRequired()).as(spec.name() + " " + option.getName()).isEqualTo(argument.required());
                assertThat(option.getType()).isEqualTo(argument.kind() == CommandArgument.Kind.INTERVIEW
                        ? OptionType.INTEGER : OptionType.STRING);
                assertThat(option.isAutoComplete()).isEqualTo(argument.kind() == CommandArgument.Kind.INTERVIEW);
                assertThat(option.getChoices()).extracting(Command.Choice::getAsString)
                        .containsExactlyElementsOf(argument.choices().stream().map(CommandArgument.Choice::value)
                                .toList());
            }
        }
    }

    @Test
    @DisplayName("GIVEN every command of the registry WHEN registered on Discord THEN /followup stays within Discord's "
            + "limits: 25 subcommands, 25 choices an option, 4,000 characters of names, descriptions and choices")
    void withinDiscordsLimits() {
        final SlashCommandData definition = FollowupCommand.definition();
        assertThat(definition.getSubcommands()).hasSizeLessThanOrEqualTo(25);
        int characters = definition.getName().length() + definition.getDescription().length();
        for (final SubcommandData subcommand : definition.getSubcommands()) {
            characters += subcommand.getName().length() + subcommand.getDescription().length();
            for (final OptionData option : subcommand.getOptions()) {
                assertThat(option.getChoices()).hasSizeLessThanOrEqualTo(25);
                characters += option.getName().length() + option.getDescription().length();
                for (final Command.Choice choice : option.getChoices()) {
                    characters += choice.getName().length() + choice.getAsString().length();
                }
            }
        }
        assertThat(characters).isLessThanOrEqualTo(4000);
    }

    @Test
    @DisplayName("GIVEN a command about an interview WHEN its number is an option THEN it is the id the "
            + "autocompletion and the listener read")
    void theInterviewOptionIsTheId() {
        CommandRegistry.all().stream().filter(CommandSpec::aboutAnInterview)
                .forEach(spec -> assertThat(spec.arguments().get(0).name()).isEqualTo(FollowupCommand.ID));
    }
}
