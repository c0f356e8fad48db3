package io.followupbot;

import io.followupbot.cli.CheckConfigCommand;
import io.followupbot.cli.CommunityCommand;
import io.followupbot.cli.HolidaysCommand;
import io.followupbot.cli.MigrateCommand;
import io.followupbot.cli.DateCommand;
import io.followupbot.cli.PlanCommand;
import io.followupbot.cli.ReadMessageCommand;
import io.followupbot.cli.ResealCommand;
import io.followupbot.cli.RunCommand;
import io.followupbot.cli.VersionProvider;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** The command line: {@code run} (the default), {@code migrate}, {@code check-config}, {@code plan}. */
@CommandLine.Command(name = "followup-bot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Helps job seekers follow up after interviews, in Slack, Discord or a local web chat.")
public final class Main implements Callable<Integer> {

    private final RunCommand run;

    private Main(final RunCommand run) {
        this.run = run;
    }

    public static void main(final String[] args) {
        System.exit(commandLine(System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true))
                .execute(args));
    }

    /** The whole command line, with the environment and output streams given (tests pass their own). */
    public static CommandLine commandLine(final Map<String, String> environment, final PrintWriter out,
                                         final PrintWriter err) {
        final RunCommand run = new RunCommand(environment);
        final CommandLine commandLine = new CommandLine(new Main(run))
                .addSubcommand("run", run)
                .addSubcommand("migrate", new MigrateCommand(environment))
                .addSubcommand("reseal", new ResealCommand(environment))
                .addSubcommand("check-config", new CheckConfigCommand(environment))
                .addSubcommand("plan", new PlanCommand(Clock.systemDefaultZone()))
                .addSubcommand("holidays", new HolidaysCommand(environment))
                .addSubcommand("date", new DateCommand(Clock.systemDefaultZone()))
                .addSubcommand("read-message", new ReadMessageCommand(Clock.systemDefaultZone()))
                .addSubcommand("community", new CommunityCommand(environment,
                        Clock.systemUTC()));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((failure, arguments) -> {
            final CommandLine failed = failure.getCommandLine();
            failed.getErr().println(failure.getMessage() + " (see " + failed.getCommandSpec().qualifiedName()
                    + " --help)");
            return 2;
        });
        return commandLine;
    }

    /** With no command, {@code run}, with its exit status. */
    @Override
    public Integer call() {
        return run.call();
    }
}
