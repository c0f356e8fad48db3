package io.followupbot;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.testkit.TestConfigs;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command the README shows ({@code $ java -jar target/followup-bot.jar ...} in a code block) runs here, and
 * prints what the README shows under it: the documentation cannot drift from the program. In the README's output,
 * {@code ...} stands for the part left out. A command that writes to a database ({@code community}) gets a
 * bot-config.yml of its own in a temporary folder; a file an example names is copied there from the test resources.
 */
final class ReadmeExamplesTest {

    private static final String PROMPT = "$ java -jar target/followup-bot.jar ";
    /** The files the README's examples name, and the test resources they are. */
    private static final Map<String, String> FILES = Map.of(
            "greenhouse-invite.eml", "/employer/corpus/01-greenhouse-invite-zoom.eml");

    /** A command of the README and the output it shows. */
    record Example(String command, List<String> args, String shown) {
        @Override
        public String toString() {
            return command;
        }
    }

    static Stream<Example> examples() throws IOException {
        final List<Example> examples = new ArrayList<>();
        final List<String> lines = Files.readAllLines(Path.of("README.md"));
        boolean inCode = false;
        for (int index = 0; index < lines.size(); index++) {
            final String line = lines.get(index);
            if (line.startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            if (!inCode || !line.startsWith(PROMPT)) {
                continue;
            }
            final StringBuilder command = new StringBuilder(line.substring(PROMPT.length()));
            while (command.toString().endsWith("\\")) {
                command.setLength(command.length() - 1);
                command.append(' ').append(lines.get(++index).strip());
            }
            final List<String> shown = new ArrayList<>();
            while (index + 1 < lines.size() && !lines.get(index + 1).startsWith("```")
                    && !lines.get(index + 1).startsWith("$ ")) {
                shown.add(lines.get(++index));
            }
            examples.add(new Example(command.toString().strip(), words(command.toString()), String.join("\n", shown)));
        }
        return examples.stream();
    }

    @Test
    @DisplayName("GIVEN the README THEN it shows commands to run: plan, holidays, date and community among them")
    void theReadmeShowsCommands() throws IOException {
        assertThat(examples().map(example -> example.args().get(0)).distinct())
                .contains("plan", "holidays", "date", "community");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    @DisplayName("GIVEN a command the README shows WHEN it runs THEN it prints what the README shows")
    void printsWhatTheReadmeShows(final Example example, @TempDir final Path folder) throws IOException {
        final List<String> args = new ArrayList<>(example.args());
        if (args.get(0).equals("community") && !args.contains("--config")) {
            final Path config = TestConfigs.writtenIn(folder,
                    "database:\n  url: jdbc:sqlite:" + folder.resolve("bot.db") + "\n");
            args.addAll(1, List.of("--config", config.toString()));
        }
        for (int index = 0; index < args.size(); index++) {
            final String resource = FILES.get(args.get(index));
            if (resource != null) {
                final Path file = folder.resolve(args.get(index));
                try (java.io.InputStream in = ReadmeExamplesTest.class.getResourceAsStream(resource)) {
                    Files.copy(in, file);
                }
                args.set(index, file.toString());
            }
        }
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        Main.commandLine(Map.of(), new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args.toArray(String[]::new));

        final String printed = (out.toString() + err.toString()).strip().replace(System.lineSeparator(), "\n");
        assertThat(printed).matches(shownAsPattern(example.shown()));
    }

    /** The README's output as a pattern: its text exactly, each {@code ...} (and a space before it) standing for anything. */
    private static Pattern shownAsPattern(final String shown) {
        final String[] parts = shown.strip().split(" ?\\.\\.\\.", -1);
        final StringBuilder pattern = new StringBuilder();
        for (int part = 0; part < parts.length; part++) {
            if (part > 0) {
                pattern.append(".*?");
            }
            pattern.append(Pattern.quote(parts[part]));
        }
        return Pattern.compile(pattern.toString(), Pattern.DOTALL);
    }

    /** A command line split as a shell splits it: on spaces, except inside double quotes. */
    static List<String> words(final String command) {
        final List<String> words = new ArrayList<>();
        final StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (final char c : command.strip().toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }
}
