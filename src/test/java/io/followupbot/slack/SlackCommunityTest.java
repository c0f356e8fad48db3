package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.testkit.CommunityWording;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A workspace's admins shape the bot for every member: on the Slack emulator, through /followup admin. */
final class SlackCommunityTest {

    @RegisterExtension
    final SlackHarness harness = SlackHarness.standard();
    private final SlackMember admin = harness.member("T1", "UADMIN");
    private final SlackMember member = harness.member("T1", "U2");

    @BeforeEach
    void uadminIsAWorkspaceAdmin() {
        harness.emulator().role("UADMIN", "admin");
    }

    @Test
    @DisplayName("GIVEN a member who is not a workspace admin WHEN they type /followup admin THEN they get one clear line "
            + "and no form opens")
    void nonAdminIsRefused() {
        final String answer = member.command("C1", "admin", "Only this community's admins");

        assertThat(answer).contains("Your own settings are under settings");
        assertThat(harness.emulator().calls("views.open")).isEmpty();
        assertThat(harness.emulator().calls("users.info")).anySatisfy(call -> assertThat(call.arg("user")).isEqualTo("U2"));
    }

    @Test
    @DisplayName("GIVEN a workspace admin WHEN they type /followup admin stats in a channel THEN the figures come as a "
            + "table and the chart is uploaded as a PNG through files.getUploadURLExternal and completeUploadExternal")
    void adminSeesTheFiguresAndTheChart() {
        final String answer = admin.command("C1", "admin stats", "I've sent the files");

        final java.util.List<SlackEmulator.UploadedFile> files = org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(15)).until(harness.emulator()::files, uploaded -> !uploaded.isEmpty());
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("community-figures.png");
            assertThat(file.channel()).isEqualTo(admin.dm());
            assertThat(file.content()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        });
        assertThat(admin.awaitText(0, "anonymous figures")).contains("No figures yet");
        assertThat(answer).doesNotContain("Only this community's admins");
        assertThat(harness.emulator().calls("files.getUploadURLExternal")).singleElement()
                .satisfies(call -> assertThat(call.arg("length")).isEqualTo(String.valueOf(files.get(0).content().length)));
    }

    @Test
    @DisplayName("GIVEN a workspace admin and a member WHEN each opens the App Home THEN the admin's has the community's "
            + "settings button and its anonymous figures, the member's has neither")
    void onlyAdminsSeeTheCommunityOnTheirHome() {
        final int since = harness.emulator().callCount();
        harness.slack().post(SignedSlack.homeOpenedBody("T1", "UADMIN", "EvHomeAdmin"), true);
        harness.slack().post(SignedSlack.homeOpenedBody("T1", "U2", "EvHomeMember"), true);

        final java.util.List<SlackEmulator.Call> homes = harness.awaitCalls(since,
                call -> call.method().equals("views.publish") && call.arg("user_id").equals("U2"));
        final String adminHome = harness.awaitCalls(since, call -> call.method().equals("views.publish")
                && call.arg("user_id").equals("UADMIN")).get(0).arg("view");
        final String memberHome = homes.get(0).arg("view");
        assertThat(adminHome).contains("Your community (admins only)").contains("Community settings")
                .contains("anonymous figures");
        assertThat(memberHome).contains("New interview").doesNotContain("Community settings")
                .doesNotContain("anonymous figures");
        assertThat(harness.emulator().violations()).isEmpty();
    }

    @Test
    @DisplayName("GIVEN a workspace owner (users.info is_owner) WHEN they open the Community button of the App Home "
            + "THEN the community's form opens")
    void ownerOpensTheFormFromTheHome() {
        harness.emulator().role("UOWNER", "owner");

        final SlackEmulator.Call form = formOpenedBy(SignedSlack.buttonBody("T1", "UOWNER", "", "view", "admin"));

        assertThat(form.arg("view")).contains("followup_community").contains("Community settings");
        assertThat(harness.emulator().violations()).isEmpty();
    }

    @Test
    @DisplayName("GIVEN a workspace admin WHEN they set the community's cadence to gentle and its own wording of the final check-in "
            + "THEN a member's next plan has one check-in, the final one, and its draft uses the community's words")
    void adminSetsCadenceAndTemplateThatAMemberUses() {
        final SlackEmulator.Call form = formOpenedBy(SignedSlack.slashCommandBody("T1", "UADMIN", "C1", "admin"));
        assertThat(form.arg("view")).contains("followup_community").contains("\"value\":\"default\"");

        final String saved = adminSubmits("""
                {"cadence":{"cadence":{"type":"static_select","selected_option":{"text":{"type":"plain_text",\
                "text":"Gentle"},"value":"gentle"}}},\
                "template-kind":{"template-kind":{"type":"static_select","selected_option":{"text":{"type":\
                "plain_text","text":"final check in"},"value":"final_check_in"}}},\
                "template-text":{"template-text":{"type":"plain_text_input","value":%s}}}"""
                .formatted(SignedSlack.quote(CommunityWording.FINAL_CHECK_IN)), "drafts use this wording");
        assertThat(saved.lines()).contains("Saved. Members' final check in drafts use this wording from now on. Here "
                + "it is for a sample interview:", "Our community coach suggested a brief note, so here it is. I enjoyed my "
                + "video interview for the Data Analyst position at Northwind Labs on Tuesday 10 March, and I remain keen "
                + "on the role.").containsSequence("*cadence*", "gentle");
        assertThat(harness.count("SELECT COUNT(*) FROM community_settings WHERE platform = 'slack' "
                + "AND community_id = 'T1' AND cadence = 'gentle'")).isEqualTo(1);

        SlackJourneys.interviewToday(member);
        final String plan = member.command("DU2", "plan 1", "check-in");
        assertThat(plan).doesNotContain("#2");
        assertThat(harness.count("SELECT COUNT(*) FROM plan_steps WHERE kind = 'check_in'")).isEqualTo(1);

        final String draft = member.command("DU2", "draft 1 check_in", "Here's a draft");
        assertThat(draft).contains("Our community coach suggested a brief note").contains("Acme Analytics");
        assertThat(harness.emulator().violations()).isEmpty();
    }

    @Test
    @DisplayName("GIVEN a workspace admin WHEN their wording of a draft fails the draft checker THEN it is refused with "
            + "what the checker found and the old wording stays")
    void templateThatFailsTheCheckerIsRefused() {
        final String refused = adminSubmits("""
                {"template-kind":{"template-kind":{"type":"static_select","selected_option":{"text":{"type":\
                "plain_text","text":"check in"},"value":"check_in"}}},\
                "template-text":{"template-text":{"type":"plain_text_input","value":%s}}}"""
                .formatted(SignedSlack.quote(CommunityWording.FINAL_CHECK_IN.replace("Would you be able to share where the decision "
                        + "stands, or when you expect to know more?", "I need an answer ASAP!!!"))),
                "I kept the old wording");

        assertThat(refused).containsIgnoringCase("demanding");
        assertThat(harness.count("SELECT COUNT(*) FROM community_templates")).isZero();
    }

    /** Posts {@code body} (a click or a command that opens the community's form) and returns the form opened. */
    private SlackEmulator.Call formOpenedBy(final String body) {
        final int since = harness.emulator().callCount();
        harness.slack().post(body, false);
        return harness.awaitCalls(since, call -> call.method().equals("views.open")).get(0);
    }

    /** UADMIN submits the community's form with {@code values} (its state as JSON): the answer, once it says {@code expected}. */
    private String adminSubmits(final String values, final String expected) {
        final int since = harness.emulator().callCount();
        harness.slack().post(SignedSlack.viewSubmissionBody("T1", "UADMIN", "followup_community", "", values), false);
        return admin.awaitText(since, expected);
    }
}
