package io.followupbot.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.MemberText;
import io.followupbot.interview.Cadence;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.testkit.CoreForEachTest;
import io.followupbot.testkit.TestCore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The settings form and a typed setting: the same rules, checked whole, by stable keys. */
final class SettingsFormsTest {

    private static final MemberKey ANA = new MemberKey("web", "local", "ana");

    @RegisterExtension
    static final CoreForEachTest CORE = CoreForEachTest.at(Instant.parse("2026-03-10T19:00:00Z"));

    private final TestCore core = CORE.core();
    private final Member ana = core.app.members().arrive(new Members.Arrival(ANA, "Ana", Optional.empty(), ""));

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
        final String refused = refusedUnder("country", Map.of("country", "Atlantis", "cadence", "gentle"));

        assertThat(refused).contains("isn't a place whose public holidays I know").contains("Atlantis");
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

    @Test
    @DisplayName("GIVEN a member the bot does not know yet WHEN the form opens THEN every field is empty, labelled in "
            + "the current wording, and only the sign-off spans lines, long enough for a name and its lines")
    void anEmptyFormForSomeoneNew() {
        final Form form = core.app.settings().form(Optional.empty());

        assertThat(form.title()).isEqualTo(Wording.standard().text("settings.title"));
        assertThat(form.fields()).extracting(Form.FormField::value).containsOnly("");
        assertThat(form.fields()).extracting(Form.FormField::label)
                .containsExactly("Time zone (e.g. Europe/Berlin)", "Country for holidays (e.g. US, GB-SCT)",
                        "Nudge hour, quiet hours (09:00, 21:00-08:00)", "Cadence: gentle, standard or persistent",
                        "Your name, then lines to sign drafts with");
        assertThat(form.fields()).filteredOn(Form.FormField::multiline).extracting(Form.FormField::key)
                .containsExactly("signoff");
        assertThat(form.field("signoff").orElseThrow().maxLength()).isEqualTo(701);
        assertThat(form.field("zone").orElseThrow().maxLength()).isEqualTo(60);
        assertThat(form.field("cadence").orElseThrow().choices()).extracting(Form.Choice::label)
                .containsExactly("Gentle: one check-in", "Standard: two, a week apart", "Persistent: three, weekly");
    }

    @Test
    @DisplayName("GIVEN a member with a name and no signature WHEN the form opens THEN the sign-off shows the name "
            + "alone; with a signature, the name and the signature on the next line")
    void theSignOffShowsNameThenLines() {
        assertThat(SettingsForms.values(ana.settings().withName("Ana Ruiz", "")).get("signoff")).isEqualTo("Ana Ruiz");
        assertThat(SettingsForms.values(ana.settings().withName("Ana Ruiz", "ana@example.com")).get("signoff"))
                .isEqualTo("Ana Ruiz\nana@example.com");
        assertThat(SettingsForms.values(ana.settings()).get("hours")).isEqualTo("09:00, 21:00-08:00");
    }

    @Test
    @DisplayName("GIVEN hours typed without a comma WHEN submitted THEN the nudge hour and the quiet hours are "
            + "still told apart")
    void hoursWithoutAComma() {
        final FormResult result = core.app.settings().submit(ana, Map.of("hours", "7:30 23:00-06:00"));

        assertThat(result).isInstanceOfSatisfying(FormResult.SettingsSaved.class, saved ->
                assertThat(saved.changed()).containsExactlyInAnyOrder(Setting.NUDGE_HOUR, Setting.QUIET));
        final Member stored = core.app.members().find(ANA).orElseThrow();
        assertThat(stored.settings().nudgeHour()).isEqualTo(LocalTime.of(7, 30));
        assertThat(stored.settings().quietStart()).isEqualTo(LocalTime.of(23, 0));
        assertThat(stored.settings().quietEnd()).isEqualTo(LocalTime.of(6, 0));
    }

    @Test
    @DisplayName("GIVEN only a new nudge hour, or only new quiet hours WHEN submitted THEN only that setting changes")
    void oneOfTheHours() {
        assertThat(core.app.settings().submit(ana, Map.of("hours", "10:00")))
                .isInstanceOfSatisfying(FormResult.SettingsSaved.class, saved ->
                        assertThat(saved.changed()).containsExactly(Setting.NUDGE_HOUR));
        final Member after = core.app.members().find(ANA).orElseThrow();
        assertThat(core.app.settings().submit(after, Map.of("hours", "10:00, 22:00-08:00")))
                .isInstanceOfSatisfying(FormResult.SettingsSaved.class, saved ->
                        assertThat(saved.changed()).containsExactly(Setting.QUIET));
        assertThat(core.app.members().find(ANA).orElseThrow().settings().quietStart()).isEqualTo(LocalTime.of(22, 0));
    }

    @Test
    @DisplayName("GIVEN a sign-off with the same name and new lines after a bar WHEN submitted THEN only the "
            + "signature changes; a name alone leaves the signature as it was")
    void signOffParts() {
        final Member signed = ((FormResult.SettingsSaved) core.app.settings().submit(ana,
                Map.of("signoff", "Ana Ruiz | ana@example.com"))).member();
        assertThat(signed.settings().signature()).isEqualTo("ana@example.com");

        assertThat(core.app.settings().submit(signed, Map.of("signoff", "Ana Ruiz | ana@example.com ")))
                .isInstanceOf(FormResult.Unchanged.class);
        assertThat(core.app.settings().submit(signed, Map.of("signoff", "Ana Ruiz\nana@work.example")))
                .isInstanceOfSatisfying(FormResult.SettingsSaved.class, saved ->
                        assertThat(saved.changed()).containsExactly(Setting.SIGNATURE));
        final Member renamed = ((FormResult.SettingsSaved) core.app.settings().submit(signed,
                Map.of("signoff", "Ana M. Ruiz"))).member();
        assertThat(renamed.settings().name()).isEqualTo("Ana M. Ruiz");
        assertThat(renamed.settings().signature()).isEqualTo("ana@example.com");
    }

    @Test
    @DisplayName("GIVEN a wrong nudge hour and wrong quiet hours in the one hours field WHEN submitted THEN both "
            + "problems are told under that field, one after the other, and the zone is not confirmed")
    void twoProblemsInOneField() {
        final String refused = refusedUnder("hours", Map.of("hours", "25:00, 21:00"));

        assertThat(MemberText.strip(refused)).isEqualTo("\"25:00\" isn't a time of day: write one as 9, 9:30, 09:00 "
                + "or 9am. \"21:00\" isn't quiet hours: write them as start-end, for example 21:00-08:00.");
    }

    @Test
    @DisplayName("GIVEN a member whose zone is a default WHEN another setting changes THEN the zone stays unconfirmed; "
            + "WHEN the zone is typed THEN it is saved, confirmed and told in words")
    void onlyATypedZoneIsConfirmed() {
        assertThat(core.app.settings().change(ana, Map.of(Setting.CADENCE, "gentle")))
                .isInstanceOfSatisfying(FormResult.SettingsSaved.class, saved -> {
                    assertThat(saved.member().zoneConfirmed()).isFalse();
                    assertThat(saved.zoneInWords()).isEmpty();
                });
        final Member gentle = core.app.members().find(ANA).orElseThrow();
        assertThat(gentle.zoneConfirmed()).isFalse();

        assertThat(core.app.settings().change(gentle, Map.of(Setting.ZONE, "Tokyo")))
                .isInstanceOfSatisfying(FormResult.SettingsSaved.class, saved -> {
                    assertThat(saved.member().zoneConfirmed()).isTrue();
                    assertThat(saved.zoneInWords().orElseThrow()).contains("Asia/Tokyo");
                });
        final Member stored = core.app.members().find(ANA).orElseThrow();
        assertThat(stored.settings().zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(stored.settings().cadence()).isEqualTo(Cadence.GENTLE);
        assertThat(stored.zoneConfirmed()).isTrue();
    }

    @Test
    @DisplayName("GIVEN an open interview WHEN the cadence becomes persistent THEN its stored plan is replanned in "
            + "the same change: three check-ins are scheduled instead of two")
    void aChangeReplansOpenInterviews() {
        final MemberKey ben = new MemberKey("web", "local", "ben");
        final Member member = core.app.members().arrive(new Members.Arrival(ben, "Ben", Optional.empty(), ""));
        core.followUps.record(member, new Interview("Acme", "Analyst", Instant.parse("2026-03-10T14:00:00Z"),
                Duration.ofMinutes(45), InterviewFormat.VIDEO, List.of(Interviewer.named("Cleo Park")),
                Optional.empty(), ContactChannel.EMAIL, Instant.parse("2026-03-10T19:00:00Z"), ""));
        final String checkIns = "SELECT COUNT(*) FROM plan_steps WHERE kind = 'check_in' AND status = 'pending' "
                + "AND member_id = '" + member.id() + "'";
        assertThat(core.count(checkIns)).isEqualTo(2);

        core.app.settings().change(member, Map.of(Setting.CADENCE, "persistent"));

        assertThat(core.count(checkIns)).isEqualTo(3);
    }

    /** Ana submits {@code values}: the form is refused under {@code field} alone, nothing is stored; that error. */
    private String refusedUnder(final String field, final Map<String, String> values) {
        final FormResult result = core.app.settings().submit(ana, values);

        assertThat(result).isInstanceOf(FormResult.Refused.class);
        final Map<String, String> errors = ((FormResult.Refused) result).errors();
        assertThat(errors).containsOnlyKeys(field);
        assertThat(core.app.members().find(ANA).orElseThrow()).isEqualTo(ana);
        return errors.get(field);
    }
}
