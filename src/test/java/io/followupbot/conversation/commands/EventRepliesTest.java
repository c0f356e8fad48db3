package io.followupbot.conversation.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Outbound;
import io.followupbot.chat.Reply;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForClass;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the member reads after reporting news about an interview: the headline, the new stage and plan, and the
 * draft of the reply that news calls for, when it calls for one.
 */
final class EventRepliesTest {

    /** Monday 16 March 2026, 10:00 in New York: six days after the interview. */
    private static final Instant NOW = Instant.parse("2026-03-16T14:00:00Z");

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(NOW);

    private ChatDriver ana;

    @BeforeEach
    void interviewedLastWeek() {
        final CoreForClass.Newcomer newcomer = CORE.arrive("Ana");
        ana = newcomer.chat();
        CORE.core().followUps.record(newcomer.member(), new Interview("Acme Analytics", "Data Analyst",
                Instant.parse("2026-03-10T18:00:00Z"), Duration.ofMinutes(45), InterviewFormat.VIDEO,
                List.of(Interviewer.named("Ben Ode")), Optional.of(LocalDate.of(2026, 3, 20)), ContactChannel.EMAIL,
                Instant.parse("2026-03-10T19:00:00Z"), ""));
    }

    private static List<String> draftTitles(final Reply reply) {
        return reply.messages().stream().map(Outbound::draft).flatMap(Optional::stream)
                .map(Outbound.DraftBlock::title).toList();
    }

    private static String headline(final Reply reply) {
        return reply.messages().get(0).text();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @DisplayName("GIVEN news that calls for an answer WHEN reported THEN the reply gives the stage and the draft of "
            + "that answer, and nothing else to send")
    @CsvSource(delimiter = '|', textBlock = """
            heard 1 deciding                  | thank-you due | reply update
            heard 1 rejected                  | rejected      | reply rejection
            heard 1 offer                     | offer         | offer accept
            offer 1                           | offer         | offer accept
            heard 1 competing Friday 27 March | thank-you due | competing offer
            withdraw 1                        | withdrawn     | withdrawal
            """)
    void answerDrafted(final String command, final String stage, final String draft) {
        final Reply reply = ana.command(command);

        assertThat(headline(reply)).endsWith(" Stage: " + stage + ".");
        assertThat(draftTitles(reply)).first().asString().startsWith(draft);
    }

    @Test
    @DisplayName("GIVEN news that calls for no answer (archived, or something else they said) WHEN reported THEN "
            + "the reply gives the stage and plan and no draft")
    void nothingToAnswer() {
        final Reply note = ana.command("heard 1 other they liked my portfolio");
        assertThat(headline(note)).startsWith("Noted. Your plan is unchanged. Stage: ");
        assertThat(draftTitles(note)).isEmpty();

        final Reply archived = ana.command("archive 1");
        assertThat(headline(archived)).isEqualTo("Archived. No more nudges for this one; keep going with the others! "
                + "Stage: archived.");
        assertThat(draftTitles(archived)).isEmpty();
    }

    @Test
    @DisplayName("GIVEN an employer's 'still deciding' after a rejection reply was drafted WHEN a note follows THEN "
            + "the note repeats no draft, though the plan still holds an answer to send")
    void noteAfterNewsRepeatsNoDraft() {
        ana.command("heard 1 deciding");

        assertThat(draftTitles(ana.command("heard 1 other they said next week"))).isEmpty();
        assertThat(draftTitles(ana.command("draft 1"))).isNotEmpty();
    }
}
