package io.followupbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The work-search log on Slack (the real Bolt app against the emulator): the CSV comes as a file in the DM. */
@OnSlack
final class SlackReportTest {

    @Test
    @DisplayName("GIVEN an interview yesterday WHEN the member runs /followup report in a channel THEN the log is "
            + "uploaded to their DM, row by row")
    void logAsAFile(final SlackHarness harness, final SlackMember ana) {
        SlackJourneys.firstInterview(ana, "yesterday at 10am", "Video", "Rita Gomez");

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
