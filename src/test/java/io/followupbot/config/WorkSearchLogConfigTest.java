package io.followupbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.followupbot.interview.ActivityKind;
import io.followupbot.interview.WorkSearchTerms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code work-search-log:} in bot-config.yml: the log's words for every community, and a community's own. */
final class WorkSearchLogConfigTest {

    private static BotConfig parse(final String yaml) {
        return new ConfigLoader(Map.of("LOG_RESULT", "Ergebnis")).parse(yaml, "bot-config.yml");
    }

    @Test
    @DisplayName("GIVEN no work-search-log section WHEN loaded THEN every community's log is in English")
    void englishByDefault() {
        final BotConfig config = parse("");

        assertThat(config.workSearchLog().of("slack:T0123ABC")).isEqualTo(WorkSearchTerms.ENGLISH);
        assertThat(WorkSearchTerms.ENGLISH.header()).containsExactly("date", "activity", "employer", "position",
                "contact", "method", "result");
        assertThat(config.describe()).noneMatch(line -> line.startsWith("work-search log"));
    }

    @Test
    @DisplayName("GIVEN German column names for everyone and a Discord server's own words WHEN loaded THEN each "
            + "community gets everyone's names with its own over them, and the environment is read as everywhere")
    void everyoneAndACommunity() {
        final BotConfig config = parse("""
                work-search-log:
                  columns:
                    date: Datum
                    activity: Tätigkeit
                    employer: Arbeitgeber
                    position: Stelle
                    contact: Ansprechpartner
                    method: Art der Bewerbung
                    result: ${LOG_RESULT}
                  activities:
                    interview: Vorstellungsgespräch
                  communities:
                    discord:123456789012345678:
                      activities:
                        thank-you-sent: "Dankschreiben gesendet"
                      results:
                        rejected: Absage
                """);

        final WorkSearchTerms everyone = config.workSearchLog().of("web:local");
        assertThat(everyone.header()).containsExactly("Datum", "Tätigkeit", "Arbeitgeber", "Stelle", "Ansprechpartner",
                "Art der Bewerbung", "Ergebnis");
        assertThat(everyone.word(ActivityKind.INTERVIEW)).isEqualTo("Vorstellungsgespräch");
        assertThat(everyone.word(ActivityKind.THANK_YOU_SENT)).isEqualTo("thank-you sent");
        final WorkSearchTerms server = config.workSearchLog().of("discord:123456789012345678");
        assertThat(server.header()).isEqualTo(everyone.header());
        assertThat(server.word(ActivityKind.INTERVIEW)).isEqualTo("Vorstellungsgespräch");
        assertThat(server.word(ActivityKind.THANK_YOU_SENT)).isEqualTo("Dankschreiben gesendet");
        assertThat(server.word(WorkSearchTerms.Result.REJECTED)).isEqualTo("Absage");
        assertThat(server.count(3)).isEqualTo("3 activities");
        assertThat(config.describe()).contains("work-search log: columns Datum,Tätigkeit,Arbeitgeber,Stelle,"
                + "Ansprechpartner,Art der Bewerbung,Ergebnis; 1 community(ies) with their own words: "
                + "discord:123456789012345678");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a column the log does not have | 'work-search-log:\n  columns:\n    datum: Datum' | work-search-log.columns.datum: is not a setting followup-bot knows; keys here are activity, contact, date, employer, method, position, result
            an activity misspelt in a community | 'work-search-log:\n  communities:\n    web:local:\n      activities:\n        interveiw: Gespräch' | work-search-log.communities.web:local.activities.interveiw: is not a setting followup-bot knows; keys here are applied, check-in-sent, follow-up-sent, interview, interview-round, reply-heard, thank-you-sent, week-total, withdrew
            a community section of unknown keys | 'work-search-log:\n  communities:\n    web:local:\n      headers: {}' | work-search-log.communities.web:local.headers: is not a setting followup-bot knows; keys here are activities, columns, results
            a community not named platform:id | 'work-search-log:\n  communities:\n    T0123ABC:\n      columns: {date: Datum}' | work-search-log.communities.T0123ABC: is not a community; name one as platform:id, e.g. slack:T0123ABC (a workspace), discord:123456789012345678 (a server) or web:local
            an empty name | 'work-search-log:\n  columns:\n    date: \"\"' | work-search-log.columns.date: '' is not valid; write one line of 1 to 60 characters, or leave the key out to keep "date"
            columns as a list | 'work-search-log:\n  columns:\n    - Datum' | work-search-log.columns: must be a section with keys activity, contact, date, employer, method, position, result
            """)
    @DisplayName("GIVEN a work-search-log section with a mistake WHEN loaded THEN start-up stops with one line naming "
            + "the key and what is allowed")
    void mistakesAreRefusedInOneLine(final String mistake, final String yaml, final String message) {
        assertThatThrownBy(() -> parse(yaml.replace("\\n", "\n"))).isInstanceOf(ConfigException.class)
                .hasMessage(message).message().doesNotContain("\n");
    }

    @Test
    @DisplayName("GIVEN the German log of the README and of the sample bot-config.yml (uncommented) WHEN loaded THEN "
            + "both name the seven columns in German, and the sample's workspace its contact column its own way")
    void theDocumentedExamplesLoad() throws IOException {
        final String readme = Files.readString(Path.of("README.md"));
        final int start = readme.indexOf("```yaml\nwork-search-log:") + "```yaml\n".length();
        final String sample = Files.readString(Path.of("bot-config.yml"));
        final String uncommented = sample.substring(sample.indexOf("# work-search-log:")).lines()
                .map(line -> line.replaceFirst("^# ?", "")).collect(Collectors.joining("\n"));
        final List<String> german = List.of("Datum", "Tätigkeit", "Arbeitgeber", "Stelle", "Ansprechpartner",
                "Art der Bewerbung", "Ergebnis");

        for (final String yaml : List.of(readme.substring(start, readme.indexOf("```", start)), uncommented)) {
            final BotConfig.WorkSearchLog log = parse(yaml).workSearchLog();
            assertThat(log.everyone().header()).isEqualTo(german);
            assertThat(log.everyone().count(1)).isEqualTo("1 Tätigkeit");
            assertThat(log.of("slack:T0123ABC").header()).containsExactly("Datum", "Tätigkeit", "Arbeitgeber",
                    "Stelle", "Kontaktperson", "Art der Bewerbung", "Ergebnis");
        }
    }
}
