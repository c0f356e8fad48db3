package io.followupbot.conversation;

import static io.followupbot.testkit.TestMoments.TUESDAY_AFTERNOON;
import static io.followupbot.testkit.TestMoments.TUESDAY_EVENING;
import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.chat.Inbound;
import io.followupbot.chat.Reply;
import io.followupbot.interview.ContactChannel;
import io.followupbot.interview.Interview;
import io.followupbot.interview.InterviewFormat;
import io.followupbot.interview.Member;
import io.followupbot.interview.MemberKey;
import io.followupbot.testkit.ChatDriver;
import io.followupbot.testkit.CoreForClass;
import io.followupbot.testkit.TestCore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Where the engine sends an input: the intake, an answer awaited, or a command; and what it says around it. */
final class EngineRoutesTest {

    @RegisterExtension
    static final CoreForClass CORE = CoreForClass.at(TUESDAY_EVENING);

    private final TestCore core = CORE.core();
    private final ChatDriver ana = CORE.newChat();

    @Test
    @DisplayName("GIVEN a member with one interview WHEN the engine is asked THEN it knows them and finds #1, not #2; "
            + "a stranger is not known and nothing is created for them")
    void findsWithoutCreating() {
        CORE.arriveWithInterview(ana.key(), TUESDAY_AFTERNOON);
        final MemberKey stranger = CORE.newKey();

        assertThat(core.engine.knows(ana.key())).isTrue();
        assertThat(core.engine.find(ana.key(), 1)).isPresent();
        assertThat(core.engine.find(ana.key(), 2)).isEmpty();
        assertThat(core.engine.knows(stranger)).isFalse();
        assertThat(core.engine.find(stranger, 1)).isEmpty();
        assertThat(core.engine.knows(stranger)).isFalse();
    }

    @Test
    @DisplayName("GIVEN the intake WHEN the member answers two questions THEN two intake answers are counted; a "
            + "command outside the intake counts none")
    void intakeAnswersAreCounted() {
        ana.command("");
        ana.say("ok");
        final long before = core.engine.intakeAnswers();
        ana.say("Ana Ruiz");
        ana.say("Acme Analytics");
        ana.say("Data Analyst");
        assertThat(core.engine.intakeAnswers() - before).isEqualTo(2);

        ana.say("cancel");
        final long after = core.engine.intakeAnswers();
        ana.command("list");
        assertThat(core.engine.intakeAnswers()).isEqualTo(after);
    }

    @Test
    @DisplayName("GIVEN notes about a company left for more than a week WHEN the member writes again THEN they read "
            + "that the notes about that company were cleared")
    void expiredNotesNameTheCompany() {
        ana.startAsNewMember("Ana Ruiz");
        ana.say("Acme Analytics");
        core.clock.advance(Duration.ofDays(8));

        ana.command("list");

        assertThat(ana.text()).startsWith("Your unfinished notes about the Acme Analytics interview were left for too "
                + "long, so I cleared them. Type /followup to start again.");
    }

    @Test
    @DisplayName("GIVEN notes without a company yet left for more than a week WHEN the member writes again THEN they "
            + "read that what they were in the middle of was cleared")
    void expiredNotesWithoutACompany() {
        ana.command("");
        ana.say("ok");
        core.clock.advance(Duration.ofDays(8));

        ana.command("list");

        assertThat(ana.text()).startsWith("What we were in the middle of was left for too long, so I cleared it.");
    }

    @Test
    @DisplayName("GIVEN the intake WHEN the member uses a slash command that shows something THEN it is shown with a "
            + "reminder that the notes are still open, and the intake goes on in the DM")
    void aSlashCommandInTheMiddleOfTheNotes() {
        ana.startAsNewMember("Ana Ruiz");

        final Reply reply = ana.command("list");

        assertThat(ana.text()).endsWith("(We're still in the middle of your interview notes; answer the question "
                + "above, or type cancel.)");
        assertThat(reply.moveToDm()).isTrue();
        ana.say("Acme Analytics");
        assertThat(ana.text()).isEqualTo("What's the role?");
    }

    @Test
    @DisplayName("GIVEN the intake WHEN the member types /followup new, or /followup start THEN the same question is "
            + "asked again, not a second intake")
    void startingAgainResumes() {
        ana.startAsNewMember("Ana Ruiz");
        final String asked = ana.text();

        final String carryOn = "Let's carry on where we were.\nWhich company was the interview with?";
        assertThat(ana.command("new").plainText()).isEqualTo(carryOn);
        assertThat(ana.command("start").plainText()).isEqualTo(carryOn);
        assertThat(asked).contains("Which company");
    }

    @Test
    @DisplayName("GIVEN a new date awaited WHEN the member types a command instead THEN the command runs; the date "
            + "is no longer awaited")
    void aCommandInsteadOfAnAwaitedAnswer() {
        CORE.arriveWithInterview(ana.key(), TUESDAY_AFTERNOON);
        ana.command("heard 1 new-date");

        ana.say("list");

        assertThat(ana.text()).startsWith("Your interviews:");
    }

    @Test
    @DisplayName("GIVEN a deadline awaited WHEN the member answers THEN it is the deadline; a slash command instead "
            + "runs as a command")
    void anAwaitedDeadline() {
        CORE.arriveWithInterview(ana.key(), TUESDAY_AFTERNOON);
        ana.command("heard 1 competing");
        ana.command("list");
        assertThat(ana.text()).startsWith("Your interviews:");

        ana.command("heard 1 competing");
        ana.say("Friday 20 March");
        assertThat(ana.text()).startsWith("Deadline noted: Friday 20 March 2026.");
    }

    @Test
    @DisplayName("GIVEN an idle member WHEN they write nothing but spaces THEN they are told what to type; an unknown "
            + "word is named back")
    void emptyAndUnknownWords() {
        assertThat(ana.say("   ").plainText()).isEqualTo("Type help to see what I can do, or /followup to tell me "
                + "about an interview.");
        assertThat(ana.say("banana").plainText()).isEqualTo("I don't know \"banana\". Type help to see what I can do.");
        assertThat(ana.say("sent 1").plainText()).isEqualTo("You have no interview #1. Type list to see yours.");
    }

    @Test
    @DisplayName("GIVEN the intake WHEN a button of an earlier message runs a command THEN it runs as a command")
    void aButtonDuringTheIntake() {
        CORE.arriveWithInterview(ana.key(), TUESDAY_AFTERNOON);
        ana.command("");
        ana.say("Acme Analytics");

        final Reply reply = core.engine.handle(new Inbound(ana.key(), "Ana", Optional.empty(), "D1", Inbound.Kind.BUTTON,
                "list"));

        assertThat(reply.plainText()).contains("Your interviews:");
    }

    @Test
    @DisplayName("GIVEN an interview WHEN the member writes sent and words THEN it is read as their own words; sent "
            + "and a number, with or without #, is the command")
    void sentInWordsOrAsACommand() {
        CORE.arriveWithInterview(ana.key(), TUESDAY_AFTERNOON);

        assertThat(ana.say("sent the thank-you to Dana").plainText()).startsWith("I couldn't find a thank-you "
                + "waiting for that person");
        assertThat(ana.say("sent #1 thank_you@Ben_Ode").plainText()).startsWith("Nice work: thank-you to Ben Ode "
                + "marked as sent.");
    }

    @Test
    @DisplayName("GIVEN an interview WHEN the member asks for a draft kind that does not exist THEN the kinds are "
            + "listed; with nothing planned THEN they are offered a closing note or a check-in")
    void draftsThatCannotBe() {
        CORE.arriveWithInterview(ana.key(), TUESDAY_AFTERNOON);

        assertThat(ana.command("draft 1 banana").plainText()).startsWith("I don't know the draft \"banana\". Kinds: ")
                .contains("thank_you_short").contains("move_on");
        ana.command("archive 1");
        assertThat(ana.command("draft 1").plainText()).isEqualTo("Nothing is planned for #1 Acme Analytics - Data "
                + "Analyst. Type draft 1 move_on for a closing note, or draft 1 check_in for a check-in.");
    }

    @Test
    @DisplayName("GIVEN an interview with no interviewers named WHEN a thank-you is asked for THEN there is one "
            + "draft, to no one in particular")
    void oneThankYouWhenNoOneIsNamed() {
        final Member member = CORE.arrive(ana.key(), "Ana").member();
        core.followUps.record(member, new Interview("Acme Analytics", "Data Analyst",
                TUESDAY_AFTERNOON, Duration.ofMinutes(45), InterviewFormat.VIDEO, List.of(),
                Optional.empty(), ContactChannel.EMAIL, TUESDAY_EVENING, ""));

        final Reply reply = ana.command("draft 1 thank_you_short");

        assertThat(reply.messages().stream().filter(message -> message.draft().isPresent())).hasSize(1);
    }

    @Test
    @DisplayName("GIVEN a thank-you WHEN marked sent just now, later today, or on a day still to come THEN just now "
            + "and later today are now, and a day to come is asked again")
    void whenItWasSent() {
        final Member member = CORE.arriveWithInterview(ana.key(), TUESDAY_AFTERNOON);

        assertThat(ana.command("sent 1 thank_you@Ben_Ode tomorrow 9am").plainText())
                .startsWith("When did you send it? For example \"sent 1 thank_you@Ben_Ode yesterday\"");
        assertThat(ana.command("sent 1 thank_you@Ben_Ode just now").plainText())
                .startsWith("Nice work: thank-you to Ben Ode marked as sent (Tuesday 10 March 2026 at 19:00).");
        assertThat(core.followUps.find(member, 1).orElseThrow().events()).singleElement()
                .satisfies(event -> assertThat(event.at()).isEqualTo(TUESDAY_EVENING));
    }

    @Test
    @DisplayName("GIVEN a thank-you WHEN marked sent at a later hour today THEN it counts as sent now, not in the "
            + "future")
    void laterTodayIsNow() {
        final Member member = CORE.arriveWithInterview(ana.key(), TUESDAY_AFTERNOON);

        ana.command("sent 1 thank_you@Ben_Ode today 11pm");

        assertThat(core.followUps.find(member, 1).orElseThrow().events()).singleElement()
                .satisfies(event -> assertThat(event.at()).isEqualTo(TUESDAY_EVENING));
    }

    @Test
    @DisplayName("GIVEN a member WHEN a reply changes their interviews THEN it says so (the adapters refresh their "
            + "views); a reply that only shows them does not")
    void repliesSayWhenInterviewsChanged() {
        CORE.arriveWithInterview(ana.key(), TUESDAY_AFTERNOON);

        assertThat(ana.command("list").interviewsChanged()).isFalse();
        assertThat(ana.command("archive 1").interviewsChanged()).isTrue();
    }
}
