package io.followupbot.conversation.commands;

import static io.followupbot.testkit.TestMoments.TUESDAY_EVENING;
import io.followupbot.conversation.commands.contract.CommandSpec;
import io.followupbot.conversation.commands.contract.CommandArgument;
import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForEachTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class CommandRegistryTest {

    @RegisterExtension
    static final CoreForEachTest CORE = CoreForEachTest.at(TUESDAY_EVENING);

    private final ChatDriver ana = CORE.chat("ana");

    @Test
    @DisplayName("GIVEN the registry WHEN help is asked THEN every command has a line of help, in the registry's "
            + "order, and a description short enough for a form")
    void everyCommandHasHelp() {
        final String help = ana.command("help").plainText();
        final List<String> lines = List.of(help.split("\n"));
        assertThat(lines.get(0)).startsWith("Here's what I can do");
        assertThat(lines).hasSize(CommandRegistry.all().size() + 1);
        for (int i = 0; i < CommandRegistry.all().size(); i++) {
            final CommandSpec spec = CommandRegistry.all().get(i);
            assertThat(spec.help()).as(spec.name()).isNotBlank();
            assertThat(spec.description()).as(spec.name()).isNotBlank().hasSizeLessThanOrEqualTo(100);
            assertThat(spec.example()).as(spec.name()).startsWith(spec.name());
            assertThat(lines.get(i + 1)).as(spec.name()).contains(spec.example()).contains(spec.help());
        }
    }

    @Test
    @DisplayName("GIVEN each command about one interview WHEN typed without a number THEN the bot asks which "
            + "interview; the others never do")
    void commandsAboutAnInterviewAskForItsNumber() {
        for (final CommandSpec spec : CommandRegistry.all()) {
            if (spec.name().equals("forget-me") || spec.name().equals("new")) {
                continue;
            }
            final String answer = ana.command(spec.name()).plainText();
            ana.command("cancel");
            assertThat(answer.startsWith("Which interview? Type " + spec.name() + " and its number"))
                    .as(spec.name() + " answered: " + answer).isEqualTo(spec.aboutAnInterview());
        }
    }

    @Test
    @DisplayName("GIVEN a word that is no command WHEN typed THEN the answer names it and points to help, as before")
    void unknownCommand() {
        assertThat(ana.command("fly 1").plainText()).isEqualTo("I don't know \"fly\". Type help to see what I can do.");
        assertThat(CommandRegistry.isCommand("fly")).isFalse();
        assertThat(CommandRegistry.find("pipeline")).contains(ListCommand.SPEC);
        assertThat(CommandRegistry.find("start")).contains(NewCommand.SPEC);
    }

    @Test
    @DisplayName("GIVEN the commands that existed before the registry WHEN looked up THEN each is still a command")
    void everyEarlierWordIsACommand() {
        assertThat(List.of("help", "new", "start", "list", "pipeline", "show", "plan", "draft", "sent", "heard", "offer",
                "competing", "withdraw", "snooze", "edit", "archive", "check", "settings", "export", "forget-me",
                "cancel", "skip", "debrief")).allMatch(CommandRegistry::isCommand);
    }

    @Test
    @DisplayName("GIVEN every command WHEN its options come back from a form THEN the line has them in the order "
            + "the command declares")
    void optionsBackToALine() {
        for (final CommandSpec spec : CommandRegistry.all()) {
            final List<String> expected = new ArrayList<>(List.of(spec.name()));
            spec.arguments().forEach(argument -> expected.add("<" + argument.name() + ">"));
            final String line = CommandLines.fromOptions(spec.name(), name -> Optional.of("<" + name + ">"));
            assertThat(line).isEqualTo(spec == NewCommand.SPEC ? "" : String.join(" ", expected));
        }
        assertThat(CommandLines.fromOptions("start", name -> Optional.empty())).isEqualTo("help");
    }

    @ParameterizedTest(name = "\"{0}\" opens interview {1}")
    @CsvSource(nullValues = "", textBlock = """
            edit 12, 12
            edit 999999, 999999
            edit 1234567,
            edit #3,
            edit,
            show 3,
            edit 3 now,
            '',
            """)
    @DisplayName("GIVEN a button's value WHEN it is edit and a number THEN the form for that interview opens")
    void editButtons(final String value, final Integer number) {
        assertThat(CommandLines.editedInterview(value)).isEqualTo(Optional.ofNullable(number));
    }

    @ParameterizedTest(name = "\"{0}\" is interview {1}")
    @CsvSource(nullValues = "", textBlock = """
            3, 3
            '#3', 3
            007, 7
            1234567,
            three,
            3rd,
            '',
            """)
    @DisplayName("GIVEN a word WHEN read as an interview's number THEN up to six digits, with or without #")
    void interviewNumbers(final String word, final Integer number) {
        assertThat(CommandLines.interviewNumber(word == null ? "" : word)).isEqualTo(Optional.ofNullable(number));
    }

    @Test
    @DisplayName("GIVEN a command's arguments WHEN its usage is shown THEN required ones are in angle brackets and "
            + "optional ones in square brackets, in the order typed; aliases run the same command")
    void usageFromArguments() {
        final CommandSpec spec = CommandSpec.of("draft", "draft 3", "the draft", "The draft",
                CommandArgument.interview(), CommandArgument.text("kind", "The kind", false)).withAliases("d");

        assertThat(spec.usage()).isEqualTo("draft <id> [kind]");
        assertThat(spec.words()).containsExactly("draft", "d");
        assertThat(spec.aboutAnInterview()).isTrue();
        assertThat(CommandSpec.of("check", "check <text>", "review", "Review",
                CommandArgument.text("text", "The message", true)).usage()).isEqualTo("check <text>");
        assertThat(CommandSpec.of("help", "help", "this list", "What I can do").usage()).isEqualTo("help");
        assertThat(CommandSpec.of("heard", "heard 3", "they replied", "They replied", CommandArgument.interview(),
                CommandArgument.choiceOf("reply", "What they said", List.of("offer", "rejected"))).arguments().get(1))
                .satisfies(reply -> {
                    assertThat(reply.kind()).isEqualTo(CommandArgument.Kind.CHOICE);
                    assertThat(reply.required()).isFalse();
                    assertThat(reply.choices()).extracting(CommandArgument.Choice::label)
                            .containsExactly("offer", "rejected");
                });
    }

    @Test
    @DisplayName("GIVEN the registry WHEN Slack's usage hint is made THEN it lists every command in help's order, "
            + "those about one interview with an example number")
    void slackUsageHint() {
        final String hint = CommandRegistry.usageHint();

        assertThat(hint).startsWith("[new | round 3 | applied | list | ").endsWith("]").contains(" | draft 3 | ").contains(" | help");
        assertThat(hint.substring(1, hint.length() - 1).split(" \\| ")).hasSize(CommandRegistry.all().size());
    }
}
