package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** On Slack (Bolt over HTTP, the emulator): an employer's rejection email pasted into the DM ends its application. */
@OnSlack
final class SlackPastedMessageTest {

    @Test
    @DisplayName("GIVEN a member with an open interview at Acme Analytics WHEN they paste Acme's rejection into the DM "
            + "and tap 'Yes, close #1' THEN the application is rejected, its nudges stop and the reply draft is offered")
    void pastedRejectionEndsTheApplication(final SlackHarness harness, final SlackMember ana) throws Exception {
        io.followupbot.testkit.Journeys.enterInterview(harness.application().engine(),
                new io.followupbot.interview.MemberKey("slack", "T1", "U1"), "Acme Analytics");

        final String proposal = ana.say(resource("rejection.txt"), "A rejection from");

        assertThat(proposal).contains("Acme Analytics").contains("(That is #1.)");
        assertThat(ana.buttonValue("Yes, close #1")).isEqualTo("heard 1 rejected");

        ana.click("Yes, close #1", "I've stopped every other nudge for this one");

        assertThat(harness.count("SELECT COUNT(*) FROM interviews WHERE stage = 'REJECTED'")).isEqualTo(1);
        assertThat(harness.count("SELECT COUNT(*) FROM plan_steps WHERE status = 'pending' AND kind = 'CHECK_IN'"))
                .isZero();
    }

    @Test
    @DisplayName("GIVEN a new member WHEN they share a calendar invite for tomorrow in the DM (message.file_share) THEN "
            + "the bot fetches it with its token, shows the notes it read, and Confirm saves the interview")
    void sharedInviteBecomesAnInterview(final SlackHarness harness) throws Exception {
        final SlackMember ana = harness.member("T1", "U7");
        final byte[] invite = resource("invite-tomorrow.ics").getBytes(StandardCharsets.UTF_8);
        final String url = harness.emulator().hostFile("F0INVITE1", "invite.ics", invite);
        final int since = harness.emulator().callCount();

        harness.slack().post("""
                {"token":"legacy-verification","team_id":"T1","api_app_id":"A1","type":"event_callback",\
                "event_id":"EvFile1","event_time":%d,"event":{"type":"message","subtype":"file_share","channel":"DU7",\
                "channel_type":"im","user":"U7","text":"","ts":"1.000300","event_ts":"1.000300","upload":true,\
                "files":[{"id":"F0INVITE1","name":"invite.ics","mimetype":"text/calendar","filetype":"ics",\
                "size":%d,"url_private":"%s","url_private_download":"%s"}]}}""".formatted(
                java.time.Instant.now().getEpochSecond(), invite.length, url, url), true);

        final String summary = ana.awaitText(since, "Save it?");
        assertThat(summary).contains("An interview invitation from");
        ana.click("Confirm", "Saved as #1");
        assertThat(harness.count("SELECT COUNT(*) FROM interviews")).isEqualTo(1);
    }

    private static String resource(final String name) throws Exception {
        try (InputStream in = SlackPastedMessageTest.class.getResourceAsStream("/employer/chat/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
