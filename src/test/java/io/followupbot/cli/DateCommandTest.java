package io.followupbot.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

final class DateCommandTest {

    private static CommandRun run(final String... args) {
        return CommandRun.subcommand(List.of("date"), args);
    }

    @DisplayName("--json prints exactly one line: a day, a local date-time, none, or the question the bot would ask")
    @ParameterizedTest(name = "{0} \"{3}\" ({2}) -> {4}")
    @CsvSource(delimiter = ';', textBlock = """
            decision;  America/New_York; US; by Friday;          {"status":"date","at":"2026-03-13"}
            decision;  America/New_York; US; by COB Friday;      {"status":"date","at":"2026-03-13"}
            decision;  Europe/London;    GB; 20/3;               {"status":"date","at":"2026-03-20"}
            decision;  America/New_York; US; they didnt say;     {"status":"none"}
            interview; America/New_York; US; Monday 2:30;        {"status":"date","at":"2026-03-09T14:30"}
            interview; Europe/London;    GB; 9/3 at 2pm;         {"status":"date","at":"2026-03-09T14:00"}
            interview; America/New_York; US; yesterday afternoon; {"status":"date","at":"2026-03-09T14:00"}
            """)
    void json(final String as, final String zone, final String country, final String phrase, final String expected) {
        // GIVEN a member typing on Tuesday 10 March 2026 at 15:00, after an interview that began at 14:00
        // WHEN the command reads the phrase as JSON
        final CommandRun run = run("--as", as, "--now", "2026-03-10T15:00", "--zone", zone, "--country", country,
                "--after", "2026-03-10T14:00", "--json", "--", phrase);

        // THEN exactly one line, the reading
        assertThat(run.printed()).isEqualTo(expected + System.lineSeparator());
    }

    @Test
    @DisplayName("A phrase with two readings prints the question the bot would ask, naming both days")
    void ask() {
        // GIVEN "next Wednesday" said on a Tuesday
        final CommandRun run = run("--as", "decision", "--now", "2026-03-10T15:00", "--zone", "America/New_York", "--json",
                "next Wednesday");

        // THEN a question naming tomorrow and the Wednesday after
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("{\"status\":\"ask\",\"message\":\"Which Wednesday do you mean: ")
                .contains("Wednesday 11 March 2026").contains("Wednesday 18 March 2026").hasLineCount(1);
    }

    @Test
    @DisplayName("Zones by city or abbreviation, a decision read from --after, and a phrase starting with a dash after --")
    void zonesAfterAndDashes() {
        // GIVEN an interview on Friday 6 March, read on Tuesday 10 March, in "PST"
        final CommandRun decision = run("--as", "decision", "--now", "2026-03-10T09:00", "--after", "2026-03-06T10:00",
                "--zone", "pst", "--json", "in a week or two");
        final CommandRun none = run("--as", "decision", "--now", "2026-03-10T09:00", "--zone", "Berlin", "--json", "--", "-");

        // THEN two weeks after the interview, and "-" is "no date"
        assertThat(decision.out().strip()).isEqualTo("{\"status\":\"date\",\"at\":\"2026-03-20\"}");
        assertThat(none.out().strip()).isEqualTo("{\"status\":\"none\"}");
    }

    @Test
    @DisplayName("Without --json the reading is echoed in words")
    void human() {
        final CommandRun run = run("--as", "interview", "--now", "2026-03-10T15:00", "--zone", "America/New_York", "Monday morning");

        assertThat(run.out().strip()).isEqualTo("2026-03-09T10:00  Monday 9 March 2026 at 10:00 (morning)");
    }

    @Test
    @DisplayName("--help starts with the usage line")
    void help() {
        final CommandRun run = run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: followup-bot date").contains("--as").contains("--after").contains("--country");
    }

    @DisplayName("A bad option exits 2 with one line on stderr")
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            --as decision --zone America/New_York --bogus Friday
            --as sometime --zone America/New_York Friday
            --as decision --zone Mars/Olympus Friday
            --as decision --zone America/New_York --now yesterday Friday
            --as decision --zone America/New_York
            --zone America/New_York Friday
            """)
    void badOption(final String arguments) {
        final CommandRun run = run(arguments.split(" "));

        assertThat(run.refusal()).isNotBlank();
    }
}
