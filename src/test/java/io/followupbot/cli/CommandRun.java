package io.followupbot.cli;

import io.followupbot.Main;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One run of a command line as the tests of {@code cli} see it: its exit code and all it wrote on stdout and stderr.
 *
 * @param exitCode what the command exited with
 * @param out      all it wrote on stdout
 * @param err      all it wrote on stderr
 */
record CommandRun(int exitCode, String out, String err) {

    /** Runs {@code commandLine} with {@code args}, its stdout and stderr written to strings. */
    static CommandRun of(final CommandLine commandLine, final String... args) {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        final int exitCode = commandLine.execute(args);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }

    /** Runs {@code followup-bot args} as {@link Main} does, with {@code environment} as its environment. */
    static CommandRun followupBot(final Map<String, String> environment, final String... args) {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int exitCode = Main.commandLine(environment, new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }

    /** Runs {@code followup-bot args} as {@link Main} does, with an empty environment. */
    static CommandRun followupBot(final String... args) {
        return followupBot(Map.of(), args);
    }

    /** Runs {@code followup-bot COMMAND... args}: {@code command} is the subcommand's name and its leading arguments. */
    static CommandRun subcommand(final List<String> command, final String... args) {
        final List<String> all = new ArrayList<>(command);
        all.addAll(List.of(args));
        return followupBot(all.toArray(String[]::new));
    }

    /** What a successful run printed; fails the test unless it exited 0 and wrote nothing on stderr. */
    String printed() {
        assertThat(exitCode).as("exit code (stderr: %s)", err).isZero();
        assertThat(err).as("stderr").isEmpty();
        return out;
    }

    /** The one line a refused run wrote on stderr; fails the test unless it exited 2 and printed nothing on stdout. */
    String refusal() {
        assertThat(exitCode).as("exit code (stderr: %s)", err).isEqualTo(2);
        assertThat(out).as("stdout").isEmpty();
        assertThat(err.lines()).as("stderr").hasSize(1);
        return err.lines().findFirst().orElseThrow();
    }
}
