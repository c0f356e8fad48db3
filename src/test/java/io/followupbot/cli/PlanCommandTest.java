package io.followupbot.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

final class PlanCommandTest {

    /** Wednesday 11 March 2026, 12:00 UTC: the day after the interview of the examples. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-11T12:00:00Z"), ZoneOffset.UTC);

    private static CommandRun run(final String... args) {
        return CommandRun.of(new CommandLine(new PlanCommand(CLOCK)), args);
    }

    /** Plans the example interview, Tuesday 10 March 2026 at 14:00 in New York, with the options {@code more}. */
    private static CommandRun planTheExample(final String... more) {
        final String[] args = {"--interview-at", "2026-03-10T14:00", "--zone", "America/New_York"};
        return run(java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more))
                .toArray(String[]::new));
    }

    @Test
    @DisplayName("--json prints exactly the steps, in time order, with offset times and a recipient only per person")
    void jsonShape() {
        // GIVEN a Tuesday interview in New York with two interviewers and news "by Friday"
        // WHEN planning as JSON
        final CommandRun run = planTheExample("--decision", "by Friday", "--interviewers", "Ana Ruiz, Ben Ode", "--json");

        // THEN the exact document
        assertThat(run.printed()).isEqualTo("{\"steps\":["
                + "{\"kind\":\"thank_you\",\"at\":\"2026-03-10T18:00:00-04:00\",\"to\":\"Ana Ruiz\"},"
                + "{\"kind\":\"thank_you\",\"at\":\"2026-03-10T18:00:00-04:00\",\"to\":\"Ben Ode\"},"
                + "{\"kind\":\"linkedin\",\"at\":\"2026-03-11T09:00:00-04:00\",\"to\":\"Ana Ruiz\"},"
                + "{\"kind\":\"linkedin\",\"at\":\"2026-03-11T09:00:00-04:00\",\"to\":\"Ben Ode\"},"
                + "{\"kind\":\"check_in\",\"at\":\"2026-03-16T09:00:00-04:00\"},"
                + "{\"kind\":\"check_in\",\"at\":\"2026-03-23T09:00:00-04:00\"},"
                + "{\"kind\":\"move_on\",\"at\":\"2026-03-30T09:00:00-04:00\"}"
                + "],\"left_out\":[]}" + System.lineSeparator());
    }

    @Test
    @DisplayName("--json for an interview still ahead starts with a prep step; options change country, cadence and nudge hour")
    void jsonUpcoming() {
        // GIVEN an interview on Friday 13 March in Berlin, ahead of the clock, gentle cadence, nudges at 08:30
        // WHEN planning as JSON
        final CommandRun run = run("--interview-at", "2026-03-13T14:00", "--zone", "Europe/Berlin", "--country", "DE",
                "--cadence", "gentle", "--nudge-hour", "08:30", "--json");

        // THEN prep that morning; how it went just after; one thank-you for no one in particular; the Monday connection; one check-in
        assertThat(run.printed()).isEqualTo("{\"steps\":["
                + "{\"kind\":\"prep\",\"at\":\"2026-03-13T08:30:00+01:00\"},"
                + "{\"kind\":\"debrief\",\"at\":\"2026-03-13T15:15:00+01:00\"},"
                + "{\"kind\":\"thank_you\",\"at\":\"2026-03-13T18:00:00+01:00\"},"
                + "{\"kind\":\"linkedin\",\"at\":\"2026-03-16T08:30:00+01:00\"},"
                + "{\"kind\":\"check_in\",\"at\":\"2026-03-20T08:30:00+01:00\"},"
                + "{\"kind\":\"move_on\",\"at\":\"2026-03-27T08:30:00+01:00\"}"
                + "],\"left_out\":[]}" + System.lineSeparator());
    }

    @Test
    @DisplayName("Without --json the plan is printed for people, one step a line")
    void humanOutput() {
        // GIVEN the example interview
        // WHEN planning as text
        final CommandRun run = planTheExample("--decision", "by Friday", "--interviewers", "Ana Ruiz");

        // THEN a heading and one line per step
        assertThat(run.printed().lines()).containsExactly(
                "Interview Tuesday 10 March 2026 at 14:00 (America/New_York), decision by Friday 13 March 2026, standard cadence, US business days",
                "  Tue 10 Mar 2026 18:00  thank-you                   Ana Ruiz",
                "  Wed 11 Mar 2026 09:00  LinkedIn connection         Ana Ruiz",
                "  Mon 16 Mar 2026 09:00  status check-in",
                "  Mon 23 Mar 2026 09:00  status check-in #2 (final)",
                "  Mon 30 Mar 2026 09:00  close the loop and move on");
    }

    @Test
    @DisplayName("--now plans as at that moment; a thank-you it leaves out is listed with the chat's reason, in the "
            + "text and in the JSON")
    void nowAndTheReasonsForLeftOutSteps() {
        // GIVEN an interview on Tuesday 10 March, planned as if it were Friday 20 March
        final String why = "9 days after the interview, a thank-you has lost its point; the check-in does the job now";

        // WHEN planning as text THEN the thank-you is left out, with the reason the chat gives for it
        final CommandRun text = planTheExample("--interviewers", "Ana Ruiz", "--now", "2026-03-20T10:00");
        assertThat(text.printed()).endsWith("  left out: thank-you to Ana Ruiz (" + why + ")" + System.lineSeparator());

        // AND as JSON it is under left_out with its kind, recipient and reason
        final CommandRun json = planTheExample("--interviewers", "Ana Ruiz", "--now", "2026-03-20T10:00", "--json");
        assertThat(json.out()).endsWith("\"left_out\":[{\"kind\":\"thank_you\",\"to\":\"Ana Ruiz\",\"why\":\"" + why
                + "\"}]}" + System.lineSeparator());
    }

    @Test
    @DisplayName("--now takes what the chat takes for a past moment: a phrase is read from the clock")
    void nowInWords() {
        // GIVEN the clock; WHEN --now is "yesterday at 10" THEN the plan is the one of that moment
        final CommandRun inWords = run("--interview-at", "2026-03-01T14:00", "--zone", "UTC", "--now", "yesterday at 10");
        final CommandRun exact = run("--interview-at", "2026-03-01T14:00", "--zone", "UTC", "--now",
                CLOCK.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(1) + "T10:00");
        assertThat(inWords.exitCode()).isZero();
        assertThat(inWords.out()).isEqualTo(exact.out());
        // AND a moment it can't read is refused in one line
        assertThat(run("--interview-at", "2026-03-01T14:00", "--zone", "UTC", "--now", "whenever").err())
                .isEqualTo("plan: --now 'whenever' is not a date and time (use e.g. 2026-03-10T14:00)"
                        + System.lineSeparator());
    }

    @DisplayName("A bad argument exits 2 with one line on stderr naming it")
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            --zone America/New_York                                                      | --interview-at is required
            --interview-at 2026-03-10T14:00                                              | --zone is required
            --interview-at 2026-03-10T14:00 --zone Mars/Olympus                          | --zone "Mars/Olympus" isn't a time zone I know
            --interview-at someday --zone America/New_York                               | --interview-at 'someday' is not a date and time
            --interview-at 2026-03-10T14:00 --zone America/New_York --cadence pushy      | --cadence "pushy" isn't a cadence: it is gentle (one check-in)
            --interview-at 2026-03-10T14:00 --zone America/New_York --country XX         | --country "XX" isn't a place whose public holidays I know
            --interview-at 2026-03-10T14:00 --zone America/New_York --nudge-hour 25:00   | --nudge-hour "25:00" isn't a time of day: write one as 9, 9:30, 09:00 or 9am.
            --interview-at 2026-03-10T14:00 --zone America/New_York --decision 3/9       | --decision: "3/9" would be Monday 9 March 2026, before the interview
            --interview-at 2026-03-10T14:00 --zone America/New_York --decision whenever  | --decision: "whenever" doesn't name a day yet
            --interview-at 2026-03-10T14:00 --zone America/New_York --colour red         | unknown argument '--colour'
            """)
    void badArguments(final String args, final String reason) {
        // GIVEN / WHEN running with a bad argument
        final CommandRun run = run(args.strip().split(" "));

        // THEN exit code 2, nothing on stdout, one line on stderr with the reason
        assertThat(run.refusal()).startsWith("plan: ").contains(reason);
    }

    @Test
    @DisplayName("Parse errors picocli itself finds are one line and exit 2 with the command line's handler")
    void parseErrorsAreOneLine() {
        // GIVEN the command line with the one-line handler, and an option missing its value
        // WHEN running
        final CommandRun run = CommandRun.of(PlanCommand.commandLine(CLOCK), "--interview-at", "2026-03-10T14:00", "--zone");

        // THEN exit code 2 and one line
        assertThat(run.refusal()).startsWith("plan: ").contains("--zone");
    }

    @Test
    @DisplayName("--decision \"they didn't say\" plans the first check-in a week after the interview")
    void noDecisionDate() {
        // GIVEN / WHEN planning with no decision date
        final CommandRun run = planTheExample("--decision", "they didn't say", "--cadence", "GENTLE", "--json");

        // THEN the check-in is on Tuesday 17 March
        assertThat(run.printed()).contains("{\"kind\":\"check_in\",\"at\":\"2026-03-17T09:00:00-04:00\"}");
    }

    @Test
    @DisplayName("--earlier-round plans one application: the latest round's thank-yous, one per person, each step "
            + "naming its round, and one check-in sequence from the latest round's decision date")
    void earlierRounds() {
        // GIVEN a screen with Rita on Tuesday 3 March, then the round of Tuesday 10 March with Ana, Rita again
        // WHEN planning as JSON on Wednesday 11 March
        final CommandRun run = planTheExample("--decision", "by Friday",
                "--interviewers", "Ana Ruiz, Rita Gomez", "--earlier-round", "2026-03-03T10:00|Rita Gomez", "--json");

        // THEN the second round's thank-yous and the connection to Ana (Rita's follows her first thank-you, long
        // left out), then one check-in sequence and one move-on
        assertThat(run.printed()).startsWith("{\"steps\":["
                + "{\"kind\":\"thank_you\",\"at\":\"2026-03-10T18:00:00-04:00\",\"to\":\"Ana Ruiz\",\"round\":2},"
                + "{\"kind\":\"thank_you\",\"at\":\"2026-03-10T18:00:00-04:00\",\"to\":\"Rita Gomez\",\"round\":2},");
        assertThat(run.out()).containsOnlyOnce("move_on").contains(
                "{\"kind\":\"check_in\",\"at\":\"2026-03-16T09:00:00-04:00\",\"round\":2},"
                + "{\"kind\":\"check_in\",\"at\":\"2026-03-23T09:00:00-04:00\",\"round\":2},"
                + "{\"kind\":\"move_on\",\"at\":\"2026-03-30T09:00:00-04:00\",\"round\":2}]");
    }

    @Test
    @DisplayName("an --earlier-round that is not before the interview is refused with one line and exit code 2")
    void earlierRoundAfterTheInterview() {
        // WHEN the earlier round is dated after --interview-at
        final CommandRun run = planTheExample("--earlier-round", "2026-03-12T10:00");
        // THEN
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("plan: --earlier-round '2026-03-12T10:00' is not before --interview-at"
                + System.lineSeparator());
    }
}
