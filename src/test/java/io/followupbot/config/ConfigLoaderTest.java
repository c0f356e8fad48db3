package io.followupbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.followupbot.interview.Cadence;
import io.followupbot.policy.calendar.DayOff;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class ConfigLoaderTest {

    private static ConfigLoader loader(final Map<String, String> environment) {
        return new ConfigLoader(environment);
    }

    @Test
    @DisplayName("GIVEN an empty file WHEN loaded THEN every section takes its stated default")
    void emptyFileTakesDefaults() {
        final BotConfig config = loader(Map.of()).parse("", "test.yml");

        assertThat(config.database().jdbcUrl()).isEqualTo("jdbc:sqlite:data/followup.db");
        assertThat(config.database().isPostgres()).isFalse();
        assertThat(config.defaults().zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(config.defaults().country()).isEqualTo("US");
        assertThat(config.defaults().nudgeHour()).isEqualTo(LocalTime.of(9, 0));
        assertThat(config.defaults().quietStart()).isEqualTo(LocalTime.of(21, 0));
        assertThat(config.defaults().quietEnd()).isEqualTo(LocalTime.of(8, 0));
        assertThat(config.defaults().cadence()).isEqualTo(Cadence.STANDARD);
        assertThat(config.conversation().intakeExpiry()).isEqualTo(Duration.ofDays(7));
        assertThat(config.conversation().maxAnswerLength()).isEqualTo(2000);
        assertThat(config.web().bind()).isEqualTo("127.0.0.1");
        assertThat(config.web().port()).isEqualTo(8080);
        assertThat(config.slack().enabled()).isFalse();
        assertThat(config.slack().apiUrl()).hasToString("https://slack.com/api/");
        assertThat(config.discord().enabled()).isFalse();
    }

    @Test
    @DisplayName("GIVEN a region as the default place and community closures WHEN loaded THEN both are kept")
    void regionAndClosures() {
        final BotConfig config = loader(Map.of()).parse("""
                defaults:
                  country: gb-sct
                holidays:
                  closed:
                    - {days: "12-24", name: "Christmas Eve"}
                    - {days: "2026-12-21..2027-01-01", name: "Winter break"}
                  ignore:
                    - "2026-11-30"
                """, "t");

        assertThat(config.defaults().country()).isEqualTo("GB-SCT");
        assertThat(config.closures().closedIn(2026)).extracting(DayOff::name).contains("Christmas Eve", "Winter break");
        assertThat(config.closures().closedIn(2027)).extracting(DayOff::date)
                .contains(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 24));
        assertThat(config.closures().ignores(LocalDate.of(2026, 11, 30))).isTrue();
        assertThat(config.describe()).contains("holidays: 2 community closure(s), 1 public holiday(s) ignored");
    }

    @Test
    @DisplayName("GIVEN the shipped bot-config.yml WHEN loaded with no environment THEN it is valid and starts the web chat")
    void shippedFileIsValid() {
        final BotConfig config = loader(Map.of()).load(Path.of("bot-config.yml"));

        assertThat(config.defaults().zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(config.slack().enabled()).isFalse();
        assertThat(config.discord().enabled()).isFalse();
        assertThat(config.describe()).anyMatch(line -> line.startsWith("web chat: http://127.0.0.1:8080/"));
    }

    @Test
    @DisplayName("GIVEN ${VAR} and ${VAR:-default} WHEN the environment sets some THEN values are substituted")
    void environmentSubstitution() {
        final String yaml = """
                web:
                  port: ${PORT:-8080}
                  bind: ${BIND:-127.0.0.1}
                slack:
                  bot-token: ${SLACK_BOT_TOKEN}
                  signing-secret: ${SLACK_SIGNING_SECRET:-from-the-default}
                  app-token: ${SLACK_APP_TOKEN:-}
                """;
        final BotConfig config = loader(Map.of("PORT", "9999", "SLACK_BOT_TOKEN", "xoxb-123"))
                .parse(yaml, "test.yml");

        assertThat(config.web().port()).isEqualTo(9999);
        assertThat(config.web().bind()).isEqualTo("127.0.0.1");
        assertThat(config.slack().botToken().reveal()).isEqualTo("xoxb-123");
        assertThat(config.slack().signingSecret().reveal()).isEqualTo("from-the-default");
        assertThat(config.slack().appToken().isSet()).isFalse();
    }

    @Test
    @DisplayName("GIVEN ${VAR} with no default WHEN the variable is unset THEN the error names the key and the variable")
    void missingVariable() {
        assertThatThrownBy(() -> loader(Map.of()).parse("slack:\n  bot-token: ${SLACK_BOT_TOKEN}\n", "t"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("slack.bot-token")
                .hasMessageContaining("SLACK_BOT_TOKEN");
    }

    @Test
    @DisplayName("GIVEN DATABASE_URL in postgres:// form WHEN loaded THEN PostgreSQL is used with its credentials")
    void databaseUrlSwitchesToPostgres() {
        final BotConfig config = loader(Map.of("DATABASE_URL", "postgres://bot:s%40cret@db.local:6543/followup"))
                .parse("", "t");

        assertThat(config.database().isPostgres()).isTrue();
        assertThat(config.database().jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:6543/followup");
        assertThat(config.database().user()).isEqualTo("bot");
        assertThat(config.database().password().reveal()).isEqualTo("s@cret");
        assertThat(config.database().toString()).doesNotContain("s@cret");
        assertThat(String.join("\n", config.describe())).doesNotContain("s@cret");
    }

    static Stream<Arguments> invalidFiles() {
        return Stream.of(
                Arguments.of("defaults:\n  cadence: fast\n", "defaults.cadence", "\"fast\"", "gentle (one check-in), standard (two, a week apart)"),
                Arguments.of("defaults:\n  time-zone: Mars/Olympus\n", "defaults.time-zone", "\"Mars/Olympus\"", "Europe/Berlin"),
                Arguments.of("defaults:\n  country: XX\n", "defaults.country", "\"XX\"", "US, GB or DE"),
                Arguments.of("defaults:\n  country: GB-XYZ\n", "defaults.country", "\"GB-XYZ\"", "GB-SCT"),
                Arguments.of("holidays:\n  closed:\n    - {days: \"12-32\", name: x}\n", "holidays.closed[0].days",
                        "'12-32'", "12-24"),
                Arguments.of("holidays:\n  closed: \"12-24\"\n", "holidays.closed", "must be a list", ""),
                Arguments.of("holidays:\n  ignore:\n    - tomorrow\n", "holidays.ignore[0]", "'tomorrow'", "2026-12-24"),
                Arguments.of("holidays:\n  closd: []\n", "holidays.closd", "is not a setting", "closed"),
                Arguments.of("defaults:\n  nudge-hour: \"25:00\"\n", "defaults.nudge-hour", "\"25:00\"", "9, 9:30, 09:00 or 9am"),
                Arguments.of("defaults:\n  quiet-hours:\n    start: nine\n", "defaults.quiet-hours.start", "\"nine\"", "9, 9:30, 09:00 or 9am"),
                Arguments.of("conversation:\n  intake-expiry: forever\n", "conversation.intake-expiry", "'forever'", "7d"),
                Arguments.of("conversation:\n  max-answer-length: 5\n", "conversation.max-answer-length", "'5'", "100 to 20000"),
                Arguments.of("web:\n  port: http\n", "web.port", "'http'", "0 to 65535"),
                Arguments.of("web:\n  port: 70000\n", "web.port", "'70000'", "0 to 65535"),
                Arguments.of("database:\n  url: mysql://x\n", "database.url", "'mysql://x'", "jdbc:sqlite:"),
                Arguments.of("drafts:\n  override-dir: /no/such/folder\n", "drafts.override-dir", "'/no/such/folder'", "folder that exists"),
                Arguments.of("slack:\n  api-url: not a url\n", "slack.api-url", "'not a url'", "full URL"),
                Arguments.of("defualts:\n  cadence: gentle\n", "defualts", "is not a setting", "defaults"),
                Arguments.of("defaults:\n  cadense: gentle\n", "defaults.cadense", "is not a setting", "cadence"),
                Arguments.of("defaults: gentle\n", "defaults", "must be a section", "cadence"),
                Arguments.of("web:\n  port: [1, 2]\n", "web.port", "single value", ""),
                Arguments.of("web:\n  port: 80\n bind: x\n", "not valid YAML", "line", "indentation"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidFiles")
    @DisplayName("GIVEN an invalid value WHEN loaded THEN one line names the key, the bad value and what is allowed")
    void validationErrors(final String yaml, final String key, final String value, final String allowed) {
        assertThatThrownBy(() -> loader(Map.of()).parse(yaml, "bot-config.yml"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(key)
                .hasMessageContaining(value)
                .hasMessageContaining(allowed)
                .satisfies(failure -> assertThat(failure.getMessage()).doesNotContain("\n"));
    }

    @Test
    @DisplayName("GIVEN an existing override folder WHEN loaded THEN drafts use it")
    void draftsOverrideDir(@TempDir final Path folder) {
        final BotConfig config = loader(Map.of()).parse("drafts:\n  override-dir: " + folder + "\n", "t");

        assertThat(config.drafts().overrideDir()).isEqualTo(Optional.of(folder));
    }

    @Test
    @DisplayName("GIVEN no file at the path WHEN loaded THEN the message says how to point at one")
    void missingFile(@TempDir final Path folder) {
        assertThatThrownBy(() -> loader(Map.of()).load(folder.resolve("nope.yml")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("no such file")
                .hasMessageContaining("--config");
    }

    @Test
    @DisplayName("GIVEN an environment value full of YAML WHEN substituted THEN it stays one plain value")
    void environmentCannotInjectYaml(@TempDir final Path folder) throws Exception {
        final Path file = folder.resolve("c.yml");
        Files.writeString(file, "web:\n  bind: ${BIND}\n");

        assertThatThrownBy(() -> loader(Map.of("BIND", "x\nslack:\n  bot-token: evil")).load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("web.bind");
    }

    @Test
    @DisplayName("GIVEN a secret WHEN printed THEN its value never shows")
    void secretsAreMasked() {
        final Secret secret = Secret.of("xoxb-very-secret");

        assertThat(secret.toString()).doesNotContain("xoxb").isEqualTo("****");
        assertThat(Secret.of("").toString()).isEqualTo("(not set)");
    }
}
