package io.followupbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** bot-config.yml's privacy: and retention: sections, and what check-config says about them. */
final class PrivacyConfigTest {

    private static BotConfig load(final Map<String, String> environment, final String yaml) {
        return new ConfigLoader(environment).parse(yaml, "test.yml");
    }

    @Test
    @DisplayName("GIVEN no privacy or retention section WHEN loaded THEN no operator is named, closed applications go "
            + "after 365 days and silent members after 540, and the description says so and that data is in the clear")
    void defaults() {
        final BotConfig config = load(Map.of(), "");

        assertThat(config.privacy()).isEqualTo(BotConfig.Privacy.UNSET);
        assertThat(config.retention()).isEqualTo(new BotConfig.Retention(365, 540));
        assertThat(config.describe()).contains("retention: closed applications deleted after 365 days, inactive "
                        + "members deleted after 540 days (told a week before)",
                "encryption at rest: off: member data is stored in the clear (set FOLLOWUP_ENCRYPTION_KEY to seal it)");
    }

    @Test
    @DisplayName("GIVEN FOLLOWUP_ENCRYPTION_KEY, and an old key beside it THEN the description says member data is "
            + "sealed, and how many old keys are read, never a key")
    void encryptionAtRestOn() {
        assertThat(load(Map.of("FOLLOWUP_ENCRYPTION_KEY", "k1-secret-value"), "").describe())
                .contains("encryption at rest: on: member data is sealed per field (FOLLOWUP_ENCRYPTION_KEY is set)");
        assertThat(load(Map.of("FOLLOWUP_ENCRYPTION_KEY", "k1-secret-value", "FOLLOWUP_ENCRYPTION_OLD_KEYS",
                "k0-secret-value"), "").describe())
                .contains("encryption at rest: on: member data is sealed per field (FOLLOWUP_ENCRYPTION_KEY is set, "
                        + "1 old key(s) still read)")
                .noneMatch(line -> line.contains("secret-value"));
    }

    @Test
    @DisplayName("GIVEN FOLLOWUP_RETENTION_CLOSED_DAYS and FOLLOWUP_RETENTION_INACTIVE_DAYS WHEN the file has no "
            + "retention section THEN the environment's figures apply; a figure in the file wins over them")
    void environmentAndFile() {
        final Map<String, String> environment = Map.of("FOLLOWUP_RETENTION_CLOSED_DAYS", "90",
                "FOLLOWUP_RETENTION_INACTIVE_DAYS", "0");

        assertThat(load(environment, "").retention()).isEqualTo(new BotConfig.Retention(90, 0));
        assertThat(load(environment, "retention:\n  closed-days: 30\n").retention())
                .isEqualTo(new BotConfig.Retention(30, 0));
        assertThat(load(environment, "").retention().describe())
                .isEqualTo("retention: closed applications deleted after 90 days, inactive members kept");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "closed-days|-1|retention.closed-days: '-1' is not valid; use 0 (keep) or a number of days from 1 to 36500",
        "closed-days|a year|retention.closed-days: 'a year' is not valid; write a number of days, or 0 to keep the "
                + "data until the member deletes it",
        "inactive-days|10|retention.inactive-days: '10' is not valid; use at least 14 days: a member is warned a week "
                + "before",
        "inactive-days|99999|retention.inactive-days: '99999' is not valid; use 0 (keep) or a number of days from 1 "
                + "to 36500"})
    @DisplayName("GIVEN a retention figure that is not a number of days, negative, too large, or leaves no week for "
            + "the warning WHEN loaded THEN one message names the key and what is allowed")
    void refusals(final String key, final String value, final String message) {
        assertThatThrownBy(() -> load(Map.of(), "retention:\n  " + key + ": " + value + "\n"))
                .isInstanceOf(ConfigException.class).hasMessage(message);
    }

    @Test
    @DisplayName("GIVEN an unknown key under privacy WHEN loaded THEN it is refused with the keys allowed there")
    void unknownKey() {
        assertThatThrownBy(() -> load(Map.of(), "privacy:\n  email: a@b.example\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("privacy.email: is not a setting followup-bot knows; keys here are contact, operator");
    }
}
