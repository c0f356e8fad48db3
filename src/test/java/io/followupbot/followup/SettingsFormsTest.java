package io.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.Cadence;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.testkit.TestCore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings form and a typed setting: the same rules, checked whole, by stable keys. */
final class SettingsFormsTest {

    private static final MemberKey ANA = new MemberKey("web", "local", "ana");

    @TempDir
    Path folder;

    private TestCore core;
    private Member ana;

    @BeforeEach
    void start() {
        core = new TestCore(folder, Instant.parse("2026-03-10T19:00:00Z"));
        ana = core.app.members().arrive(new Members.Arrival(ANA, "Ana", Optional.empty(), ""));
    }

    @AfterEach
    void stop() {
        core.close();
    }

    @Test
    @DisplayName("GIVEN the settings form WHEN it opens THEN it has the same five fields on every platform, by key, "
            + "filled with the member's settings")
    void theFormHasFiveFieldsByKey() {
        final Form form = core.app.settings().form(Optional.of(ana));
        assertThat(form.fields()).extracting(Form.FormField::key)
                .containsExactly("zone", "country", "hours", "cadence", "signoff");
        assertThat(form.field("cadence").orElseThrow().choices()).extracting(Form.Choice::value)
                .containsExactly("gentle", "standard", "persistent");
        assertThat(form.field("hours").orElseThrow().value()).matches("\\d\\d:\\d\\d, \\d\\d:\\d\\d-\\d\\d:\\d\\d");
    }

    @Test
    @DisplayName("GIVEN a form with the nudge hour, quiet hours and a two-line sign-off WHEN submitted THEN each "
            + "setting is stored and the zone, named in any case, is confirmed")
    void aSubmissionStoresEverySetting() {
        final FormResult result = core.app.settings().submit(ana, Map.of("zone", "europe/berlin",
                "hours", "8:30, 22:00-07:00", "signoff", "Ana Ruiz\n+49 30 1234 | ana@example.com", "cadence", "gentle"));

        assertThat(result).isInstanceOf(FormResult.SettingsSaved.class);
        final Member stored = core.app.members().find(ANA).orElseThrow();
        assertThat(stored.zoneConfirmed()).isTrue();
        assertThat(stored.settings().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(stored.settings().nudgeHour()).isEqualTo(LocalTime.of(8, 30));
        assertThat(stored.settings().quietStart()).isEqualTo(LocalTime.of(22, 0));
        assertThat(stored.settings().cadence()).isEqualTo(Cadence.GENTLE);
        assertThat(stored.settings().name()).isEqualTo("Ana Ruiz");
        assertThat(stored.settings().signature()).isEqualTo("+49 30 1234 | ana@example.com");
    }

    @Test
    @DisplayName("GIVEN one wrong value among good ones WHEN submitted THEN the form is refused by that field's key "
            + "and nothing is stored")
    void oneWrongValueStoresNothing() {
        final FormResult result = core.app.settings().submit(ana, Map.of("country", "Atlantis", "cadence", "gentle"));

        assertThat(result).isInstanceOfSatisfying(FormResult.Refused.class, refused -> {
            assertThat(refused.errors()).containsOnlyKeys("country");
            assertThat(refused.errors().get("country")).contains("public holidays of").contains("Atlantis");
        });
        assertThat(core.app.members().find(ANA).orElseThrow().settings()).isEqualTo(ana.settings());
    }

    @Test
    @DisplayName("GIVEN a typed setting by its alias WHEN changed THEN the same rule applies; an unchanged form "
            + "stores nothing")
    void typedSettingsShareTheRules() {
        assertThat(Setting.named("Time-Zone")).contains(Setting.ZONE);
        assertThat(core.app.settings().change(ana, Map.of(Setting.QUIET, "21:00")))
                .isInstanceOfSatisfying(FormResult.Refused.class, refused -> assertThat(refused.errors().get("quiet"))
                        .contains("start-end"));
        assertThat(core.app.settings().submit(ana, SettingsForms.values(ana.settings())))
                .isInstanceOf(FormResult.Unchanged.class);
    }
}
