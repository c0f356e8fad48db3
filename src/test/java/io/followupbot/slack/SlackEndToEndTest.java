package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@OnSlack
final class SlackEndToEndTest {

    @Test
    @DisplayName("GIVEN a member in a channel WHEN they walk through intake, a nudge, heard with a new date, the App Home, settings and an edit by modal, and forget-me THEN Slack receives each step")
    void wholeJourney(final SlackHarness harness, final SlackMember ana) {
        final int start = harness.emulator().callCount();
        SlackJourneys.interviewToday(ana);

        // the slash command in a channel answered ephemerally and moved the intake to the DM
        assertThat(harness.emulator().callsSince(start, call -> call.method().equals("chat.postEphemeral")))
                .anySatisfy(call -> assertThat(call.allText()).contains("direct message"));
        assertThat(harness.emulator().calls("chat.postMessage")).allSatisfy(call -> {
            assertThat(call.token()).isEqualTo(SlackHarness.BOT_TOKEN);
            assertThat(call.arg("channel")).isEqualTo("DU1");
        });
        // the time zone came from users.info; the mailto link was unwrapped
        assertThat(harness.count("SELECT COUNT(*) FROM members WHERE time_zone = 'America/New_York'")).isEqualTo(1);
        assertThat(harness.count("SELECT COUNT(*) FROM interviewers WHERE email = 'ben@acme.test'")).isEqualTo(1);

        // a nudge falls due: a DM with the draft in a code block, the subject apart and buttons with commands
        final int beforeNudge = harness.emulator().callCount();
        harness.clock().advance(Duration.ofDays(6));
        harness.application().dispatchNow();
        final SlackEmulator.Call nudge = harness.awaitCalls(beforeNudge, call -> ana.isToMe(call)
                && call.buttons().containsKey("They replied")).get(0);
        assertThat(nudge.buttons()).containsEntry("They replied", "heard 1");
        assertThat(nudge.allText()).contains("```").contains("Subject:");
        final List<String> actionIds = StreamSupport.stream(nudge.blocks().findValues("action_id").spliterator(), false)
                .map(JsonNode::asText).toList();
        assertThat(actionIds).doesNotHaveDuplicates().allMatch(id -> id.startsWith("followup_"));

        // "They replied", a new date
        ana.click("They replied", "Still deciding, new date");
        ana.click("Still deciding, new date", "What date did they give");
        ana.say("Wednesday next week", "news by Wednesday 25 March");
        assertThat(harness.count("SELECT COUNT(*) FROM events")).isPositive();

        // the App Home shows the pipeline and the common actions
        final int beforeHome = harness.emulator().callCount();
        harness.slack().post(SignedSlack.homeOpenedBody("T1", "U1", "EvHome1"), true);
        final SlackEmulator.Call home = harness.awaitCalls(beforeHome, call -> call.method().equals("views.publish")).get(0);
        assertThat(home.arg("user_id")).isEqualTo("U1");
        assertThat(home.arg("view")).contains("Acme Analytics").contains("New interview").contains("\"type\":\"home\"");

        // settings by modal: the Settings button opens it, prefilled; the submission changes the settings
        final int beforeModal = harness.emulator().callCount();
        harness.slack().post(SignedSlack.buttonBody("T1", "U1", "", "view", "settings"), false);
        final SlackEmulator.Call modal = harness.awaitCalls(beforeModal, call -> call.method().equals("views.open")).get(0);
        assertThat(modal.arg("view")).contains("followup_settings").contains("America/New_York");
        final int beforeSave = harness.emulator().callCount();
        harness.slack().post(SignedSlack.viewSubmissionBody("T1", "U1", """
                {"zone":{"zone":{"type":"plain_text_input","value":"Europe/Berlin"}},\
                "cadence":{"cadence":{"type":"static_select","selected_option":{"text":{"type":"plain_text",\
                "text":"Gentle"},"value":"gentle"}}}}"""), false);
        ana.awaitText(beforeSave, "Saved.");
        // each changed setting is its own command: wait for the last one
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> harness.count(
                "SELECT COUNT(*) FROM members WHERE time_zone = 'Europe/Berlin' AND cadence = 'gentle'") == 1);

        // editing the interview by modal: the Edit button opens it; the submission goes through the edit conversation
        final int beforeEdit = harness.emulator().callCount();
        harness.slack().post(SignedSlack.buttonBody("T1", "U1", "DU1", "message", "edit 1"), false);
        final SlackEmulator.Call editForm = harness.awaitCalls(beforeEdit, call -> call.method().equals("views.open")).get(0);
        assertThat(editForm.arg("view")).contains("followup_edit").contains("Edit interview #1");
        final int beforeEditSave = harness.emulator().callCount();
        harness.slack().post(SignedSlack.viewSubmissionBody("T1", "U1", "followup_edit", "1", """
                {"company":{"company":{"type":"plain_text_input","value":"Acme Labs"}},\
                "role":{"role":{"type":"plain_text_input","value":null}},\
                "result":{"result":{"type":"plain_text_input","value":"I halved our report run time"}}}"""), false);
        ana.awaitText(beforeEditSave, "Updated #1");
        assertThat(harness.count("SELECT COUNT(*) FROM interviews WHERE company = 'Acme Labs' AND number = 1 "
                + "AND past_result = 'I halved our report run time'")).isEqualTo(1);

        // forget-me
        ana.command("DU1", "forget-me", "Are you sure?");
        ana.click("Yes, delete everything", "");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> harness.count("SELECT COUNT(*) FROM members") == 0);
        assertThat(harness.count("SELECT COUNT(*) FROM interviews")).isZero();
    }
    @Test
    @DisplayName("GIVEN a member with an interview WHEN they type /followup export in a shared channel THEN they are told "
            + "privately and the three files are uploaded into their DM, never into the channel")
    void exportUploadsFilesIntoTheDm(final SlackHarness harness, final SlackMember ana) {
        SlackJourneys.interviewToday(ana);

        ana.command("C1", "export", "I've sent the files to our direct messages");

        final List<SlackEmulator.UploadedFile> files = org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15))
                .until(harness.emulator()::files, uploaded -> uploaded.size() == 5);
        assertThat(files).extracting(SlackEmulator.UploadedFile::channel).containsOnly(ana.dm());
        assertThat(files).extracting(SlackEmulator.UploadedFile::name)
                .containsExactlyInAnyOrder("followup-interviews.csv", "followup-pipeline.csv", "followup-data.json",
                        "followup-plan.ics", "followup-work-search-log.csv");
        final SlackEmulator.UploadedFile csv = files.stream().filter(file -> file.name().endsWith(".csv")).findFirst()
                .orElseThrow();
        assertThat(csv.text()).startsWith("id,company,role").contains("Acme Analytics");
        assertThat(harness.emulator().calls("chat.postMessage")).noneMatch(call -> call.arg("channel").equals("C1"));
    }

    @Test
    @DisplayName("GIVEN an app installed without files:write WHEN a member exports THEN the content arrives as text in "
            + "the DM, with the reason")
    void exportWithoutTheScopeFallsBackToText(final SlackHarness harness, final SlackMember ana) {
        SlackJourneys.interviewToday(ana);
        harness.emulator().failWith("files.getUploadURLExternal", "missing_scope");

        final String text = ana.command("DU1", "export", "followup-plan.ics");

        assertThat(text).contains("missing_scope").contains("files:write").contains("followup-interviews.csv")
                .contains("Acme Analytics");
        assertThat(harness.emulator().files()).isEmpty();
    }
}
