package io.followupbot.cli;

import io.followupbot.testkit.TestConfigs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

final class HolidaysCommandTest {

    @Test
    @DisplayName("GIVEN Scotland and 2026 WHEN --json THEN exactly its days off, on the days they are kept")
    void jsonForScotland() {
        final CommandRun run = CommandRun.followupBot("holidays", "gb-sct", "2026", "--json");

        assertThat(run.printed()).isEqualTo("{\"place\":\"GB-SCT\",\"year\":2026,\"holidays\":["
                + "{\"date\":\"2026-01-01\",\"name\":\"New Year's Day\"},"
                + "{\"date\":\"2026-01-02\",\"name\":\"2nd January\"},"
                + "{\"date\":\"2026-04-03\",\"name\":\"Good Friday\"},"
                + "{\"date\":\"2026-05-04\",\"name\":\"Early May Bank Holiday\"},"
                + "{\"date\":\"2026-05-25\",\"name\":\"Spring Bank Holiday\"},"
                + "{\"date\":\"2026-06-15\",\"name\":\"World Cup bank holiday\"},"
                + "{\"date\":\"2026-08-03\",\"name\":\"Summer Bank Holiday\"},"
                + "{\"date\":\"2026-11-30\",\"name\":\"St. Andrew's Day\"},"
                + "{\"date\":\"2026-12-25\",\"name\":\"Christmas\"},"
                + "{\"date\":\"2026-12-28\",\"name\":\"Boxing Day (observed)\"}"
                + "]}" + System.lineSeparator());
    }

    @Test
    @DisplayName("GIVEN Japan and 2027 WHEN listed as text THEN one line per day off, the corrected days included")
    void textForJapan() {
        final CommandRun run = CommandRun.followupBot("holidays", "JP", "2027");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("JP 2027: 17 days off besides weekends")
                .contains("2027-02-23  Tue 23 Feb  Emperor's Birthday")
                .contains("2027-03-22  Mon 22 Mar  Vernal Equinox Day (substitute holiday)")
                .doesNotContain("2027-12-23");
    }

    @Test
    @DisplayName("GIVEN --config with community closures THEN they are listed and ignored holidays are not")
    void communityClosures(@TempDir final Path folder) throws Exception {
        final Path config = TestConfigs.writtenIn(folder, """
                holidays:
                  closed:
                    - {days: "12-24", name: "Christmas Eve (bootcamp closed)"}
                  ignore:
                    - "2026-11-11"
                """);

        final CommandRun run = CommandRun.followupBot("holidays", "US", "2026", "--json", "--config", config.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("{\"date\":\"2026-12-24\",\"name\":\"Christmas Eve (bootcamp closed)\"}")
                .doesNotContain("2026-11-11").contains("2026-11-26");
    }

    @Test
    @DisplayName("GIVEN --help THEN the usage of the holidays command")
    void help() {
        final CommandRun run = CommandRun.followupBot("holidays", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: followup-bot holidays").contains("PLACE").contains("YEAR").contains("--json");
    }

    @DisplayName("GIVEN a place we do not know THEN exit 2 with one line that says how to write one")
    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"XX", "GB-XYZ", "Scotland", "<@U123>"})
    void unknownPlace(final String place) {
        final CommandRun run = CommandRun.followupBot("holidays", place, "2026");

        assertThat(run.refusal()).contains("\"" + place + "\"").contains("GB-SCT").contains("US");
    }

    @Test
    @DisplayName("GIVEN a year that is no number THEN exit 2 with a reason")
    void badYear() {
        final CommandRun run = CommandRun.followupBot("holidays", "US", "next");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("next");
    }
}
