package io.followupbot.conversation;

import static io.followupbot.testkit.TestMoments.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Button;
import io.followupbot.chat.Reply;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Interviewer;
import io.followupbot.interview.Member;
import io.followupbot.interview.Stage;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForClass;
import io.followupbot.testkit.TestCore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An employer's message brought into the chat: pasted whole, or shared as a file. The bot says what it read and
 * proposes one action; nothing is stored before the member confirms, and the message is not kept.
 */
final class PastedMessagesTest {

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(TUESDAY_EVENING);

    private final TestCore core = CORE.core();
    private final ChatDriver ana = CORE.newChat();

    @Test
    @DisplayName("GIVEN an open interview with Acme Analytics WHEN the member pastes Acme's rejection email THEN the "
            + "bot names it a rejection and offers one button that closes #1; nothing changes before the click")
    void pastedRejectionClosesTheApplication() throws IOException {
        final Member member = CORE.arriveWithInterview(ana.key(), TUESDAY_EVENING.minus(Duration.ofDays(3)));

        final Stage before = stage();

        final Reply proposal = ana.say(resource("rejection.txt"));

        assertThat(proposal.plainText()).startsWith("A rejection from Acme Analytics").contains("(That is #1.)");
        assertThat(proposal.inputWithheld()).as("the pasted email is not to be kept").isTrue();
        assertThat(proposal.messages().get(0).buttons()).extracting(Button::label, Button::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Yes, close #1", "heard 1 rejected"),
                        org.assertj.core.groups.Tuple.tuple("No", "list"));
        assertThat(stage()).isEqualTo(before);
        assertThat(core.count("SELECT COUNT(*) FROM conversations WHERE state LIKE '%move forward%'")).isZero();

        ana.click("Yes, close #1");

        assertThat(stage()).isEqualTo(Stage.REJECTED);
        ana.expect("I've stopped every other nudge for this one");
    }

    @Test
    @DisplayName("GIVEN no interview yet WHEN the member shares a calendar invite for tomorrow at 14:00 THEN the bot "
            + "shows the notes it read at the summary, and one Confirm saves the interview")
    void sharedInviteBecomesAnInterviewAfterOneConfirmation() throws IOException {
        final Reply summary = ana.share("invite.ics", resource("invite-tomorrow.ics").getBytes(StandardCharsets.UTF_8));

        assertThat(summary.plainText()).startsWith("An interview invitation from Acme Analytics for the Data Analyst "
                + "role, on Wednesday 11 March 2026 at 14:00 (Eastern Time)")
                .contains("Here's what I have, and the plan it gives. Save it?");
        assertThat(core.followUps.pipeline(ana.key())).as("nothing stored for the member").isEmpty();

        ana.click("Confirm");

        ana.expect("Saved as #1, Acme Analytics");
        assertThat(core.followUps.pipeline(ana.key())).singleElement().satisfies(tracked -> {
            assertThat(tracked.stored().interview().startsAt()).isEqualTo(Instant.parse("2026-03-11T18:00:00Z"));
            assertThat(tracked.stored().interview().format()).isEqualTo(InterviewFormat.VIDEO);
            assertThat(tracked.stored().interview().role()).isEqualTo("Data Analyst");
            assertThat(tracked.stored().interview().interviewers()).extracting(Interviewer::name)
                    .containsExactly("Ben Ode");
        });
    }

    @Test
    @DisplayName("GIVEN a member in the middle of the questions WHEN they paste a long answer THEN it is an answer, "
            + "not an employer's message; WHEN they share a file there THEN they are asked to finish first")
    void inTheMiddleOfTheQuestionsNothingIsIntercepted() throws IOException {
        ana.command("");
        ana.say("ok");

        final Reply answered = ana.say(resource("rejection.txt"));
        final Reply shared = ana.share("invite.ics", resource("invite-tomorrow.ics").getBytes(StandardCharsets.UTF_8));

        assertThat(answered.plainText()).doesNotStartWith("A rejection from");
        assertThat(answered.inputWithheld()).as("an answer is kept as typed").isFalse();
        assertThat(shared.plainText()).isEqualTo("Let's finish what we're doing first (or type cancel), then share the "
                + "file again.");
    }

    @Test
    @DisplayName("GIVEN open interviews at Metabase and at Acme Analytics Ltd WHEN Acme's rejection is pasted THEN it "
            + "is matched to Acme (named by its distinctive first word), never to a company whose name merely contains "
            + "another")
    void theRejectionFindsItsCompanyByName() throws IOException {
        final Member member = CORE.arrive(ana.key(), "Ana").member();
        for (final String company : List.of("Acme Analytics Ltd", "Metabase")) {
            core.followUps.record(member, new Interview(company, "Data Analyst", TUESDAY_EVENING.minus(Duration.ofDays(3)),
                    Duration.ofMinutes(45), InterviewFormat.VIDEO, List.of(Interviewer.named("Ben Ode")),
                    Optional.empty(), ContactChannel.EMAIL, TUESDAY_EVENING, ""));
        }

        final Reply acme = ana.say(resource("rejection.txt"));
        final Reply meta = ana.say(resource("rejection.txt").replace("Acme Analytics", "Meta"));

        assertThat(acme.plainText()).contains("(That is #1.)");
        assertThat(meta.plainText()).contains("I have no open interview with that company").doesNotContain("#2");
    }

    @Test
    @DisplayName("GIVEN a long email typed after a command (check, to check a draft) WHEN sent THEN the command runs "
            + "on it: it is not read as an employer's message")
    void aCommandWithALongTextStaysThatCommand() throws IOException {
        final Reply checked = ana.command("check " + resource("rejection.txt"));

        assertThat(checked.plainText()).doesNotStartWith("A rejection from");
    }

    @Test
    @DisplayName("GIVEN a 5 MB file or a binary one WHEN shared THEN one clear sentence says why it can't be read, and "
            + "nothing is stored")
    void badFilesAreRefusedCleanly() {
        final Reply large = ana.share("huge.eml", new byte[5 * 1024 * 1024]);
        final Reply binary = ana.share("photo.ics", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});

        assertThat(large.plainText()).startsWith("That is 5.0 MB; I read messages of up to 1 MB.");
        assertThat(binary.plainText()).isNotBlank().doesNotContain("Exception");
        assertThat(core.followUps.pipeline(ana.key())).as("nothing stored for the member").isEmpty();
    }

    @Test
    @DisplayName("GIVEN an open interview with Acme Analytics WHEN Acme's update that they decide by Friday is pasted "
            + "THEN the one button moves the decision date to that Friday")
    void pastedUpdateWithADecisionDay() {
        CORE.arriveWithInterview(ana.key(), TUESDAY_EVENING.minus(Duration.ofDays(3)));

        final Reply proposal = ana.say(String.join("\n", "From: Jordan Reyes <jordan@acmeanalytics.com>",
                "Subject: An update on your application for Data Analyst at Acme Analytics", "",
                "Hi Ana,", "", "We are still reviewing candidates for the Data Analyst role at Acme Analytics and "
                        + "expect to make a decision by Friday 13 March. Thank you for your patience during the "
                        + "interview process.", "", "Best,", "Jordan Reyes"));

        assertThat(proposal.messages().get(0).buttons()).extracting(Button::label, Button::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Yes, update #1", "heard 1 new-date 2026-03-13"),
                        org.assertj.core.groups.Tuple.tuple("No", "list"));
    }

    @Test
    @DisplayName("GIVEN Acme's application closed after its rejection WHEN the rejection is pasted again THEN there "
            + "is no open interview to note it on")
    void aClosedApplicationIsNotOffered() throws IOException {
        CORE.arriveWithInterview(ana.key(), TUESDAY_EVENING.minus(Duration.ofDays(3)));
        ana.say(resource("rejection.txt"));
        ana.click("Yes, close #1");

        final Reply again = ana.say(resource("rejection.txt"));

        assertThat(again.plainText()).contains("I have no open interview with that company to note it on. Type list "
                + "to see yours.").doesNotContain("#1");
        assertThat(again.messages().get(0).buttons()).isEmpty();
    }

    @Test
    @DisplayName("GIVEN two open applications with Acme Analytics WHEN Acme's rejection is pasted THEN it is offered "
            + "for the latest, #2")
    void theLatestOpenApplicationWithTheCompany() throws IOException {
        CORE.arriveWithInterview(ana.key(), TUESDAY_EVENING.minus(Duration.ofDays(3)));
        ana.say("applied Acme Analytics, Data Engineer yesterday");

        final Reply proposal = ana.say(resource("rejection.txt"));

        assertThat(proposal.plainText()).contains("(That is #2.)");
        assertThat(proposal.messages().get(0).buttons()).extracting(Button::value)
                .containsExactly("heard 2 rejected", "list");
    }

    @Test
    @DisplayName("GIVEN texts of 250 characters on 3 lines that name an interview WHEN asked whether they look like an "
            + "employer's message THEN yes; 249 characters, or 2 lines, or no employer's word THEN no")
    void whatLooksPasted() {
        final String head = "Dear Ana, about the interview\nHello\n";
        final String pasted = head + "x".repeat(250 - head.length());

        assertThat(ConversationEngine.looksLikeEmployerMessage(pasted)).isTrue();
        assertThat(ConversationEngine.looksLikeEmployerMessage(pasted.substring(1))).isFalse();
        assertThat(ConversationEngine.looksLikeEmployerMessage(pasted.replace("Hello\n", "Hello "))).isFalse();
        assertThat(ConversationEngine.looksLikeEmployerMessage(pasted.replace("interview", "meeting!!"))).isFalse();
    }

    @Test
    @DisplayName("GIVEN an invite that does not say how the interview is held WHEN shared THEN the bot asks only that, "
            + "then shows the summary")
    void anInviteWithOneGap() throws IOException {
        final String noFormat = resource("invite-tomorrow.ics").replaceAll("(?m)^(DESCRIPTION|LOCATION):.*\\R", "");

        ana.share("invite.ics", noFormat.getBytes(StandardCharsets.UTF_8));
        ana.expect("Will it be by phone, video or on-site?");
        ana.click("Video");

        ana.expect("Here's what I have, and the plan it gives. Save it?");
    }

    @Test
    @DisplayName("GIVEN an invite that says neither the role nor how the interview is held WHEN shared THEN the bot "
            + "asks from the first of them on through the questions, not back to the summary, and not the time the "
            + "invite gave")
    void anInviteWithTwoGaps() throws IOException {
        final String noRoleNorFormat = resource("invite-tomorrow.ics").replaceAll("(?m)^(DESCRIPTION|LOCATION):.*\\R", "")
                .replace("SUMMARY:Interview: Data Analyst at Acme Analytics", "SUMMARY:Interview at Acme Analytics");

        ana.share("invite.ics", noRoleNorFormat.getBytes(StandardCharsets.UTF_8));
        ana.expect("What's the role?");
        ana.say("Data Analyst");

        assertThat(ana.text()).startsWith("Will it be by phone, video or on-site?");
    }

    private Stage stage() {
        return core.followUps.pipeline(ana.key()).get(0).stored().stage();
    }

    private static String resource(final String name) throws IOException {
        try (InputStream in = PastedMessagesTest.class.getResourceAsStream("/employer/chat/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
