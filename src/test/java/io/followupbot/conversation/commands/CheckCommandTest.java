package io.followupbot.conversation.commands;

import static io.followupbot.testkit.TestMoments.TUESDAY_AFTERNOON;
import static io.followupbot.testkit.TestMoments.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Outbound;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewEvent;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
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

/**
 * {@code check [N] text}: the checker on a message the member wrote. With an interview's number it also knows
 * who they met and which other companies they applied to; a draft's notes know the employer's latest date.
 */
final class CheckCommandTest {

    private static final String THANKS = "thank you for taking the time to talk with me about the Data Analyst role "
            + "today. I enjoyed hearing how your team rebuilt the weekly sales dashboard, and I would be glad to help "
            + "with the next version.\n\nBest regards,\nAna Ruiz";

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(TUESDAY_EVENING);

    private final ChatDriver ana = CORE.newChat();
    private final Member member = CORE.arrive(ana.key(), "Ana").member();

    @BeforeEach
    void twoApplications() {
        record("Acme Analytics", "Ben Ode");
        record("Globex", "Dana Fry");
    }

    private void record(final String company, final String interviewer) {
        CORE.core().followUps.record(member, new Interview(company, "Data Analyst",
                TUESDAY_AFTERNOON, Duration.ofMinutes(45), InterviewFormat.VIDEO,
                List.of(Interviewer.named(interviewer)), Optional.of(LocalDate.of(2026, 3, 13)), ContactChannel.EMAIL,
                TUESDAY_EVENING, ""));
    }

    private List<String> findings() {
        return ana.last().messages().stream().flatMap(message -> message.fields().stream())
                .map(Outbound.Field::label).toList();
    }

    @Test
    @DisplayName("GIVEN check with nothing after it WHEN sent THEN the bot explains how to paste a message")
    void nothingToCheck() {
        assertThat(ana.command("check").plainText()).isEqualTo("Paste the message after check, for example: check "
                + "Hi Ana, thank you for ... (add the interview number first, check 3 ..., and I'll check it against "
                + "that interview too).");
    }

    @Test
    @DisplayName("GIVEN a specific, polite thank-you for the right company and person WHEN checked against its "
            + "interview THEN it reads well")
    void goodMessage() {
        assertThat(ana.command("check 1 Dear Ben, " + THANKS.replace("role", "role at Acme Analytics")).plainText())
                .isEqualTo("That reads well: professional, specific and the right length. Good to send.");
    }

    @Test
    @DisplayName("GIVEN a message for Acme that names Globex, where the member also applied WHEN checked against "
            + "interview 1 THEN the other company is flagged; without the number it is not")
    void companyCopiedFromAnotherApplication() {
        final String message = "Dear Ben, " + THANKS.replace("role", "role at Globex");

        ana.command("check 1 " + message);
        assertThat(findings()).contains("Names another company you applied to: \"Globex\".");
        assertThat(ana.last().messages().get(0).fields()).anySatisfy(field -> assertThat(field.value())
                .isEqualTo("This message is for Acme Analytics; check every name copied from another application."));

        ana.command("check " + message);
        assertThat(findings()).noneMatch(finding -> finding.startsWith("Names another company"));

        ana.command("check 2 Dear Dana, " + THANKS.replace("role", "role at Globex"));
        assertThat(ana.text()).startsWith("That reads well");
    }

    @Test
    @DisplayName("GIVEN a greeting to someone the member did not meet WHEN checked against the interview THEN the "
            + "name is flagged; without a number, or with the number of no interview, nobody is known to compare")
    void greetingSomeoneElse() {
        ana.command("check 1 Dear Priya, " + THANKS);
        assertThat(findings()).contains("The greeting names someone you did not meet: \"Priya\".");

        ana.command("check Dear Priya, " + THANKS);
        assertThat(findings()).noneMatch(finding -> finding.startsWith("The greeting names"));

        ana.command("check 9 Dear Priya, " + THANKS);
        assertThat(findings()).noneMatch(finding -> finding.startsWith("The greeting names"));
    }

    @Test
    @DisplayName("GIVEN the employer moved the decision to Friday 27 March WHEN a check-in draft is asked on Monday "
            + "16 March THEN its note says to wait, though the date given at the interview has passed")
    void draftKnowsTheLatestDate() {
        CORE.core().clock.set(Instant.parse("2026-03-16T14:00:00Z"));
        CORE.core().followUps.report(member, 1, new InterviewEvent.StillDeciding(Instant.parse("2026-03-13T15:00:00Z"),
                Optional.of(LocalDate.of(2026, 3, 27))));

        final String reply = ana.command("draft 1 check_in").plainText();

        assertThat(reply).contains("Note: They said they would decide by ").contains("27 March")
                .contains("which has not passed yet.");
    }

    @Test
    @DisplayName("GIVEN check followed by an interview number only WHEN sent THEN the bot explains how to paste a "
            + "message, as for check alone (the number is no message to check)")
    void aNumberAloneIsNoMessage() {
        assertThat(ana.command("check 1").plainText()).isEqualTo(ana.command("check").plainText());
    }
}
