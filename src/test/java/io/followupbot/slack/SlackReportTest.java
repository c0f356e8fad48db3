package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The work-search log on Slack (the real Bolt app against the emulator): the CSV comes as a file in the DM. */
final class SlackReportTest {

    @RegisterExtension
    final SlackHarness harness = SlackHarness.standard();
    private final SlackMember ana = harness.member("T1", "U1");

    @Test
    @DisplayName("GIVEN an interview yesterday WHEN the member runs /followup report in a channel THEN the log is "
            + "uploaded to their DM, row by row")
    void logAsAFile() {
        ana.command("C1", null, "How should I sign");
        ana.say("Ana Ruiz | ana@example.com", "Which company");
        ana.say("Acme Analytics", "role");
        ana.say("Data Analyst", "When was the interview");
        ana.say("yesterday at 10am", "phone, video or on-site");
        ana.click("Video", "Who interviewed you");
        ana.say("Rita Gomez", "hear back");
        ana.say("they didn't say", "conversation with Rita Gomez");
        ana.say("skip", "something you've done before");
        ana.say("skip", "add or clarify");
        ana.say("skip", "How do they prefer to be contacted?");
        ana.click("Email", "Save it?");
        ana.click("Confirm", "Saved as #1");

        ana.command("C1", "report from 2026-03-01 to 2026-03-31", "direct messages");
        final List<SlackEmulator.UploadedFile> files = Awaitility.await().atMost(Duration.ofSeconds(15))
                .until(harness.emulator()::files, uploaded -> !uploaded.isEmpty());
        assertThat(files).extracting(SlackEmulator.UploadedFile::name)
                .containsExactly("work-search-log-2026-03-01-to-2026-03-31.csv");
        assertThat(files).extracting(SlackEmulator.UploadedFile::channel).containsOnly(ana.dm());
        assertThat(files.get(0).text().lines()).containsExactly(
                "date,activity,employer,position,contact,method,result",
                "2026-03-09,interview,Acme Analytics,Data Analyst,Rita Gomez,video,",
                "2026-W11,week total,,,,,1 activity");
    }
}
