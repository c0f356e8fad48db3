package io.followupbot.conversation.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Outbound;
import io.followupbot.chat.Printable;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForClass;
import io.followupbot.testkit.Journeys;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code report}: the work-search log as a file, for the last 30 days or the days the member names. */
final class ReportCommandTest {

    /** Tuesday 10 March 2026, 19:00 in New York. */
    private static final Instant NOW = Instant.parse("2026-03-10T23:00:00Z");

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(NOW);

    @Test
    @DisplayName("GIVEN today's interview WHEN the member types report THEN a CSV of the last 30 days comes, with the "
            + "interview and its week")
    void lastThirtyDays() {
        final ChatDriver chat = Journeys.enterInterview(CORE.core().engine, CORE.newKey(), "Acme Analytics");
        chat.say("report");
        assertThat(chat.text().lines().findFirst()).contains("Your work-search log from 2026-02-09 to 2026-03-10: one "
                + "row per activity (interviews, thank-yous and check-ins sent, replies), then the activities of each "
                + "week (weeks start on Monday), in America/New_York.");
        final List<Outbound.FileAttachment> files = chat.files();
        assertThat(files).extracting(Outbound.FileAttachment::name)
                .containsExactly("work-search-log-2026-02-09-to-2026-03-10.csv");
        assertThat(new String(files.get(0).content(), StandardCharsets.UTF_8).lines()).containsExactly(
                "date,activity,employer,position,contact,method,result",
                "2026-03-10,interview,Acme Analytics,Data Analyst,Ben Ode,video,",
                "2026-W11,week total,,,,,1 activity");
    }

    @Test
    @DisplayName("GIVEN days the bot cannot read, or in the wrong order WHEN typed THEN it says how to write them")
    void badDates() {
        final ChatDriver chat = Journeys.enterInterview(CORE.core().engine, CORE.newKey(), "Acme Analytics");
        chat.say("report from last spring");
        assertThat(chat.text()).isEqualTo("Type report for the last 30 days, or give the days as year-month-day: report "
                + "from 2026-03-01 to 2026-03-31.");
        chat.say("report from 2026-03-31 to 2026-03-01");
        assertThat(chat.text()).isEqualTo("The first day comes after the last one. Type report from 2026-03-01 to "
                + "2026-03-31.");
        assertThat(chat.files()).isEmpty();
    }

    @Test
    @DisplayName("GIVEN a member who signs as Ana Ruiz, and one who gave no name WHEN each asks for a report THEN the "
            + "printable page names the member (the platform's name when they gave none), its days and zone, and says "
            + "when there was no activity")
    void thePrintablePage() {
        final ChatDriver ana = Journeys.enterInterview(CORE.core().engine, CORE.newKey(), "Acme Analytics");
        ana.say("report");
        assertThat(page(ana).lines()).containsExactly("Member: Ana Ruiz", "From 2026-02-09 to 2026-03-10, dates in "
                + "America/New_York; weeks start on Monday.");

        final ChatDriver nameless = CORE.newChat();
        nameless.say("report from 2026-01-01 to 2026-01-31");
        assertThat(page(nameless).lines()).containsExactly("Member: Tester", "From 2026-01-01 to 2026-01-31, dates in "
                + "America/New_York; weeks start on Monday.", "No activity in these days.");
        assertThat(page(nameless).title()).isEqualTo("Work-search log");
    }

    private static Printable page(final ChatDriver chat) {
        return chat.files().get(0).printable().orElseThrow();
    }
}
