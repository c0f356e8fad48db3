package io.followupbot.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * A command that answers from its options alone ({@code plan}, {@code date}, {@code read-message}): the answer on
 * stdout and exit code 0, or, for a bad argument, one line on stderr naming the command, and exit code 2.
 */
@CommandLine.Command(mixinStandardHelpOptions = true)
abstract class OneLineCommand implements Callable<Integer> {

    static final int BAD_ARGUMENT = 2;

    /** The clock the command reads "now" from. */
    final Clock clock;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    OneLineCommand(final Clock clock) {
        this.clock = clock;
    }

    /** Prints what {@link #answer()} makes, or the one line of the {@link BadArgument} it throws. */
    @Override
    public final Integer call() {
        try {
            final String text = answer();
            final PrintWriter out = spec.commandLine().getOut();
            out.println(text);
            out.flush();
            return 0;
        } catch (final BadArgument bad) {
            final PrintWriter err = spec.commandLine().getErr();
            err.println(spec.name() + ": " + bad.getMessage());
            err.flush();
            return BAD_ARGUMENT;
        }
    }

    /** What to print, read from the options; throws {@link BadArgument} for an option it cannot read. */
    abstract String answer();

    /** A parameter exception handler printing one line and returning 2. */
    static int oneLineError(final CommandLine.ParameterException problem, final String[] args) {
        problem.getCommandLine().getErr().println(problem.getCommandLine().getCommandName() + ": " + problem.getMessage());
        return BAD_ARGUMENT;
    }

    /** A bad argument or file; its message is the one line printed on stderr. */
    static final class BadArgument extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadArgument(final String message) {
            super(message, null, false, false);
        }
    }
}
