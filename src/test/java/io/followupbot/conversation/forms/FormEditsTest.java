package io.followupbot.conversation.forms;

import static io.followupbot.testkit.TestMoments.TUESDAY_AFTERNOON;
import static io.followupbot.testkit.TestMoments.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Button;
import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.followup.Setting;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.testkit.CoreForClass;
import io.followupbot.testkit.TestCore;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a member reads after sending the edit or the settings form of any platform, and what is stored. */
final class FormEditsTest {

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(TUESDAY_EVENING);

    private final TestCore core = CORE.core();
    private final FormEdits forms = core.engine.forms();
    private final MemberKey key = CORE.newKey("slack", "T1");
    private final Member member = CORE.arrive(key, "Ana").member();

    private void record(final Instant startsAt) {
        core.followUps.record(member, new Interview("Acme Analytics", "Data Analyst", startsAt, Duration.ofMinutes(45),
                InterviewFormat.VIDEO, List.of(Interviewer.named("Ben Ode")), Optional.empty(), ContactChannel.EMAIL,
                TUESDAY_EVENING, ""));
    }

    private static List<String> labels(final Reply reply) {
        return reply.messages().stream().flatMap(message -> message.buttons().stream()).map(Button::label).toList();
    }

    @Test
    @DisplayName("GIVEN an interview WHEN its edit form is asked for THEN it is the form of that interview; no form "
            + "for a number the member does not have")
    void editFormsByNumber() {
        record(TUESDAY_AFTERNOON);

        assertThat(forms.editForm(key, 1).orElseThrow().field("company").orElseThrow().value())
                .isEqualTo("Acme Analytics");
        assertThat(forms.editForm(key, 2)).isEmpty();
        assertThat(forms.settingsForm(key).field("zone").orElseThrow().value()).isEqualTo("America/New_York");
    }

    @Test
    @DisplayName("GIVEN a new role WHEN the edit form is sent THEN the member reads it was updated, the plan, and "
            + "buttons to the next draft and to all interviews; the reply is personal and the interviews changed")
    void anEditIsConfirmedWithThePlan() {
        record(TUESDAY_AFTERNOON);

        final Reply reply = forms.edit(key, 1, Map.of("role", "Senior Analyst"));

        assertThat(reply.plainText()).startsWith("Updated #1, Acme Analytics. Here is your plan");
        assertThat(reply.messages().get(0).fields()).isNotEmpty();
        assertThat(labels(reply)).containsExactly("Show the next draft", "All my interviews");
        assertThat(reply.messages().get(0).buttons().get(0).value()).isEqualTo("draft 1");
        assertThat(reply.personal()).isTrue();
        assertThat(reply.interviewsChanged()).isTrue();
        assertThat(core.followUps.find(member, 1).orElseThrow().stored().interview().role()).isEqualTo("Senior Analyst");
    }

    @Test
    @DisplayName("GIVEN a form with control characters and a missing value WHEN sent THEN the text is stored clean "
            + "and the missing field stays as it was")
    void submittedTextIsCleaned() {
        record(TUESDAY_AFTERNOON);
        final Map<String, String> submitted = new HashMap<>();
        submitted.put("company", "Glo\u0000bex\u0007");
        submitted.put("role", null);

        forms.edit(key, 1, submitted);

        final Interview stored = core.followUps.find(member, 1).orElseThrow().stored().interview();
        assertThat(stored.company()).isEqualTo("Globex");
        assertThat(stored.role()).isEqualTo("Data Analyst");
    }

    @Test
    @DisplayName("GIVEN a wrong value WHEN the edit form is sent THEN the member reads the problem, then that nothing "
            + "was saved; an unchanged form and an unknown number each say so")
    void refusalsAndNothingToDo() {
        record(TUESDAY_AFTERNOON);

        final Reply refused = forms.edit(key, 1, Map.of("decision", "last Monday"));
        assertThat(refused.messages()).hasSize(2);
        assertThat(refused.messages().get(0).text()).contains("before the interview");
        assertThat(refused.messages().get(1).text()).isEqualTo("Nothing was saved; change that and send the form again.");
        assertThat(refused.personal()).isTrue();

        assertThat(forms.edit(key, 1, Map.of("company", "Acme Analytics")).plainText())
                .isEqualTo("Nothing to change: every field was empty or as it was, so #1 stays the same.");
        assertThat(forms.edit(key, 4, Map.of("company", "Globex")).plainText())
                .isEqualTo("You have no interview #4. Type list to see yours.");
    }

    @Test
    @DisplayName("GIVEN an interview still ahead WHEN edited THEN its next step is offered as a draft; an archived one "
            + "with nothing planned offers only the list")
    void theNextDraftIsOfferedOnlyWhenThereIsOne() {
        record(TUESDAY_AFTERNOON);
        core.followUps.report(member, 1, new io.followupbot.interview.InterviewEvent.Archived(TUESDAY_EVENING));

        final Reply reply = forms.edit(key, 1, Map.of("role", "Senior Analyst"));

        assertThat(labels(reply)).containsExactly("All my interviews");
    }

    @Test
    @DisplayName("GIVEN the settings form with only a new zone WHEN sent THEN the member reads the zone set, that "
            + "open interviews are replanned, and every setting by the word that changes it")
    void aNewZoneAlone() {
        final Reply reply = forms.settings(key, Map.of("zone", "Berlin"));

        final Outbound message = reply.messages().get(0);
        assertThat(message.text()).startsWith("Time zone set to Europe/Berlin")
                .endsWith(" Your open interviews are replanned to match.").doesNotContain("Saved.");
        assertThat(message.fields()).extracting(Outbound.Field::label)
                .containsExactly("zone", "country", "nudge-hour", "quiet", "cadence", "goal", "name", "signature");
        assertThat(message.fields()).extracting(Outbound.Field::value)
                .containsExactly("Europe/Berlin", "US", "09:00", "21:00-08:00", "standard", "off", "(not set)",
                        "(not set)");
        assertThat(reply.personal()).isTrue();
    }

    @Test
    @DisplayName("GIVEN a zone and a cadence WHEN sent THEN the member reads Saved. and the zone set; a cadence alone "
            + "reads Saved. without a zone")
    void savedWithOrWithoutAZone() {
        assertThat(forms.settings(key, Map.of("zone", "Tokyo", "cadence", "gentle")).messages().get(0).text())
                .startsWith("Saved. Time zone set to Asia/Tokyo");
        assertThat(forms.settings(key, Map.of("cadence", "persistent")).messages().get(0).text())
                .isEqualTo("Saved. Your open interviews are replanned to match.");
        assertThat(forms.settings(key, Map.of("cadence", "persistent")).plainText())
                .isEqualTo("Nothing changed in your settings.");
    }

    @Test
    @DisplayName("GIVEN a name and a signature WHEN the settings are shown THEN they read as typed; a blank name reads "
            + "as not set")
    void aNameAndSignatureShowAsTyped() {
        final Reply reply = forms.settings(key, Map.of("signoff", "Ana Ruiz\n+1 555 0100"));

        assertThat(reply.messages().get(0).fields()).extracting(Outbound.Field::value)
                .endsWith("Ana Ruiz", "+1 555 0100");
        final Reply noName = forms.setting(core.app.members().find(key).orElseThrow(), Setting.NAME, " ");
        assertThat(noName.messages().get(0).fields()).extracting(Outbound.Field::value).endsWith("(not set)",
                "+1 555 0100");
    }

    @Test
    @DisplayName("GIVEN a typed setting WHEN it is wrong THEN the member reads the setting's own refusal alone; WHEN "
            + "it is right THEN it is saved and shown")
    void aTypedSetting() {
        assertThat(forms.setting(member, Setting.CADENCE, "often").plainText())
                .isEqualTo("\"often\" isn't a cadence: it is gentle (one check-in), standard (two, a week apart) "
                        + "or persistent (three, weekly).");
        assertThat(forms.setting(member, Setting.QUIET, "22:00-07:00").plainText()).startsWith("Saved.")
                .contains("quiet: 22:00-07:00");
        assertThat(core.app.members().find(key).orElseThrow().settings().quietStart()).hasToString("22:00");
    }
}
