package io.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.MemberText;
import io.followupbot.interview.Cadence;
import io.followupbot.interview.MemberSettings;
import io.followupbot.interview.TextLimits;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One setting a member types ({@code settings quiet 21:00-08:00}): the word, the value shown, the rule. */
final class SettingTest {

    private static final MemberSettings DEFAULTS = new MemberSettings(ZoneId.of("America/New_York"), "US",
            LocalTime.of(9, 0), LocalTime.of(21, 0), LocalTime.of(8, 0), Cadence.STANDARD, "Ana Ruiz",
            "+1 555 0100");

    @ParameterizedTest(name = "\"{0}\" names {1}")
    @CsvSource(textBlock = """
            zone, ZONE
            Timezone, ZONE
            ' time-zone ', ZONE
            COUNTRY, COUNTRY
            nudge-hour, NUDGE_HOUR
            hour, NUDGE_HOUR
            quiet, QUIET
            Quiet-Hours, QUIET
            cadence, CADENCE
            name, NAME
            signature, SIGNATURE
            """)
    @DisplayName("a setting is named by its key or an alias, in any case, with spaces around")
    void aSettingIsNamedByKeyOrAlias(final String word, final Setting setting) {
        assertThat(Setting.named(word)).contains(setting);
    }

    @Test
    @DisplayName("a word that names no setting names none (not the first one)")
    void anUnknownWordNamesNothing() {
        assertThat(Setting.named("colour")).isEmpty();
        assertThat(Setting.named("")).isEmpty();
    }

    @ParameterizedTest(name = "{0} reads \"{1}\"")
    @CsvSource(textBlock = """
            ZONE, America/New_York
            COUNTRY, US
            NUDGE_HOUR, 09:00
            QUIET, 21:00-08:00
            CADENCE, standard
            NAME, Ana Ruiz
            SIGNATURE, +1 555 0100
            """)
    @DisplayName("each setting's value reads as the member types it")
    void valuesReadAsTyped(final Setting setting, final String typed) {
        assertThat(setting.valueOf(DEFAULTS)).isEqualTo(typed);
    }

    @Test
    @DisplayName("a setting's key is the word the member types for it")
    void theKeyIsTheWordTyped() {
        assertThat(Setting.QUIET.key()).isEqualTo("quiet");
    }

    @Test
    @DisplayName("GIVEN a zone by a city WHEN applied THEN the zone changes and is confirmed in words")
    void aZoneIsConfirmedInWords() {
        final Setting.Change change = Setting.ZONE.apply(DEFAULTS, "Berlin");

        assertThat(change.problem()).isEmpty();
        assertThat(change.settings().orElseThrow().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(change.inWords().orElseThrow()).contains("Europe/Berlin");
    }

    @Test
    @DisplayName("GIVEN a place that is no zone WHEN applied THEN it is refused by naming it, and nothing changes")
    void anUnknownZoneIsRefused() {
        final Setting.Change change = Setting.ZONE.apply(DEFAULTS, "Atlantis");

        assertThat(change.settings()).isEmpty();
        assertThat(MemberText.strip(change.problem().orElseThrow())).isEqualTo("\"Atlantis\" isn't a time zone I know: "
                + "write a city (Berlin, Chicago, Tokyo), a region such as Europe/Berlin, or an abbreviation such as PST or CET.");
    }

    @Test
    @DisplayName("GIVEN a region in lower case WHEN applied THEN it is stored as its code; an unknown one is refused "
            + "with how to write one, quoting at most 40 of its characters")
    void countriesByCode() {
        assertThat(Setting.COUNTRY.apply(DEFAULTS, "gb-sct").settings().orElseThrow().country()).isEqualTo("GB-SCT");
        assertThat(Setting.COUNTRY.apply(DEFAULTS, "gb-sct").inWords()).isEmpty();

        final Setting.Change refused = Setting.COUNTRY.apply(DEFAULTS, "Atlantis and the lost islands of the western sea");
        assertThat(refused.settings()).isEmpty();
        assertThat(MemberText.strip(refused.problem().orElseThrow())).isEqualTo("\"Atlantis and the lost islands of the wes...\" "
                + "isn't a place whose public holidays I know: write a two-letter country code such as US, GB or DE, "
                + "or a country and region such as GB-SCT, DE-BY or CA-ON.");
    }

    @ParameterizedTest(name = "nudge hour \"{0}\" is {1}")
    @CsvSource(textBlock = """
            8:30, 08:30
            08:30, 08:30
            ' 7:05 ', 07:05
            23:59, 23:59
            """)
    @DisplayName("a nudge hour is read with or without its leading zero")
    void nudgeHours(final String typed, final LocalTime expected) {
        assertThat(Setting.NUDGE_HOUR.apply(DEFAULTS, typed).settings().orElseThrow().nudgeHour()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "nudge hour \"{0}\" is refused")
    @CsvSource(textBlock = """
            25:00
            noon
            8.30
            """)
    @DisplayName("a nudge hour that is no time is refused, naming the setting and giving examples")
    void wrongNudgeHours(final String typed) {
        final Setting.Change change = Setting.NUDGE_HOUR.apply(DEFAULTS, typed);

        assertThat(change.settings()).isEmpty();
        assertThat(MemberText.strip(change.problem().orElseThrow())).isEqualTo("\"" + typed + "\" isn't a time of day: "
                + "write one as 9, 9:30, 09:00 or 9am.");
    }

    @Test
    @DisplayName("quiet hours are start-end, padded, spaces allowed; one time alone or three are refused")
    void quietHours() {
        final MemberSettings changed = Setting.QUIET.apply(DEFAULTS, "22:00 - 7:30").settings().orElseThrow();
        assertThat(changed.quietStart()).isEqualTo(LocalTime.of(22, 0));
        assertThat(changed.quietEnd()).isEqualTo(LocalTime.of(7, 30));

        assertThat(Setting.QUIET.apply(DEFAULTS, "21:00").problem().orElseThrow()).contains("start-end");
        assertThat(Setting.QUIET.apply(DEFAULTS, "21:00-08:00-09:00").problem().orElseThrow()).contains("start-end");
        assertThat(MemberText.strip(Setting.QUIET.apply(DEFAULTS, "21:00-8.30").problem().orElseThrow()))
                .isEqualTo("\"21:00-8.30\" isn't quiet hours: write them as start-end, for example 21:00-08:00.");
    }

    @Test
    @DisplayName("a cadence is one of three words; any other is refused by describing the three")
    void cadences() {
        assertThat(Setting.CADENCE.apply(DEFAULTS, "persistent").settings().orElseThrow().cadence())
                .isEqualTo(Cadence.PERSISTENT);
        assertThat(Setting.CADENCE.apply(DEFAULTS, "often").problem().orElseThrow())
                .contains("gentle (one check-in)").contains("persistent");
    }

    @Test
    @DisplayName("a name and a signature each change alone and are cut at their limits")
    void namesAndSignatures() {
        final MemberSettings named = Setting.NAME.apply(DEFAULTS, "Ana R.").settings().orElseThrow();
        assertThat(named.name()).isEqualTo("Ana R.");
        assertThat(named.signature()).isEqualTo("+1 555 0100");

        final MemberSettings signed = Setting.SIGNATURE.apply(DEFAULTS, "ana@example.com").settings().orElseThrow();
        assertThat(signed.name()).isEqualTo("Ana Ruiz");
        assertThat(signed.signature()).isEqualTo("ana@example.com");

        assertThat(Setting.NAME.apply(DEFAULTS, "n".repeat(300)).settings().orElseThrow().name())
                .hasSize(TextLimits.NAME);
        assertThat(Setting.SIGNATURE.apply(DEFAULTS, "s".repeat(900)).settings().orElseThrow().signature())
                .hasSize(TextLimits.LONG_TEXT);
    }

    @Test
    @DisplayName("a refusal quotes at most 40 characters of what was typed")
    void refusalsQuoteAShortPart() {
        final String typed = "1".repeat(50);

        assertThat(Setting.NUDGE_HOUR.apply(DEFAULTS, typed).problem().orElseThrow()).contains("1".repeat(40))
                .doesNotContain("1".repeat(41));
    }
}
